// The Cypher panel's frame stack: runs add frames on top, only the newest unpinned ones are kept, pinned frames stay
// on top and are never dropped, frames close one by one, keep their own view and re-run their own query.
import { describe, expect, it } from 'vitest';
import type { CypherResult } from '../../../../client/api/api.js';
import {
  addFrame,
  closeFrame,
  DEFAULT_MAX_FRAMES,
  firstLine,
  initialView,
  pinFrame,
  rerunOf,
  setFrameView,
  type ResultFrame,
} from '../../../../client/state/result-frames.js';
import { cypherAnswer } from '../answers.js';
import { articleGraph } from '../fixtures.js';

const result = (rows: number, withGraph = false): CypherResult => ({
  ...cypherAnswer(withGraph ? articleGraph() : { nodes: [], edges: [] }, { rowCount: rows }),
  rows: Array.from({ length: rows }, (_, i) => ({ n: i })),
});

const frame = (seq: number, extra: Partial<ResultFrame> = {}): ResultFrame => ({
  id: `frame-${seq}`,
  seq,
  query: `RETURN ${seq} AS n`,
  params: {},
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
  ms: 5,
  outcome: 'ok',
  result: result(seq),
  view: 'table',
  pinned: false,
  ...extra,
});

const ids = (frames: ResultFrame[]) => frames.map((f) => f.id);

function stackOf(n: number): ResultFrame[] {
  let frames: ResultFrame[] = [];
  for (let i = 1; i <= n; i++) frames = addFrame(frames, frame(i));
  return frames;
}

describe('the result frame stack', () => {
  it('puts every new run on top', () => {
    expect(ids(stackOf(3))).toEqual(['frame-3', 'frame-2', 'frame-1']);
  });

  it('keeps only the newest unpinned frames, dropping the oldest', () => {
    const frames = stackOf(DEFAULT_MAX_FRAMES + 2);
    expect(frames).toHaveLength(DEFAULT_MAX_FRAMES);
    expect(frames[0]!.id).toBe(`frame-${DEFAULT_MAX_FRAMES + 2}`);
    expect(ids(frames)).not.toContain('frame-1');
    expect(ids(frames)).not.toContain('frame-2');
    expect(ids(addFrame(stackOf(3), frame(4), 2))).toEqual(['frame-4', 'frame-3']);
  });

  it('keeps a pinned frame on top of newer runs and never drops it for the cap', () => {
    let frames = pinFrame(stackOf(3), 'frame-1', true);
    expect(ids(frames)).toEqual(['frame-1', 'frame-3', 'frame-2']);
    expect(frames[0]!.pinned).toBe(true);
    for (let i = 4; i <= DEFAULT_MAX_FRAMES + 5; i++) frames = addFrame(frames, frame(i));
    expect(frames[0]!.id).toBe('frame-1');
    expect(frames[1]!.id).toBe(`frame-${DEFAULT_MAX_FRAMES + 5}`);
    expect(frames.filter((f) => !f.pinned)).toHaveLength(DEFAULT_MAX_FRAMES);
    expect(frames).toHaveLength(DEFAULT_MAX_FRAMES + 1);
  });

  it('keeps pins in the order they were made, and an unpinned frame goes back among the runs by age', () => {
    let frames = pinFrame(stackOf(4), 'frame-2', true);
    frames = pinFrame(frames, 'frame-4', true);
    expect(ids(frames)).toEqual(['frame-2', 'frame-4', 'frame-3', 'frame-1']);
    frames = pinFrame(frames, 'frame-2', false);
    expect(ids(frames)).toEqual(['frame-4', 'frame-3', 'frame-2', 'frame-1']);
    // Pinning what is pinned (or a frame that is gone) changes nothing.
    expect(pinFrame(frames, 'frame-4', true)).toBe(frames);
    expect(pinFrame(frames, 'frame-99', true)).toBe(frames);
  });

  it('drops an unpinned frame that no longer fits once unpinned', () => {
    let frames = pinFrame(stackOf(3), 'frame-1', true);
    frames = addFrame(frames, frame(4), 2);
    expect(ids(frames)).toEqual(['frame-1', 'frame-4', 'frame-3']);
    expect(ids(pinFrame(frames, 'frame-1', false, 2))).toEqual(['frame-4', 'frame-3']);
  });

  it('closes one frame, pinned or not, and leaves the others', () => {
    const frames = pinFrame(stackOf(3), 'frame-1', true);
    expect(ids(closeFrame(frames, 'frame-3'))).toEqual(['frame-1', 'frame-2']);
    expect(ids(closeFrame(frames, 'frame-1'))).toEqual(['frame-3', 'frame-2']);
  });

  it('gives each frame its own view', () => {
    let frames = setFrameView(stackOf(2), 'frame-1', 'json');
    frames = setFrameView(frames, 'frame-2', 'table');
    expect(frames.map((f) => [f.id, f.view])).toEqual([
      ['frame-2', 'table'],
      ['frame-1', 'json'],
    ]);
  });

  it("re-runs a frame's own query and parameters, with the ready question it came from", () => {
    const origin = { id: 'bid', title: { en: 'Bid', ar: 'عرض' }, query: 'RETURN $x', view: 'graph' as const };
    const frames = addFrame(stackOf(1), frame(2, { query: 'RETURN $x', params: { x: 1 }, origin }));
    expect(rerunOf(frames, 'frame-2')).toEqual({ query: 'RETURN $x', params: { x: 1 }, origin });
    expect(rerunOf(frames, 'frame-1')).toEqual({ query: 'RETURN 1 AS n', params: {}, origin: null });
    expect(rerunOf(frames, 'frame-9')).toBeNull();
  });

  it('opens a result on the view last chosen, unless it cannot show it', () => {
    expect(initialView('json', result(2))).toBe('json');
    expect(initialView('graph', result(2))).toBe('table');
    expect(initialView('graph', result(2, true))).toBe('graph');
    expect(initialView('plan', result(2, true))).toBe('graph');
    const explain = {
      ...result(0),
      summary: { ...result(0).summary!, plan: { operatorType: 'ProduceResults' } },
    };
    expect(initialView('table', explain as CypherResult)).toBe('plan');
  });

  it("titles a frame with its query's first line (a leading comment reads as the title)", () => {
    expect(firstLine('\n// Who left Meta\nMATCH (p) RETURN p')).toBe('Who left Meta');
    expect(firstLine('MATCH (p)\nRETURN p')).toBe('MATCH (p)');
  });
});
