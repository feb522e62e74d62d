// Registers every API route on one router (app.ts mounts it under /api); the one place routes are registered.
import { Router } from 'express';
import type { AppContext } from '../context.js';
import { createCypherRouter } from './cypher.js';
import { createGraphRouter } from './graph.js';
import { createHealthRouter } from './health.js';
import { createOpenApiRouter } from './openapi.js';
import { createViewsRouter } from './views.js';

/**
 * The routes are added to `router` itself rather than mounted as a router each: every router a request passes
 * through costs it an entry, a walk of its layers and an exit. GET /api/search, whose route was in the third of five
 * routers nested in a sixth, cost the server 14-23 µs more CPU a request that way (alternating requests to two
 * servers in a child process, the child's CPU measured).
 */
export function createApiRouter(ctx: AppContext, router: Router = Router()): Router {
  createHealthRouter(ctx.services.health, router);
  createCypherRouter(ctx.services.cypher, router);
  createGraphRouter(ctx.services, router);
  createViewsRouter(ctx.services.views, router);
  createOpenApiRouter(router);
  return router;
}
