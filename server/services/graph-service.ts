// GET /api/nodes/:id, /api/nodes/:id/neighbors and /api/paths: defaults and whitelists around the repositories.
import type { NeighborsQuery, PathsQuery } from '../../model/api.js';
import { REL_TYPES, type RelType } from '../../model/labels.js';
import type { NodeRepository } from '../repositories/node-repository.js';
import type { PathRepository } from '../repositories/path-repository.js';

/** Paths skip REPORTED_BY by default: through the shared news report every two events would be two hops apart. */
export const DEFAULT_PATH_TYPES: RelType[] = REL_TYPES.filter((t) => t !== 'REPORTED_BY');

export function createGraphService(nodes: NodeRepository, paths: PathRepository) {
  return {
    node: (id: string) => nodes.detail(id),
    neighbors: (id: string, q: NeighborsQuery) =>
      nodes.neighbors(id, {
        direction: q.direction,
        types: q.types ?? [],
        labels: q.labels && q.labels.length > 0 ? q.labels : undefined,
        limit: q.limit,
      }),
    paths: (q: PathsQuery) =>
      paths.shortest(q.from, q.to, {
        all: q.all,
        maxLength: q.maxLength,
        types: q.types && q.types.length > 0 ? q.types : DEFAULT_PATH_TYPES,
      }),
  };
}
export type GraphService = ReturnType<typeof createGraphService>;
