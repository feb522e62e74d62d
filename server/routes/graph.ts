// GET /api/search, /api/nodes/:id, /api/nodes/:id/neighbors, /api/nodes/:id/degrees, /api/paths, /api/people/:id/career,
// /api/flows, /api/flows/:id/details, /api/orgs/:id/talent,
// /api/timeline, /api/sources/:id and /api/schema: parse the input (zod), call the service, send JSON.
import { Router } from 'express';
import { ZodError } from 'zod';
import {
  EmptyQuerySchema,
  FlowDetailsQuerySchema,
  FlowParamsSchema,
  FlowsQuerySchema,
  NeighborsQuerySchema,
  NodeParamsSchema,
  PathsQuerySchema,
  SearchQuerySchema,
  SourceParamsSchema,
  SourcesQuerySchema,
  TalentQuerySchema,
  TimelineQuerySchema,
} from '../../model/api.js';
import type { AppContext } from '../context.js';
import { parseInput } from '../http/validate.js';

/** Adds the routes to `router` (by default a new one): the API registers every route on its one router. */
export function createGraphRouter(services: AppContext['services'], router: Router = Router()): Router {
  router.get('/search', async (req, res) => {
    res.json(await services.search.search(parseInput(SearchQuerySchema, req.query, 'query')));
  });
  router.get('/nodes/:id', async (req, res) => {
    const { id } = parseInput(NodeParamsSchema, req.params, 'params');
    parseInput(EmptyQuerySchema, req.query, 'query');
    res.json(await services.graph.node(id));
  });
  router.get('/nodes/:id/neighbors', async (req, res) => {
    const { id } = parseInput(NodeParamsSchema, req.params, 'params');
    res.json(await services.graph.neighbors(id, parseInput(NeighborsQuerySchema, req.query, 'query')));
  });
  router.get('/nodes/:id/degrees', async (req, res) => {
    const { id } = parseInput(NodeParamsSchema, req.params, 'params');
    parseInput(EmptyQuerySchema, req.query, 'query');
    res.json(await services.graph.degrees(id));
  });
  router.get('/paths', async (req, res) => {
    res.json(await services.graph.paths(parseInput(PathsQuerySchema, req.query, 'query')));
  });
  router.get('/people/:id/career', async (req, res) => {
    const { id } = parseInput(NodeParamsSchema, req.params, 'params');
    parseInput(EmptyQuerySchema, req.query, 'query');
    res.json(await services.career.career(id));
  });
  router.get('/flows', async (req, res) => {
    res.json(await services.flows.flows(parseInput(FlowsQuerySchema, req.query, 'query')));
  });
  router.get('/flows/:id/details', async (req, res) => {
    const { id } = parseInput(FlowParamsSchema, req.params, 'params');
    res.json(await services.flows.details(id, parseInput(FlowDetailsQuerySchema, req.query, 'query')));
  });
  router.get('/orgs/:id/talent', async (req, res) => {
    const { id } = parseInput(NodeParamsSchema, req.params, 'params');
    const query = parseInput(TalentQuerySchema, req.query, 'query');
    if (query.compare === id)
      throw new ZodError([
        {
          code: 'custom',
          path: ['query', 'compare'],
          message: 'expected a benchmark organisation other than :id',
          input: id,
        },
      ]);
    res.json(await services.talent.talent(id, query));
  });
  router.get('/timeline', async (req, res) => {
    res.json(await services.timeline.timeline(parseInput(TimelineQuerySchema, req.query, 'query')));
  });
  router.get('/sources', async (req, res) => {
    const { ids } = parseInput(SourcesQuerySchema, req.query, 'query');
    res.json(await services.sources.byIds(ids));
  });
  router.get('/sources/:id', async (req, res) => {
    const { id } = parseInput(SourceParamsSchema, req.params, 'params');
    parseInput(EmptyQuerySchema, req.query, 'query');
    res.json(await services.sources.source(id));
  });
  router.get('/schema', async (req, res) => {
    parseInput(EmptyQuerySchema, req.query, 'query');
    const schema = await services.schema.schema();
    // Private: the counts are of this database; a page load asks twice (first picture, then autocomplete).
    res.set('Cache-Control', `private, max-age=${Math.floor(services.schema.cacheMs / 1000)}`).json(schema);
  });
  return router;
}
