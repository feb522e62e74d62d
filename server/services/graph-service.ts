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
import { derivedTypesOf } from '../../model/certainty.js';
import { AppError } from '../errors.js';
import type { NodeRepository } from '../repositories/node-repository.js';
import type { PathRepository } from '../repositories/path-repository.js';
import type { CatalogueService } from './catalogue-service.js';
import type { TalentFactsService } from './talent-facts-service.js';

/**
 * Paths are made of sourced facts: derived TALENT_FLOW edges (aggregates that may name no one) only on request
 * (`derived`). They skip REPORTED_BY by default: through the shared news report every two events would be two hops apart.
 */
export const DEFAULT_PATH_TYPES: RelType[] = FACT_REL_TYPES.filter((t) => t !== 'REPORTED_BY');

const isDerived = (t: string) => (DERIVED_REL_TYPES as readonly string[]).includes(t);

/**
 * The relationship types a path request follows. Asked-for types are followed as asked (any type the database has).
 * By default: on a database that holds our sourced facts (`ours`, TalentFactsService), our fact types (a user's own
 * relationships there are not sourced facts); on any other database, every type it has, those named like ours
 * included (a foreign graph's WORKED_AT is its own). Derived types only with `derived`, and only on ours: another
 * database has no derived flows of ours, and its own TALENT_FLOW is one of its types, followed as the others are
 * (by default or when named) — `derived` adds nothing there.
 */
export function pathTypes(
  q: Pick<PathsQuery, 'types' | 'derived'>,
  databaseTypes: readonly string[],
  ours: boolean,
): string[] {
  if (!ours)
    return q.types && q.types.length > 0 ? q.types : databaseTypes.filter((t) => !isInternalRelType(t));
  const base = q.types && q.types.length > 0 ? q.types : DEFAULT_PATH_TYPES;
  return q.derived
    ? [...new Set<string>([...base, ...DERIVED_REL_TYPES])]
    : base.filter((t) => !isDerived(t));
}

/**
 * On our database a derived flow is never followed unless asked for: naming TALENT_FLOW in `types` without
 * derived=true is a mistake, refused. On another database TALENT_FLOW is the graph's own type (checked by the service
 * only there: the query's schema cannot know which database it is).
 */
function refuseUnaskedDerived(q: Pick<PathsQuery, 'types' | 'derived'>, ours: boolean): void {
  const named = q.types?.filter(isDerived) ?? [];
  if (!ours || q.derived || named.length === 0) return;
  // Said as the query's validation said it before it could not tell the databases apart.
  const message = `expected derived=true to follow ${named.join(', ')} (a derived relationship, not a sourced fact)`;
  throw new AppError('VALIDATION_ERROR', `Invalid query.types: ${message}`, {
    issues: [{ path: 'query.types', message }],
  });
}

/**
 * `catalogue`: checks neighbour and path filters against the labels and types the database has (any graph's); an
 * unknown one is a 400 naming it. `facts`: whether the database holds our sourced facts, which decides the rules of
 * paths (pathTypes, and whether a fact type without a certainty may be stepped on).
 */
export function createGraphService(
  nodes: NodeRepository,
  paths: PathRepository,
  catalogue?: Pick<CatalogueService, 'requireLabels' | 'requireTypes' | 'read'>,
  facts?: Pick<TalentFactsService, 'held'>,
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
      // Without a catalogue or facts (unit tests of the service alone) the database is taken to be ours.
      const ours = facts ? await facts.held() : true;
      refuseUnaskedDerived(q, ours);
      const types = pathTypes(q, catalogue ? (await catalogue.read()).types : FACT_REL_TYPES, ours);
      // The certainties shown (every one by default), in their own order whatever the order asked.
      const certainties = CERTAINTIES.filter((c) => !q.certainties || q.certainties.includes(c));
      const found = await paths.shortest(q.from, q.to, {
        all: q.all,
        maxLength: q.maxLength,
        types,
        certainties,
        // Only on ours is a relationship of our fact types without a certainty a fact no source states, never
        // stepped on; on another graph it is the graph's own relationship, followed as it is.
        factTypes: ours ? FACT_REL_TYPES : [],
        // Likewise our derived flows: on another graph its TALENT_FLOW claims no certainty of ours, and is followed.
        derivedTypes: derivedTypesOf(ours),
      });
      // No derived flow of ours was followed on another database, whatever was asked.
      return { ...found, maxLength: q.maxLength, derived: ours && q.derived, types, certainties };
    },
  };
}
export type GraphService = ReturnType<typeof createGraphService>;
