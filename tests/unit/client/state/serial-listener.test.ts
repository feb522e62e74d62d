// createSerialListener: a store change made while the listener runs is delivered after it, with the latest state,
// never nested inside it (the canvas drew a new scene's view twice before its first frame that way).
import { describe, expect, it } from 'vitest';
import { createSerialListener } from '../../../../client/state/serial-listener.js';
import { createStore } from '../../../../client/state/store.js';

describe('createSerialListener', () => {
  it('takes a change made during the call after it returns, with the state as it is then', () => {
    const store = createStore({ scene: 0, layoutRunning: false });
    const calls: string[] = [];
    let depth = 0;
    const listener = createSerialListener((s: { scene: number; layoutRunning: boolean }) => {
      depth += 1;
      calls.push(`${depth}:${s.scene}:${s.layoutRunning}`);
      // As the renderer does: taking a new scene in, it reports that its layout runs.
      if (s.scene === 1 && !s.layoutRunning) store.set({ layoutRunning: true });
      depth -= 1;
    }, store.get);
    store.subscribe(listener);
    store.set({ scene: 1 });
    expect(calls).toEqual(['1:1:false', '1:1:true']);
  });

  it('stops after a bounded number of rounds when every call makes another change', () => {
    const store = createStore({ n: 0 });
    let calls = 0;
    const listener = createSerialListener(
      () => {
        calls += 1;
        store.set((s) => ({ n: s.n + 1 }));
      },
      store.get,
      3,
    );
    store.subscribe(listener);
    store.set({ n: 1 });
    expect(calls).toBe(4);
    // It still answers the next change from outside.
    store.set({ n: 100 });
    expect(calls).toBe(8);
  });

  it('is ready for the next change after the listener throws', () => {
    let fail = true;
    const seen: number[] = [];
    const listener = createSerialListener(
      (n: number) => {
        seen.push(n);
        if (fail) throw new Error('boom');
      },
      () => 0,
    );
    expect(() => listener(1)).toThrow('boom');
    fail = false;
    listener(2);
    expect(seen).toEqual([1, 2]);
  });
});
