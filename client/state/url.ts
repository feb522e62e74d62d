// The view in the address bar: mode, language, theme, the query or node set behind the scene, the time window and
// the selection. A shared link reopens the same view. Decoding ignores anything malformed instead of failing.
import { isPartialDate } from '../../model/dates.js';
import type { JsonValue } from '../../model/graph.js';
import type { TimeWindow } from './time.js';

export type Mode = 'network' | 'flows' | 'timeline';
export type Lang = 'en' | 'ar';
export type Theme = 'light' | 'dark';

export interface UrlView {
  mode: Mode;
  lang: Lang;
  theme?: Theme;
  /** The Cypher query that built the scene (when the scene is exactly its result). */
  query?: string;
  params?: Record<string, JsonValue>;
  /** Otherwise the ids of the nodes in the scene. */
  nodes?: string[];
  time?: TimeWindow | null;
  selected?: string;
}

export const MAX_URL_NODES = 400;
export const MAX_URL_QUERY_LENGTH = 4_000;
const MODES: Mode[] = ['network', 'flows', 'timeline'];
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:>-]{0,200}$/;

export function encodeView(v: UrlView): string {
  const q = new URLSearchParams();
  if (v.mode !== 'network') q.set('mode', v.mode);
  if (v.lang !== 'en') q.set('lang', v.lang);
  if (v.theme === 'dark') q.set('theme', 'dark');
  if (v.query) {
    q.set('q', v.query);
    if (v.params && Object.keys(v.params).length) q.set('params', JSON.stringify(v.params));
  } else if (v.nodes?.length) {
    for (const id of v.nodes.slice(0, MAX_URL_NODES)) q.append('n', id);
  }
  if (v.time) {
    if (v.time.from) q.set('from', v.time.from);
    q.set(v.time.from ? 'to' : 'at', v.time.to);
  }
  if (v.selected) q.set('sel', v.selected);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function decodeView(search: string): Partial<UrlView> {
  const q = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const out: Partial<UrlView> = {};
  const mode = q.get('mode');
  if (mode && (MODES as string[]).includes(mode)) out.mode = mode as Mode;
  const lang = q.get('lang');
  if (lang === 'en' || lang === 'ar') out.lang = lang;
  const theme = q.get('theme');
  if (theme === 'dark' || theme === 'light') out.theme = theme;
  const query = q.get('q');
  if (query && query.trim() && query.length <= MAX_URL_QUERY_LENGTH) {
    out.query = query;
    const params = q.get('params');
    if (params) {
      try {
        const parsed = JSON.parse(params) as unknown;
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
          out.params = parsed as Record<string, JsonValue>;
      } catch {
        // A broken params value is dropped; the query still opens.
      }
    }
  }
  const nodes = q
    .getAll('n')
    .filter((id) => ID.test(id))
    .slice(0, MAX_URL_NODES);
  if (!out.query && nodes.length) out.nodes = [...new Set(nodes)];
  const at = q.get('at');
  const from = q.get('from');
  const to = q.get('to');
  if (at && isPartialDate(at)) out.time = { from: null, to: at };
  else if (from && to && isPartialDate(from) && isPartialDate(to))
    out.time = from <= to ? { from, to } : { from: to, to: from };
  const sel = q.get('sel');
  if (sel && ID.test(sel)) out.selected = sel;
  return out;
}
