// The derivation of the flows after a write: one at a time, writes made meanwhile coalesced into one more, a failure
// reported until a derivation succeeds. The derive function is the test's own (the real one is tested against Neo4j
// in tests/integration/server/flows-after-write.test.ts).
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../../server/logger.js';
import { createDerivationService } from '../../../../server/services/derivation-service.js';
import { RECORDED_ON_LOCK } from '../../../../model/derivation-lock.js';

/** A derive function whose runs wait until the test lets each one end (with an error, or not). */
function heldDerive() {
  const ends: ((err?: Error) => void)[] = [];
  let runs = 0;
  const derive = () =>
    new Promise<void>((resolve, reject) => {
      runs += 1;
      ends.push((err) => (err ? reject(err) : resolve()));
    });
  /** Ends the oldest run still going, then lets the service see it. */
  const end = async (err?: Error) => {
    ends.shift()!(err);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { derive, end, runs: () => runs };
}

const silent = createLogger('silent');

describe('derivation service', () => {
  it('runs one derivation per write while none runs, and says when it runs', async () => {
    const held = heldDerive();
    const service = createDerivationService(held.derive, silent);
    expect(service.status()).toEqual({ running: false, failed: null });
    service.afterWrite();
    expect(service.status()).toEqual({ running: true, failed: null });
    expect(held.runs()).toBe(1);
    await held.end();
    await service.idle();
    expect(service.status()).toEqual({ running: false, failed: null });
    service.afterWrite();
    expect(held.runs()).toBe(2);
    await held.end();
    await service.idle();
  });

  it('coalesces the writes made during a derivation into one more, which runs after it', async () => {
    const held = heldDerive();
    const service = createDerivationService(held.derive, silent);
    service.afterWrite();
    service.afterWrite();
    service.afterWrite();
    expect(held.runs()).toBe(1);
    await held.end();
    // The writes made meanwhile may not be in the first: one more reads them all.
    expect(held.runs()).toBe(2);
    expect(service.status().running).toBe(true);
    await held.end();
    await service.idle();
    expect(held.runs()).toBe(2);
    expect(service.status()).toEqual({ running: false, failed: null });
  });

  it('says why the last derivation failed until one succeeds', async () => {
    const held = heldDerive();
    const service = createDerivationService(held.derive, silent);
    service.afterWrite();
    await held.end(new Error('Neo4j went away'));
    await service.idle();
    expect(service.status()).toEqual({ running: false, failed: 'Neo4j went away' });
    service.afterWrite();
    expect(service.status()).toEqual({ running: true, failed: 'Neo4j went away' });
    await held.end();
    await service.idle();
    expect(service.status()).toEqual({ running: false, failed: null });
  });

  it('leaves a failure recorded on the lock to the lock, which any process’s later success clears', async () => {
    const held = heldDerive();
    const service = createDerivationService(held.derive, silent);
    service.afterWrite();
    await held.end(Object.assign(new Error('the engine ran out of memory'), { [RECORDED_ON_LOCK]: true }));
    await service.idle();
    expect(service.status()).toEqual({ running: false, failed: null });
  });

  it('does nothing after a write when the app was built without a derivation', async () => {
    const service = createDerivationService(undefined, silent);
    service.afterWrite();
    expect(service.status()).toEqual({ running: false, failed: null });
    await service.idle();
  });
});
