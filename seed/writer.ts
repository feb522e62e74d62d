// Writes validated facts files: batched UNWIND … MERGE by label and by relationship type, one transaction per
// source so a source lands whole or not at all. Idempotent: MERGE on `id`, properties set from the file — plus what
// CSV imports added to a person or organisation (seed/imported-values.ts), which a re-seed keeps.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { labelOfId } from '../model/data-model.js';
import { FACT_REL_TYPES, NODE_LABELS, type FactRelType, type NodeLabel } from '../model/labels.js';
import { mergeFactsQuery } from './queries/merge-facts.js';
import { withImportedValues, type ImportedValues } from './imported-values.js';
import { normalizeName } from '../model/normalize.js';
import { READ_SOURCES, mergeNodesQuery, readImportedQuery } from './queries/merge-nodes.js';
import { withKeptSourceFields } from './source-takeover.js';
import { READ_SOURCE_FACT_IDS, deleteFactsByIdQuery, deleteMovedFactsQuery } from './queries/source-facts.js';
import { factProps, nodeProps, sourceProps, type Props } from './rows.js';
import { addCounts, emptyStats, type Respelled, type SeedStats } from './stats.js';
import type { ValidatedSource } from './validate.js';

/**
 * Rows per UNWIND batch. The full benchmark's sweep (BENCHMARKS.md, section 1) found 5,000 the fastest of 1k–50k on
 * this 2-core machine, as did the quick runs; smaller transactions also hold less memory.
 */
export const DEFAULT_BATCH_SIZE = 5_000;

export interface BatchInfo {
  source: string;
  /** 1-based number of the batch within the source's transaction. */
  batch: number;
  kind: 'nodes' | 'facts' | 'cleanup';
  labelOrType: string;
  rows: number;
}

export interface WriteOptions {
  database?: string;
  batchSize?: number;
  /** Ids of every fact in this run: a fact that moved to another file is not deleted as stale. */
  runFactIds?: Set<string>;
  /** Called inside the transaction after each batch; an exception rolls the whole source back. */
  onBatch?: (info: BatchInfo) => void | Promise<void>;
}

/** Thrown when a batch wrote fewer rows than it was given (an endpoint vanished): the source is rolled back. */
export class SeedWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedWriteError';
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));

