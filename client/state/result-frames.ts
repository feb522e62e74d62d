// The Cypher panel's stack of result frames (as in Neo4j Browser): every run adds one on top; pinned frames stay above
// the rest and are never dropped; only the newest DEFAULT_MAX_FRAMES unpinned ones are kept. Pure functions.
import type { JsonValue } from '../../model/graph.js';
import type { CypherResult } from '../api/api.js';
import type { CypherError } from './app-state.js';
import type { GalleryQuery } from './gallery.js';
import type { RunOutcome } from './query-history.js';

/** Unpinned frames kept; older unpinned ones are dropped (results can be large, and the stack is for recent work). */
export const DEFAULT_MAX_FRAMES = 10;

export type FrameView = 'graph' | 'table' | 'json' | 'plan';

export interface ResultFrame {
  id: string;
  /** Order of the runs: higher is newer (ordering unpinned frames does not depend on clocks). */
  seq: number;
  query: string;
  params: Record<string, JsonValue>;
  /** When the run ended (ISO time). */
  at: string;
  /** Round trip in milliseconds. */
  ms: number;
  outcome: RunOutcome;
  result?: CypherResult;
  error?: CypherError;
  view: FrameView;
  pinned: boolean;
  /** The ready question the query came from, so a re-run keeps the scene's title and link. */
  origin?: GalleryQuery | null;
}

/** Pinned frames first (in the order they already had), then unpinned ones newest first, capped. */
function arrange(frames: ResultFrame[], max: number): ResultFrame[] {
  const pinned = frames.filter((f) => f.pinned);
  const unpinned = frames.filter((f) => !f.pinned).sort((a, b) => b.seq - a.seq);
  return [...pinned, ...unpinned.slice(0, Math.max(0, max))];
}

/** Adds a run's frame on top of the unpinned ones; the oldest unpinned beyond `max` are dropped. */
export function addFrame(
  frames: ResultFrame[],
  frame: ResultFrame,
  max: number = DEFAULT_MAX_FRAMES,
): ResultFrame[] {
  return arrange([...frames.filter((f) => f.id !== frame.id), frame], max);
}

/** Pins a frame (it moves up among the pinned, kept whatever the cap) or unpins it (back among the runs by age). */
export function pinFrame(
  frames: ResultFrame[],
  id: string,
  pinned: boolean,
  max: number = DEFAULT_MAX_FRAMES,
): ResultFrame[] {
  const target = frames.find((f) => f.id === id);
  if (!target || target.pinned === pinned) return frames;
  const rest = frames.filter((f) => f.id !== id);
  // A newly pinned frame goes below the frames pinned before it: pins keep the order they were made in.
  const changed = { ...target, pinned };
  return arrange(
    pinned
      ? [...rest.filter((f) => f.pinned), changed, ...rest.filter((f) => !f.pinned)]
      : [...rest, changed],
    max,
  );
}

export function closeFrame(frames: ResultFrame[], id: string): ResultFrame[] {
  return frames.filter((f) => f.id !== id);
}

export function setFrameView(frames: ResultFrame[], id: string, view: FrameView): ResultFrame[] {
  return frames.map((f) => (f.id === id ? { ...f, view } : f));
}

/** What re-running a frame runs: its own query and parameters (not the editor's), or null when it is gone. */
export function rerunOf(
  frames: ResultFrame[],
  id: string,
): Pick<ResultFrame, 'query' | 'params' | 'origin'> | null {
  const f = frames.find((x) => x.id === id);
  return f ? { query: f.query, params: f.params, origin: f.origin ?? null } : null;
}

/**
 * The view a new result opens on, from the one the user last chose: a plan for an EXPLAIN (a plan and no rows),
 * the table when there is no graph to show, and the graph again when the last choice (a plan) does not apply.
 */
export function initialView(preferred: FrameView, result: CypherResult): FrameView {
  const hasGraph = result.graph.nodes.length > 0;
  if (result.summary?.plan && result.rows.length === 0) return 'plan';
  if (!hasGraph && preferred === 'graph') return 'table';
  if (preferred === 'plan') return hasGraph ? 'graph' : 'table';
  return preferred;
}

/** The first non-empty line of a query (a leading `//` comment reads as its title). */
export function firstLine(query: string, max = 90): string {
  return (
    query
      .split('\n')
      .find((l) => l.trim())
      ?.replace(/^\/\/\s*/, '')
      .slice(0, max) ?? ''
  );
}
