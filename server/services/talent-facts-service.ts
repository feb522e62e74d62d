// Whether the database is ours: it holds Talent Graph's sourced facts (a relationship of one of our fact types with a
// certainty of ours), never judged from label or type names. On ours, paths follow our fact types and never step on a
// fact no source states, and the schema adds our documentation; on any other graph, paths follow every type as it is
// and the schema says only what the database holds (and the client opens on the schema overview).
import type { TalentFactsRepository } from '../repositories/talent-facts-repository.js';

/** How long an answer is reused, as the catalogue's: a seed or import in another process shows within this. */
export const DEFAULT_TALENT_FACTS_CACHE_MS = 5_000;

export function createTalentFactsService(
  repo: TalentFactsRepository,
  opts: { cacheMs?: number; now?: () => number } = {},
) {
  const cacheMs = opts.cacheMs ?? DEFAULT_TALENT_FACTS_CACHE_MS;
  const now = opts.now ?? Date.now;
  // The answer under way or read, shared by the requests that ask meanwhile (a first screen asks for paths and the
  // schema at once); a failed read is not kept.
  let cached: { at: number; held: Promise<boolean> } | undefined;

  return {
    held(): Promise<boolean> {
      if (cached && now() - cached.at < cacheMs) return cached.held;
      const entry = { at: now(), held: repo.held() };
      cached = entry;
      entry.held.catch(() => {
        if (cached === entry) cached = undefined;
      });
      return entry.held;
    },
    /** A write through this server may have added or removed facts: the next question reads the database again. */
    forget(): void {
      cached = undefined;
    },
  };
}
export type TalentFactsService = ReturnType<typeof createTalentFactsService>;
