// Where a part of GET /api/timeline ends, as the opaque `after` cursor the next part is asked with. The timeline's
// rows are in one total order — date (as text), kind, id, then the element id, which tells apart rows whose ids are
// equal or missing (facts written by hand) — so "strictly after the last row returned" leaves out none and repeats
// none, however many rows share a date. The client passes the cursor back as it came and never reads it.

/** The kinds of timeline rows (the order compares them as text: event, then stint-end, then stint-start). */
export const TIMELINE_KINDS = ['event', 'stint-start', 'stint-end'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** A row's place in the timeline's order (server/queries/timeline.ts TIMELINE: its columns date, kind, key, element). */
export interface TimelinePosition {
  date: string;
  kind: TimelineKind;
  /** The row's `id` property as text, its first 256 characters ('' when it has none). */
  key: string;
  /** Its element id: the last tie-breaker, unique among the rows of one kind (an event's node, a stint's fact). */
  element: string;
}

/**
 * The longest cursor read: more than any row's place encodes to but for a date thousands of characters long (text no
 * source gives), and no longer than a request line Node.js reads (16 KB).
 */
export const MAX_TIMELINE_CURSOR_LENGTH = 16_384;

const isKind = (v: unknown): v is TimelineKind => TIMELINE_KINDS.includes(v as TimelineKind);

/** base64url of UTF-8 text (no padding), in plain JavaScript: model/ runs in the browser too. */
function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

export function encodeTimelineCursor(p: TimelinePosition): string {
  return toBase64Url(JSON.stringify([p.date, p.kind, p.key, p.element]));
}

/** The position a cursor names, or null when it is not one encodeTimelineCursor wrote. */
export function decodeTimelineCursor(cursor: string): TimelinePosition | null {
  if (!cursor || cursor.length > MAX_TIMELINE_CURSOR_LENGTH) return null;
  const json = fromBase64Url(cursor);
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 4 || !value.every((v) => typeof v === 'string')) return null;
  const [date, kind, key, element] = value as string[];
  if (!date || !element || !isKind(kind)) return null;
  return { date, kind, key: key!, element };
}

/**
 * Two places in the timeline's order — date, kind, key, element, each compared as text by UTF-16 code units, as Cypher
 * compares strings — negative when `a` comes first.
 */
export function comparePositions(a: TimelinePosition, b: TimelinePosition): number {
  for (const k of ['date', 'kind', 'key', 'element'] as const) {
    if (a[k] < b[k]) return -1;
    if (a[k] > b[k]) return 1;
  }
  return 0;
}
