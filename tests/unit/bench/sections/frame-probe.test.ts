// What a 1k navigation's first frame waited for last (bench/sections/frame-probe.ts and client.ts): sigma's WebGL
// contexts made, or the scene's answer arrived. The times are made-up page times, in ms.
import { describe, expect, it } from 'vitest';
import { navigationWait } from '../../../../bench/sections/client.js';
import { contextsReadyAt, SIGMA_WEBGL_CONTEXTS } from '../../../../bench/sections/frame-probe.js';

const contexts = (...made: [number, number][]) => ({
  webglContexts: made.map(([start, duration]) => ({ start, duration })),
});

describe('contextsReadyAt', () => {
  it('is the end of the last of the first contexts, whichever took longest', () => {
    expect(contextsReadyAt(contexts([400, 90], [495, 20], [520, 15]), SIGMA_WEBGL_CONTEXTS)).toBe(535);
    expect(contextsReadyAt(contexts([400, 200], [405, 20], [430, 15]), 3)).toBe(600);
  });

  it('leaves out contexts made after sigma started (an export, a second canvas)', () => {
    expect(contextsReadyAt(contexts([400, 50], [455, 20], [480, 20], [2_000, 30]), 3)).toBe(500);
  });

  it('is null when the page made fewer contexts than sigma makes', () => {
    expect(contextsReadyAt(contexts([400, 50], [455, 20]), 3)).toBeNull();
    expect(contextsReadyAt(contexts(), 3)).toBeNull();
  });
});

describe('navigationWait', () => {
  const cypher = (answered: number) => ({ sent: 100, answered, serverMs: 90 });

  it('says the frame waited for the answer when it arrived after the contexts were made', () => {
    expect(navigationWait({ cypher: cypher(820), contextsReady: 650, firstFrame: 950 })).toEqual({
      domContentLoaded: null,
      answered: 820,
      contextsReady: 650,
      firstFrame: 950,
      waitedFor: 'the answer',
      drawnAfter: 130,
    });
  });

  it('says the frame waited for the page when the answer was there first', () => {
    const wait = navigationWait({
      cypher: cypher(320),
      contextsReady: 570,
      firstFrame: 850,
      domContentLoaded: 400,
    });
    expect(wait.waitedFor).toBe('the page');
    expect(wait.domContentLoaded).toBe(400);
    expect(wait.drawnAfter).toBe(280);
  });

  it('says nothing when the answer or the contexts are unknown', () => {
    expect(navigationWait({ cypher: null, contextsReady: 570 })).toMatchObject({
      waitedFor: '—',
      drawnAfter: null,
    });
    expect(navigationWait({ cypher: cypher(320), contextsReady: null }).waitedFor).toBe('—');
  });
});
