// GET /api/schema: what is in the database (labels, types, property keys, counts, start and end labels) joined, on a
// database that holds our sourced facts, with the documented model (model/data-model.ts), for the client's legend, its
// first screen and the Cypher autocomplete. Property keys per label come from a sample of up to 1,000 nodes (or
// relationships) each, so the answer stays fast on a large graph. Another graph's Person or WORKED_AT is described by
// what the database holds, never by our documentation of the same name.
import { NODE_DOCS, REL_DOCS } from '../../model/data-model.js';
import type { SchemaProperty, SchemaResponse as GraphSchema } from '../../model/api-responses.js';
import type {
  KnownUnlabeled,
  PropertyRow,
  SchemaCounts,
  SchemaRepository,
  SchemaRows,
} from '../repositories/schema-repository.js';
import type { TEXT_WRITTEN_TYPES } from '../../model/value-types.js';
import type { TalentFactsService } from './talent-facts-service.js';

/**
 * How long the sampled properties are reused (and how long a browser may keep the answer): the schema changes
 * only when the seed or an import runs.
 */
export const DEFAULT_SCHEMA_CACHE_MS = 30_000;

/** Value types as Cypher's valueType() names them, without the NOT NULL every stored value has. */
function cleanType(t: string): string {
  return t.replace(/ NOT NULL/g, '');
}

/** What valueType() calls a byte array, and a list of integers alike (cleaned of NOT NULL). */
const INTEGER_LIST = 'LIST<INTEGER>';
/** A byte array's type as every other answer names it (POST /api/cypher's `types`, model/value-types.ts). */
const BYTES: (typeof TEXT_WRITTEN_TYPES)[number] = 'Base64';

/**
 * A key's value types: valueType()'s, but a byte array's Base64, as the results that give its value name it, not the
 * LIST<INTEGER> valueType() calls it. The sampled values of that type say which it is (queries/schema.ts): bytes
 * Base64, lists of integers LIST<INTEGER>, both when the sample holds both.
 */
function valueTypes(r: PropertyRow): string[] {
  const bytes = r.integerLists.some((v) => typeof v === 'string');
  const lists = r.integerLists.some((v) => Array.isArray(v));
  return r.types
    .map(cleanType)
    .flatMap((t) => (t === INTEGER_LIST && bytes ? (lists ? [BYTES, t] : [BYTES]) : [t]))
    .sort();
}

function properties(
  rows: PropertyRow[],
  docs: { name: string; description: string }[] | undefined,
): SchemaProperty[] {
  return rows
    .map((r) => ({
      key: r.key,
      types: valueTypes(r),
      mandatory: r.present === r.sampled,
      description: docs?.find((d) => d.name === r.key)?.description ?? null,
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Labels, types and their counts, the node count, and whether the database holds our facts: equal fingerprints, same
 * catalogue (a seed or import changes the counts; a certainty set on a relationship may make the database ours without
 * changing them). The nodes without a label change only when the node count or a label's count does.
 */
function fingerprint(rows: SchemaCounts, ours: boolean): string {
  return JSON.stringify([rows.counts, rows.propertyKeys, rows.nodes, ours]);
}

/**
 * Documented labels first, in the documentation's order, then any other the database holds (sorted), then null when
 * some sampled node has no label.
 */
function withSampled(
  documented: readonly string[],
  sampled: readonly string[],
  unlabeled: boolean,
): (string | null)[] {
  return [
    ...documented,
    ...sampled.filter((l) => !documented.includes(l)).sort(),
    ...(unlabeled ? [null] : []),
  ];
}

/**
 * `cacheMs`: for that long after sampling, a request reads only the catalogue and the count store (a few
 * milliseconds) and, if nothing was added or removed, answers with the sampled properties it already has. The
 * database is still asked every time, so the answer follows a seed at once, and a database that does not answer
 * gets the same 503 as on every other endpoint.
 */
export function createSchemaService(
  repo: SchemaRepository,
  facts: Pick<TalentFactsService, 'held'>,
  opts: { cacheMs?: number; now?: () => number } = {},
) {
  const cacheMs = opts.cacheMs ?? DEFAULT_SCHEMA_CACHE_MS;
  const now = opts.now ?? Date.now;
  let cached: { at: number; key: string; schema: GraphSchema } | undefined;
  // The last count of nodes without a label (a scan of every node): reused by each sampled read while the node and
  // label counts are those it was made at, as UNLABELED_COUNT's comment says — not scanned again every cache time.
  let unlabeled: KnownUnlabeled | undefined;
  /** Full reads (with property sampling) and answers from the cache (observable by tests). */
  const stats = { sampled: 0, cached: 0 };

  /** `ours`: the database holds our sourced facts, and our labels and types get our documentation. */
  function build(rows: SchemaRows, ours: boolean): GraphSchema {
    const props = (kind: 'label' | 'type', name: string) =>
      rows.properties.filter((r) => r.kind === kind && r.name === name);
    const sorted = [...rows.counts].sort((a, b) => a.name.localeCompare(b.name));
    const labels: GraphSchema['labels'] = sorted
      .filter((c) => c.kind === 'label')
      .map(({ name: label, count }) => {
        const doc = ours ? NODE_DOCS.find((d) => d.label === label) : undefined;
        return {
          label,
          count,
          description: doc?.description ?? null,
          properties: properties(props('label', label), doc?.properties),
        };
      });
    // Nodes without a label are no label's: one entry of their own, last, `label: null` (no label is named so).
    if (rows.unlabeled.count > 0)
      labels.push({
        label: null,
        count: rows.unlabeled.count,
        description: null,
        properties: properties(rows.unlabeled.properties, undefined),
      });
    const relationshipTypes = sorted
      .filter((c) => c.kind === 'type')
      .map(({ name: type, count }) => {
        const doc = ours ? REL_DOCS.find((d) => d.type === type) : undefined;
        const seen = rows.endpoints?.find((e) => e.name === type);
        const from = [...(seen?.from ?? [])];
        const to = [...(seen?.to ?? [])];
        return {
          type,
          count,
          description: doc?.description ?? null,
          derived: doc?.derived ?? false,
          // As sampled from the database, after those documented when the database is ours.
          from: withSampled(doc?.from ?? [], from, seen?.fromUnlabeled ?? false),
          to: withSampled(doc?.to ?? [], to, seen?.toUnlabeled ?? false),
          properties: properties(props('type', type), doc?.properties),
        };
      });
    return {
      labels,
      relationshipTypes,
      propertyKeys: rows.propertyKeys,
      nodes: rows.nodes,
      sourcedFacts: ours,
    };
  }

  return {
    cacheMs,
    stats: () => ({ ...stats }),
    async schema(): Promise<GraphSchema> {
      const ours = await facts.held();
      if (cached && now() - cached.at < cacheMs) {
        const current = await repo.counts();
        if (fingerprint(current, ours) === cached.key) {
          stats.cached += 1;
          return cached.schema;
        }
      }
      const rows = await repo.read(unlabeled);
      stats.sampled += 1;
      unlabeled = { key: rows.unlabeled.key, count: rows.unlabeled.count };
      const schema = build(rows, ours);
      cached = cacheMs > 0 ? { at: now(), key: fingerprint(rows, ours), schema } : undefined;
      return schema;
    },
  };
}
export type SchemaService = ReturnType<typeof createSchemaService>;
