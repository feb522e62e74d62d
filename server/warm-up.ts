// Warms Neo4j with the first screen's work before the server says "ready": the health check, the schema, the
// story view (the first picture, POST /api/views/story) and a search. A cold engine answers the first queries
// slowly (planning, page cache), and the first page load used to be the one that paid for it with a 503. Each step is retried until it succeeds or the ceiling passes; the warm-up never stops a start.
import type { createServices } from './context.js';

export const DEFAULT_WARM_UP_CEILING_MS = 60_000;
const RETRY_DELAY_MS = 500;

type Services = ReturnType<typeof createServices>;

export interface WarmUpReport {
  ms: number;
  /** Steps that still failed when the ceiling passed, with their last error. */
  failed: { step: string; error: string }[];
}

/** The first screen's requests, as the server's own services run them. */
export function warmUpSteps(services: Services): { step: string; run: () => Promise<unknown> }[] {
  return [
    { step: 'health', run: () => services.health.check() },
    { step: 'schema', run: () => services.schema.schema() },
    {
      step: 'story view',
      run: () => services.views.run('story', { rows: 'refs' }),
    },
    { step: 'search', run: () => services.search.search({ q: 'meta', limit: 8 }) },
  ];
}

export async function warmUp(
  services: Services,
  opts: { ceilingMs?: number; now?: () => number } = {},
): Promise<WarmUpReport> {
  const now = opts.now ?? Date.now;
  const started = now();
  const ceiling = started + (opts.ceilingMs ?? DEFAULT_WARM_UP_CEILING_MS);
  const failed: WarmUpReport['failed'] = [];
  for (const { step, run } of warmUpSteps(services)) {
    for (;;) {
      try {
        const result = await run();
        // The health service answers a down database with a status, not an error.
        if (step === 'health' && (result as { status?: string }).status !== 'ok')
          throw new Error('not ok yet');
        break;
      } catch (err) {
        if (now() >= ceiling) {
          failed.push({ step, error: (err as Error).message });
          break;
        }
        await new Promise((r) => setTimeout(r, RETRY_DELAY_MS));
      }
    }
  }
  return { ms: now() - started, failed };
}