/** Writes one source (its Source node, nodes and facts) in one write transaction; returns what changed. */
export async function writeSource(
  driver: Driver,
  src: ValidatedSource,
  opts: WriteOptions = {},
): Promise<SeedStats> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const sourceId = src.source.id;
  const newIds = new Set(src.facts.map((f) => f.id));

  return runInSession(driver, opts.database, async (tx) => {
    const stats = emptyStats();
    let batch = 0;
    const after = async (kind: BatchInfo['kind'], labelOrType: string, rows: number) => {
      batch += 1;
      await opts.onBatch?.({ source: sourceId, batch, kind, labelOrType, rows });
    };

    // Facts the file no longer declares, or whose type changed, go first (their ids may be reused).
    const old = (await tx.run(READ_SOURCE_FACT_IDS, { id: sourceId })).records[0]?.get('factIds') as
      string[] | null;
    const typeOf = new Map(src.facts.map((f) => [f.id, f.type]));
    const candidates = [...new Set([...(old ?? []), ...newIds])].filter(
      (id) => !(opts.runFactIds?.has(id) && !newIds.has(id)),
    );
    for (const type of FACT_REL_TYPES) {
      const drop = candidates.filter((id) => typeOf.get(id) !== type);
      const moved = src.facts
        .filter((f) => f.type === type)
        .map((f) => ({ id: f.id, from: f.from, to: f.to }));
      let deleted = 0;
      for (const ids of chunks(drop, batchSize))
        deleted += num((await tx.run(deleteFactsByIdQuery(type), { ids })).records[0]?.get('deleted'));
      for (const rows of chunks(moved, batchSize))
        deleted += num((await tx.run(deleteMovedFactsQuery(type), { rows })).records[0]?.get('deleted'));
      if (deleted > 0) addCounts(stats.relationships, type, { deleted });
    }

    const byLabel = new Map<NodeLabel, Props[]>(NODE_LABELS.map((l) => [l, []]));
    byLabel.get('Source')!.push(sourceProps(src.source, [...newIds], src.text));
    for (const n of src.nodes) byLabel.get(n.label)!.push(nodeProps(n));
    for (const [label, props] of byLabel) {
      for (const batchRows of chunks(props, batchSize)) {
        const imported =
          label === 'Person' || label === 'Organization'
            ? await readImported(tx, label, batchRows)
            : new Map<string, Known>();
        const sources = label === 'Source' ? await readSources(tx, batchRows) : new Map<string, Props>();
        const rows = batchRows.map((p) => {
          const id = p.id as string;
          if (label === 'Source' && p.factIds !== undefined) {
            // The Source's own file's row (a citing file's has no factIds).
            const { props, takeover } = withKeptSourceFields(p, sources.get(id));
            if (takeover) (stats.sourceTakeovers ??= {})[id] = takeover;
            return { id, props };
          }
          const own = imported.get(id);
          return { id, props: own?.values ? withImportedValues(p, own.values) : p };
        });
        for (const row of rows) {
          const known = imported.get(row.id as string);
          if (!known) continue;
          const lost = droppedNames(known.had, row.props);
          if (lost.length) (stats.droppedNames ??= {})[row.id as string] = lost;
          const respelled = respelledNames(known, row.props);
          if (respelled.length) (stats.respelledNames ??= {})[row.id as string] = respelled;
        }
        const rec = (await tx.run(mergeNodesQuery(label), { rows })).records[0]!;
        addCounts(stats.nodes, label, {
          created: num(rec.get('created')),
          updated: num(rec.get('updated')),
          rows: rows.length,
        });
        await after('nodes', label, rows.length);
      }
    }

    const groups = new Map<
      string,
      {
        type: FactRelType;
        from: NodeLabel;
        to: NodeLabel;
        rows: { id: string; from: string; to: string; props: Props }[];
      }
    >();
    for (const f of src.facts) {
      const from = labelOfId(f.from)!;
      const to = labelOfId(f.to)!;
      const key = `${f.type}|${from}|${to}`;
      if (!groups.has(key)) groups.set(key, { type: f.type, from, to, rows: [] });
      groups.get(key)!.rows.push({ id: f.id, from: f.from, to: f.to, props: factProps(f, sourceId) });
    }
    for (const g of groups.values()) {
      for (const rows of chunks(g.rows, batchSize)) {
        const rec = (await tx.run(mergeFactsQuery(g.type, g.from, g.to), { rows })).records[0]!;
        const written = num(rec.get('rows'));
        if (written !== rows.length) {
          throw new SeedWriteError(
            `${src.file.displayName}: ${rows.length - written} of ${rows.length} ${g.type} facts found no ${g.from} or ${g.to} node to attach to; nothing of ${sourceId} was written`,
          );
        }
        addCounts(stats.relationships, g.type, {
          created: num(rec.get('created')),
          updated: num(rec.get('updated')),
          rows: rows.length,
        });
        await after('facts', g.type, rows.length);
      }
    }
    return stats;
  });
}

/** A node already in the graph: what imports recorded they added to it, and its names and aliases. */
interface Known {
  values?: ImportedValues;
  /** Its name, nameAr and aliases, in that order. */
  had: string[];
  name?: string;
  nameAr?: string;
  aliases: string[];
}

/**
 * Of these nodes already in the graph, by id: what CSV imports added to them (seed/imported-values.ts: kept beside the
 * file's values; none when no import recorded any) and the names and aliases they had.
 */
