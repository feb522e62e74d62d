// GET /api/nodes/:id, /api/nodes/:id/neighbors and /api/paths: defaults and whitelists around the repositories.
import type { NeighborsQuery, PathsQuery } from '../../model/api.js';
import { DERIVED_REL_TYPES, FACT_REL_TYPES, type RelType } from '../../model/labels.js';
import type { NodeRepository } from '../repositories/node-repository.js';
import type { PathRepository } from '../repositories/path-repository.js';

/**
 * Paths are made of sourced facts: derived TALENT_FLOW edges (aggregates that may name no one) only on request
 * (`derived`). They skip REPORTED_BY by default: through the shared news report every two events would be two hops apart.
 */
export const DEFAULT_PATH_TYPES: RelType[] = FACT_REL_TYPES.filter((t) => t !== 'REPORTED_BY');

/** The relationship types a path request follows: the asked-for (or default) fact types, plus the derived ones if asked. */
export function pathTypes(q: Pick<PathsQuery, 'types' | 'derived'>): RelType[] {
  const base = q.types && q.types.length > 0 ? q.types : DEFAULT_PATH_TYPES;
  return q.derived
    ? [...new Set<RelType>([...base, ...DERIVED_REL_TYPES])]
    : base.filter((t) => !isDerived(t));
}

const isDerived = (t: RelType) => (DERIVED_REL_TYPES as readonly string[]).includes(t);

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
    async paths(q: PathsQuery) {
      const types = pathTypes(q);
      const found = await paths.shortest(q.from, q.to, { all: q.all, maxLength: q.maxLength, types });
      return { ...found, maxLength: q.maxLength, derived: q.derived, types };
    },
  };
}
export type GraphService = ReturnType<typeof createGraphService>;
