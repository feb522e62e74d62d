// POST /api/cypher: user Cypher, read-only unless the write token is presented.
import { Router } from 'express';
import { CypherRequestSchema } from '../../model/api.js';
import { parseInput } from '../http/validate.js';
import type { CypherService } from '../services/cypher-service.js';

export function createCypherRouter(service: CypherService): Router {
  const router = Router();
  router.post('/cypher', async (req, res) => {
    const body = parseInput(CypherRequestSchema, req.body, 'body');
    const result = await service.run(body, req.get('authorization'));
    res.set('Cache-Control', 'no-store').json(result);
  });
  return router;
}
