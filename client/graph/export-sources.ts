// The sources of a file export, named in full: a fact's row cites its sources by id, which a file shared on its own
// cannot be traced by, so each file carries what says where to read them (publisher, title, date, link).
import type { GraphEdge, GraphNode } from '../../model/graph.js';
import { UTF8_BOM, csvCell } from './csv-cell.js';

/** What a file says of a source: its id, and each of these of its Source node's properties that it has. */
export interface ExportSource {
  id: string;
  publisher?: string;
  publisherAr?: string;
  published?: string;
  title?: string;
  titleEn?: string;
  language?: string;
  url?: string;
  /** Of a report another source cites: that source's id. */
  citedBy?: string;
}

const FIELDS = [
  'publisher',
  'publisherAr',
  'published',
  'title',
  'titleEn',
  'language',
  'url',
  'citedBy',
] as const;

/**
 * Source `id` as a file names it, from its Source node when known; by its id alone when not (its details could not
 * be read), so it is still listed.
 */
export function sourceRecord(id: string, node: GraphNode | undefined): ExportSource {
  const out: ExportSource = { id };
  for (const k of FIELDS) {
    const v = node?.properties[k];
    if (typeof v === 'string' && v) out[k] = v;
  }
  return out;
}

/** The name GraphML and GEXF give a fact's sources' details (a key, an attribute). */
export const SOURCE_DETAILS = 'sourceDetails';

/**
 * A fact's sources' details as JSON list text, in the order of its `sources` (a source the list lacks by its id
 * alone); '' for a fact that cites none.
 */
export function sourceDetails(e: GraphEdge, byId: ReadonlyMap<string, ExportSource>): string {
  const cited = e.properties.sources;
  const ids = Array.isArray(cited) ? cited.filter((s): s is string => typeof s === 'string') : [];
  return ids.length ? JSON.stringify(ids.map((id) => byId.get(id) ?? { id })) : '';
}

/**
 * The sources as a CSV of their own, the third file beside the nodes' and the edges': one row per source, each
 * cell quoted and formula-guarded as the others' (a title may start with =).
 */
export function sourcesCsv(sources: readonly ExportSource[]): string {
  const rows = [['id', ...FIELDS], ...sources.map((s) => [s.id, ...FIELDS.map((k) => s[k] ?? '')])];
  return UTF8_BOM + rows.map((r) => r.map((c) => csvCell(c)).join(',')).join('\r\n') + '\r\n';
}
