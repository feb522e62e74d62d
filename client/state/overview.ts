// The first screen on a database that is not ours (nodes, but none of our sourced facts, as the server says): a
// schema overview — a small sample of every label with some of its relationships, drawn, and the labels and
// relationship types with their counts (from GET /api/schema) listed beside it — instead of the story's question
// about Meta, which such a database cannot answer.
import { assignLabelStyles } from '../graph/style.js';
import type { Api, SchemaInfo } from '../api/api.js';
import { fromView, type GalleryQuery } from './gallery.js';
import { OVERVIEW_VIEW } from '../../model/view-queries.js';

export { OVERVIEW_PER_LABEL } from '../../model/view-queries.js';

export const OVERVIEW_QUERY: GalleryQuery = fromView(OVERVIEW_VIEW);

export interface OverviewCounts {
  /** `label` null: the nodes that have no label (GET /api/schema's entry of their own). */
  labels: { label: string | null; count: number }[];
  /** A null among `from` / `to`: some sampled start / end node has no label. */
  types: { type: string; count: number; from: (string | null)[]; to: (string | null)[] }[];
}

/** Labels and types with their counts (and start and end labels), from /api/schema's answer. */
export function overviewCounts(schema: SchemaInfo | null): OverviewCounts {
  return {
    labels: (schema?.raw.labels ?? []).map(({ label, count }) => ({ label, count })),
    types: (schema?.raw.relationshipTypes ?? []).map(({ type, count, from, to }) => ({
      type,
      count,
      from,
      to,
    })),
  };
}

/**
 * A database that has nodes but not our data: its first screen is the overview. Ours holds our sourced facts, as the
 * server tells from the facts themselves (GET /api/schema's sourcedFacts); names say nothing (the Movies graph's Person
 * acted in films, and another graph's Person may have WORKED_AT a Company of its own).
 */
export function isForeignDatabase(schema: SchemaInfo | null): boolean {
  if (!schema) return false;
  // Nodes, not labels, say whether there is data: a graph whose nodes have no label has none to count.
  return !schema.raw.sourcedFacts && schema.raw.nodes > 0;
}

/** Keeps the schema and gives the database's labels their styles (foreign labels take distinct palette slots). */
export function applySchema(schema: SchemaInfo, set: (patch: { schema: SchemaInfo }) => void): void {
  assignLabelStyles(schema.labels);
  set({ schema });
}

/** The request under way per client, so the first screen and the editor's autocomplete share one. */
const pending = new WeakMap<object, Promise<SchemaInfo | null>>();

/** The schema, asked for once if the app does not have it yet; null when the server cannot say. */
export function ensureSchema(
  api: Pick<Api, 'schema'>,
  current: SchemaInfo | null,
  set: (patch: { schema: SchemaInfo }) => void,
): Promise<SchemaInfo | null> {
  if (current) return Promise.resolve(current);
  let p = pending.get(api);
  if (!p) {
    p = Promise.resolve()
      .then(() => api.schema())
      .then(
        (schema) => {
          applySchema(schema, set);
          return schema;
        },
        () => null,
      );
    pending.set(api, p);
    void p.finally(() => pending.delete(api));
  }
  return p;
}
