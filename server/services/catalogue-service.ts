// Checks the labels and relationship types a request names against the live database (any graph's, not only
// ours): an unknown one is a 400 naming it. The catalogue is reused for a few seconds, and read again before a
// name is refused, so a label created a moment ago is never refused because of the cache.
import { isInternalLabel, isInternalRelType } from '../../model/labels.js';
import { AppError } from '../errors.js';
import type { Catalogue, CatalogueRepository } from '../repositories/catalogue-repository.js';

/** How long a read catalogue answers checks of names it contains. */
export const DEFAULT_CATALOGUE_CACHE_MS = 5_000;

function quoteList(names: string[]): string {
  return names.map((n) => `'${n}'`).join(', ');
}

/**
 * Talent Graph's own storage (a flow build's staged flows, the derivation lock) is no data to read or follow: a
 * request naming it is refused, whether or not the database holds some at the moment (a path across a staged flow
 * would connect organisations through an edge no source states).
 */
function refuseInternal(names: string[], kind: string, where: string): void {
  if (names.length === 0) return;
  throw new AppError(
    'BAD_REQUEST',
    `Invalid ${where}: ${quoteList(names)} is Talent Graph's internal storage, not a ${kind} of the data (expected ${kind === 'label' ? 'labels' : 'types'} from GET /api/schema).`,
    { [where]: names },
  );
}

export function createCatalogueService(
  repo: CatalogueRepository,
  opts: { cacheMs?: number; now?: () => number } = {},
) {
  const cacheMs = opts.cacheMs ?? DEFAULT_CATALOGUE_CACHE_MS;
  const now = opts.now ?? Date.now;
  let cached: { at: number; catalogue: Catalogue } | undefined;

  async function read(fresh: boolean): Promise<{ catalogue: Catalogue; reused: boolean }> {
    if (!fresh && cached && now() - cached.at < cacheMs) return { catalogue: cached.catalogue, reused: true };
    const catalogue = await repo.read();
    cached = { at: now(), catalogue };
    return { catalogue, reused: false };
  }

  /** The names that the catalogue's list (labels or types) lacks, reading it afresh once before refusing. */
  async function missing(names: string[], kind: 'labels' | 'types'): Promise<string[]> {
    if (names.length === 0) return [];
    const first = await read(false);
    const absent = names.filter((n) => !first.catalogue[kind].includes(n));
    if (absent.length === 0 || !first.reused) return absent;
    const { catalogue } = await read(true);
    return names.filter((n) => !catalogue[kind].includes(n));
  }

  return {
    read: async () => (await read(false)).catalogue,
    /** Throws 400 naming every label the database does not have; `where` names the parameter (query.labels). */
    async requireLabels(labels: string[], where: string): Promise<void> {
      refuseInternal(labels.filter(isInternalLabel), 'label', where);
      const absent = await missing(labels, 'labels');
      if (absent.length > 0)
        throw new AppError(
          'BAD_REQUEST',
          `Invalid ${where}: the database has no label ${quoteList(absent)} (expected labels from GET /api/schema).`,
          { [where]: absent },
        );
    },
    /** Throws 400 naming every relationship type the database does not have. */
    async requireTypes(types: string[], where: string): Promise<void> {
      refuseInternal(types.filter(isInternalRelType), 'relationship type', where);
      const absent = await missing(types, 'types');
      if (absent.length > 0)
        throw new AppError(
          'BAD_REQUEST',
          `Invalid ${where}: the database has no relationship type ${quoteList(absent)} (expected types from GET /api/schema).`,
          { [where]: absent },
        );
    },
  };
}
export type CatalogueService = ReturnType<typeof createCatalogueService>;