async function readImported(
  tx: ManagedTransaction,
  label: 'Person' | 'Organization',
  rows: Props[],
): Promise<Map<string, Known>> {
  const res = await tx.run(readImportedQuery(label), { ids: rows.map((p) => p.id) });
  const out = new Map<string, Known>();
  for (const r of res.records) {
    const v: ImportedValues = {};
    for (const key of ['name', 'nameAr', 'kind', 'aliases'] as const) {
      const value: unknown = r.get(key);
      if (value !== null) (v as Record<string, unknown>)[key] = value;
    }
    const text = (x: unknown) => (typeof x === 'string' ? x : undefined);
    const name = text(r.get('hadName'));
    const nameAr = text(r.get('hadNameAr'));
    const aliases = (r.get('hadAliases') as unknown[]).filter((x): x is string => typeof x === 'string');
    out.set(r.get('id') as string, {
      ...(Object.keys(v).length ? { values: v } : {}),
      had: [name, nameAr, ...aliases].filter((x): x is string => x !== undefined),
      ...(name !== undefined ? { name } : {}),
      ...(nameAr !== undefined ? { nameAr } : {}),
      aliases,
    });
  }
  return out;
}

/** Of these Sources, those already in the graph, with their properties, by id. */
async function readSources(tx: ManagedTransaction, rows: Props[]): Promise<Map<string, Props>> {
  const res = await tx.run(READ_SOURCES, { ids: rows.map((p) => p.id) });
  return new Map(res.records.map((r) => [r.get('id') as string, r.get('props') as Props]));
}

/**
 * The names and aliases `had` holds that the node's new properties name nowhere (compared by normalizeName): a value
 * the facts file dropped, or one an import of before imports recorded what they added (2026-12-07) put there.
 */
function droppedNames(had: readonly string[], props: Props): string[] {
  const aliases = Array.isArray(props.aliases) ? (props.aliases as unknown[]) : [];
  const kept = new Set(
    [props.name, props.nameAr, ...aliases]
      .filter((x): x is string => typeof x === 'string')
      .map(normalizeName),
  );
  return [...new Set(had.filter((x) => !kept.has(normalizeName(x))))];
}

/**
 * The names and aliases the node had that its new properties hold only in another spelling normalising alike (case,
 * ة/ه, hamza…: one name to matching and search, so only the new spelling is kept): replaced without being dropped,
 * which droppedNames does not see. Left out is the file's own edit of its own value — a spelling no import recorded,
 * respelled in the same field (name, nameAr, or among the aliases): the file is the authority for what it declares.
 */
function respelledNames(known: Known, props: Props): Respelled[] {
  const list = (v: unknown) =>
    (Array.isArray(v) ? (v as unknown[]) : [v]).filter((x): x is string => typeof x === 'string');
  const now = { name: list(props.name), nameAr: list(props.nameAr), aliases: list(props.aliases) };
  const all = [...now.name, ...now.nameAr, ...now.aliases];
  const v = known.values;
  const recorded = new Set([v?.name, v?.nameAr, ...(v?.aliases ?? [])].filter((x) => x !== undefined));
  const out: Respelled[] = [];
  const fields: [string | undefined, string[]][] = [
    [known.name, now.name],
    [known.nameAr, now.nameAr],
    ...known.aliases.map((a): [string, string[]] => [a, now.aliases]),
  ];
  for (const [from, sameField] of fields) {
    if (from === undefined || all.includes(from) || out.some((r) => r.from === from)) continue;
    const alike = (x: string) => normalizeName(x) === normalizeName(from);
    const to = all.find(alike);
    if (to === undefined) continue; // dropped, not respelled: droppedNames says so
    const imported = recorded.has(from);
    if (!imported && sameField.some(alike)) continue;
    out.push({ from, to, imported });
  }
  return out;
}

async function runInSession<T>(
  driver: Driver,
  database: string | undefined,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({
    database,
    defaultAccessMode: 'WRITE',
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}
