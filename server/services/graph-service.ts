// GET /api/nodes/:id, /api/nodes/:id/neighbors, /api/nodes/:id/degrees and /api/paths: defaults and whitelists around the repositories.
import type { NeighborsQuery, PathsQuery } from '../../model/api.js';
import type {
  DegreesResponse,
  NeighborsResponse,
  NodeResponse,
  PathsResponse,
} from '../../model/api-responses.js';
import {
  CERTAINTIES,
  DERIVED_REL_TYPES,
  FACT_REL_TYPES,
  isInternalRelType,
  type RelType,
} from '../../model/labels.js';
import type { NodeRepository } from '../repositories/node-repository.js';
import type { PathRepository } from '../repositories/path-repository.js';
import type { CatalogueService } from './catalogue-service.js';

/**
 * Paths are made of sourced facts: derived TALENT_FLOW edges (aggregates that may name no one) only on request
 * (`derived`). They skip REPORTED_BY by default: through the shared news report every two events would be two hops apart.
 */
export const DEFAULT_PATH_TYPES: RelType[] = FACT_REL_TYPES.filter((t) => t !== 'REPORTED_BY');

const isDerived = (t: string) => (DERIVED_REL_TYPES as readonly string[]).includes(t);
const isOurFact = (t: string) => (FACT_REL_TYPES as readonly string[]).includes(t);

/**
 * The relationship types a path request follows. Asked-for types are followed as asked (any type the database has).
 * By default: on a database with our facts, our fact types (a user's own relationships there are not sourced facts);
 * on any other database, every type it has. Derived types only with `derived`.
 */
export function pathTypes(
  q: Pick<PathsQuery, 'types' | 'derived'>,
  databaseTypes: readonly string[],
): string[] {
  const ours = databaseTypes.some(isOurFact);
  const base =
    q.types && q.types.length > 0
      ? q.types
      : ours
        ? DEFAULT_PATH_TYPES
        : databaseTypes.filter((t) => !isDerived(t) && !isInternalRelType(t));
  return q.derived
    ? [...new Set<string>([...base, ...DERIVED_REL_TYPES])]
    : base.filter((t) => !isDerived(t));
}

/**
 * `catalogue`: checks neighbour and path filters against the labels and types the database has (any graph's); an
 * unknown one is a 400 naming it.
 */
export function createGraphService(
  nodes: NodeRepository,
  paths: PathRepository,
  catalogue?: Pick<CatalogueService, 'requireLabels' | 'requireTypes' | 'read'>,
) {
  return {
    node: (id: string): Promise<NodeResponse> => nodes.detail(id),
    async neighbors(id: string, q: NeighborsQuery): Promise<NeighborsResponse> {
      const types = q.types ?? [];
      const labels = q.labels && q.labels.length > 0 ? q.labels : undefined;
      await catalogue?.requireTypes(types, 'query.types');
      if (labels) await catalogue?.requireLabels(labels, 'query.labels');
      return nodes.neighbors(id, { direction: q.direction, types, labels, limit: q.limit });
    },
    degrees(id: string): Promise<DegreesResponse> {
      return nodes.degrees(id);
    },
    async paths(q: PathsQuery): Promise<PathsResponse> {
      if (q.types) await catalogue?.requireTypes(q.types, 'query.types');
      // Without a catalogue (unit tests of the service alone) the database is taken to be ours.
      const types = pathTypes(q, catalogue ? (await catalogue.read()).types : FACT_REL_TYPES);
      // The certainties shown (every one by default), in their own order whatever the order asked.
      const certainties = CERTAINTIES.filter((c) => !q.certainties || q.certainties.includes(c));
      const found = await paths.shortest(q.from, q.to, {
        all: q.all,
        maxLength: q.maxLength,
        types,
        certainties,
      });
      return { ...found, maxLength: q.maxLength, derived: q.derived, types, certainties };
    },
  };
}
export type GraphService = ReturnType<typeof createGraphService>;
