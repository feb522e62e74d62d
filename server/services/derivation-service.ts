// Derives the talent flows and talent indexes again after a write through POST /api/cypher changed the database, so
// the views derived from the facts follow the facts (a deleted stint must not keep a move counted). One derivation
// at a time; writes made while one runs ask for one more after it, which reads them all.
import type { Logger } from 'pino';
import { failureRecordedOnLock } from '../../model/derivation-lock.js';

/** Derives the flows from the database's facts (the seed's recomputeTalentFlows, given by the composition root). */
export type DeriveFlows = () => Promise<unknown>;

/** This process's derivation: whether it runs (or waits for the lock), and its last failure's message (for logs). */
export interface DerivationState {
  running: boolean;
  failed: string | null;
}

export function createDerivationService(derive: DeriveFlows | undefined, logger: Logger) {
  let running: Promise<void> | null = null;
  let again = false;
  let failure: string | null = null;

  async function loop(): Promise<void> {
    do {
      again = false;
      const started = performance.now();
      try {
        await derive!();
        failure = null;
        logger.info(
          { ms: Math.round(performance.now() - started) },
          'Talent flows derived again from the facts.',
        );
      } catch (err) {
        // A failure recorded on the lock is read from there by every server, until any process's derivation
        // succeeds; kept here it would outlast that success. One that never reached the lock (the database refused
        // the write) is this server's to tell, until it derives successfully.
        failure = failureRecordedOnLock(err) ? null : err instanceof Error ? err.message : String(err);
        logger.error({ err }, 'Deriving the talent flows again from the facts failed.');
      }
    } while (again);
    running = null;
  }

  return {
    /**
     * A write changed the database (or a derivation was cut short): derive the flows again, now or once the running
     * derivation ends.
     */
    afterWrite(): void {
      if (!derive) return;
      if (running) {
        again = true;
        return;
      }
      running = loop();
    },
    /** What a flows answer says of the flows it reads: being derived again, or left as they were by a failure. */
    status(): DerivationState {
      return { running: running !== null, failed: failure };
    },
    /** Resolves once no derivation runs (shutdown, tests). */
    idle(): Promise<void> {
      return running ?? Promise.resolve();
    },
  };
}
export type DerivationService = ReturnType<typeof createDerivationService>;
