// Imports users' own people, organisations and stints from CSV (columns in docs/import.md): the file must be UTF-8;
// every row is validated and resolved against the graph first (errors name row and column; nothing is written if
// any), then the whole file is written in one transaction and the talent flows are recomputed.
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { describeValue } from '../model/describe-value.js';
import { FACT_REL_TYPES } from '../model/labels.js';
import { CsvSyntaxError, parseCsv, type CsvRecord } from './csv.js';
import { decodeCsvBytes } from './csv-encoding.js';
import { recomputeTalentFlows } from './flows.js';
import { CSV_COLUMNS, checkRowCells, planRows, type GraphState, type StintRow } from './import-csv-rows.js';
import { SeedValidationError, type SeedIssue } from './issues.js';
import { displayPath } from './load-facts.js';
import {
  CREATE_STINTS,
  LOAD_ENTITY_NAMES,
  findFactsByIdQuery,
  mergeNodesAdditiveQuery,
} from './queries/import.js';
import { EntityIndex, type Entity, type ResolvableLabel } from './resolve.js';
import { cleanProps, withSearchProps } from './rows.js';
import { ensureSchema } from './schema.js';
import { addCounts, emptyStats, finishSummary, type SeedStats, type SeedSummary } from './stats.js';
import { DEFAULT_BATCH_SIZE, SeedWriteError } from './writer.js';

export { ALIAS_SEPARATOR, CSV_COLUMNS } from './import-csv-rows.js';

export interface ImportCsvOptions {
  database?: string;
  batchSize?: number;
  cwd?: string;
}

export async function importCsv(
  driver: Driver,
  file: string,
  opts: ImportCsvOptions = {},
): Promise<SeedSummary> {
  const started = Date.now();
  const abs = path.resolve(opts.cwd ?? process.cwd(), file);
  const shown = displayPath(abs, opts.cwd);
  const issues: SeedIssue[] = [];
  const fail = (line: number | undefined, where: string | undefined, message: string) =>
    issues.push({ file: shown, line, path: where, message });

  const { rows, columns } = readCsvTable(abs, shown);

  const graph = await loadGraphState(driver, opts.database);
  const { sources, stints, merges } = planRows(rows, columns, graph, shown, fail);
  const stintIssue = (s: StintRow, message: string) =>
    fail(rows[s.row - 1]!.line, `row ${s.row}, column stint_id`, message);
  for (const id of await checkExistingFacts(driver, opts.database, [...stints.values()], stintIssue))
    stints.delete(id);
  for (const s of stints.values()) {
    const src = (s.props.sources as string[])[0]!;
    if (!sources.has(src) && !graph.sources.has(src))
      fail(
        rows[s.row - 1]!.line,
        `row ${s.row}, column source_id`,
        `unknown source "${src}": describe it (source_title, source_publisher…) on one row, or seed it first`,
      );
  }
  if (issues.length > 0) throw new SeedValidationError(issues);

  await ensureSchema(driver, { database: opts.database });
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const session = driver.session({
    database: opts.database,
    defaultAccessMode: 'WRITE',
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  let stats: SeedStats;
  try {
    // The stats are counted inside the work: a transaction the driver retries starts them afresh.
    stats = await session.executeWrite(async (tx) => {
      const counts = emptyStats();
      const write = async (
        label: 'Person' | 'Organization' | 'Source',
        rowsOut: { id: string; props: Record<string, unknown> }[],
      ) => {
        for (let i = 0; i < rowsOut.length; i += batchSize) {
          const chunk = rowsOut.slice(i, i + batchSize);
          const rec = (await tx.run(mergeNodesAdditiveQuery(label), { rows: chunk })).records[0]!;
          addCounts(counts.nodes, label, {
            rows: chunk.length,
            created: Number(rec.get('created')),
            updated: Number(rec.get('updated')),
          });
        }
      };
      await write(
        'Source',
        [...sources.values()].map((s) => ({ id: s.id, props: withSearchProps(s.props) })),
      );
      for (const label of ['Person', 'Organization'] as const) {
        const dirty = [...graph.indexes[label].all()].filter((e) => e.dirty);
        await write(
          label,
          dirty.map((e) => ({ id: e.id, props: entityProps(e) })),
        );
      }
      const list = [...stints.values()].map(({ id, from, to, props }) => ({ id, from, to, props }));
      for (let i = 0; i < list.length; i += batchSize) {
        const chunk = list.slice(i, i + batchSize);
        const rec = (await tx.run(CREATE_STINTS, { rows: chunk })).records[0]!;
        const written = Number(rec.get('rows'));
        // A stint whose person or organisation vanished since validation would otherwise be dropped silently.
        if (written !== chunk.length)
          throw new SeedWriteError(
            `${shown}: ${chunk.length - written} of ${chunk.length} stints found no person or organisation to attach to; nothing of this file was written`,
          );
        addCounts(counts.relationships, 'WORKED_AT', {
          rows: chunk.length,
          created: Number(rec.get('created')),
          updated: 0,
        });
      }
      return counts;
    });
  } finally {
    await session.close();
  }
  let talentFlows: number;
  try {
    talentFlows = await recomputeTalentFlows(driver, { database: opts.database });
  } catch (err) {
    throw new ImportFlowsError(shown, err);
  }
  return finishSummary(stats, started, {
    sources: [...new Set([...stints.values()].map((s) => (s.props.sources as string[])[0]!))],
    talentFlows,
    warnings: [],
    merges,
  });
}

/**
 * The file's header and rows; throws SeedValidationError when it cannot be read, is not UTF-8 CSV, or its header
 * names an unknown column or one twice.
 */
function readCsvTable(abs: string, shown: string): { rows: CsvRecord[]; columns: string[] } {
  const issues: SeedIssue[] = [];
  let records;
  try {
    records = parseCsv(decodeCsvBytes(fs.readFileSync(abs)));
  } catch (err) {
    if (err instanceof CsvSyntaxError)
      throw new SeedValidationError([
        { file: shown, line: err.line, column: err.column, message: `CSV syntax: ${err.message}` },
      ]);
    const code = (err as NodeJS.ErrnoException).code;
    throw new SeedValidationError([
      {
        file: shown,
        message: code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(err)})`,
      },
    ]);
  }
  const [header, ...rows] = records;
  if (!header)
    throw new SeedValidationError([
      {
        file: shown,
        message: 'the file is empty; expected a header row naming the columns (see docs/import.md)',
      },
    ]);
  const columns = header.fields.map((h) => h.trim());
  columns.forEach((c, i) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(c))
      issues.push({
        file: shown,
        line: header.line,
        path: `header, column ${i + 1}`,
        message: `unknown column ${describeValue(c)} (expected some of ${CSV_COLUMNS.join(', ')})`,
      });
    else if (columns.indexOf(c) !== i)
      issues.push({
        file: shown,
        line: header.line,
        path: `header, column ${i + 1}`,
        message: `column "${c}" appears twice`,
      });
  });
  if (issues.length > 0) throw new SeedValidationError(issues);
  return { rows, columns };
}

/**
 * The checks of a CSV file that do not depend on the graph (encoding, syntax, header, each cell's value): run
 * before a Cypher script, which may write what the rest of the checks look up. Returns every problem.
 */
export function checkCsvFile(file: string, opts: { cwd?: string } = {}): SeedIssue[] {
  const abs = path.resolve(opts.cwd ?? process.cwd(), file);
  const shown = displayPath(abs, opts.cwd);
  const issues: SeedIssue[] = [];
  try {
    const { rows, columns } = readCsvTable(abs, shown);
    rows.forEach((rec, i) =>
      checkRowCells(rec, i + 1, columns, (line, where, message) =>
        issues.push({ file: shown, line, path: where, message }),
      ),
    );
  } catch (err) {
    if (err instanceof SeedValidationError) return err.issues;
    throw err;
  }
  return issues;
}

/** The import was committed but the talent flows could not be derived from it. */
export class ImportFlowsError extends Error {
  constructor(file: string, cause: unknown) {
    super(
      `${file}: its rows were committed, but the talent flows were not derived from them (${cause instanceof Error ? cause.message : String(cause)}); import the file again (nothing is duplicated) to derive them`,
      { cause },
    );
    this.name = 'ImportFlowsError';
  }
}

/** People and organisations (with an id: a node without one cannot be referred to), and sources' descriptions. */
async function loadGraphState(driver: Driver, database: string | undefined): Promise<GraphState> {
  const graph: GraphState = {
    indexes: { Person: new EntityIndex('Person'), Organization: new EntityIndex('Organization') },
    sources: new Map(),
  };
  const known = await driver.executeQuery(LOAD_ENTITY_NAMES, {}, { database, routing: 'READ' });
  for (const r of known.records) {
    const label = r.get('label') as ResolvableLabel | 'Source';
    if (label === 'Source')
      graph.sources.set(r.get('id') as string, r.get('source') as Record<string, unknown>);
    else
      graph.indexes[label].add({
        id: r.get('id'),
        label,
        name: r.get('name') ?? undefined,
        nameAr: r.get('nameAr') ?? undefined,
        aliases: r.get('aliases') ?? [],
        kind: r.get('kind') ?? undefined,
        origin: 'database',
        dirty: false,
      });
  }
  return graph;
}

/**
 * A stint id already in the graph is refused unless it is this very stint (same type, person, organisation and
 * properties), which is then left as it is: an import never overwrites a fact another file or import stated.
 * Returns the ids of the rows an earlier import wrote under the default id of before (StintRow.legacyId): the same
 * stint of the same source, already in the graph, so not written twice.
 */
async function checkExistingFacts(
  driver: Driver,
  database: string | undefined,
  stints: StintRow[],
  issue: (s: StintRow, message: string) => void,
): Promise<Set<string>> {
  const byId = new Map(stints.map((s) => [s.id, s]));
  const byLegacyId = new Map(stints.flatMap((s) => (s.legacyId ? [[s.legacyId, s] as const] : [])));
  const already = new Set<string>();
  const legacy = await driver.executeQuery(
    findFactsByIdQuery('WORKED_AT'),
    { ids: [...byLegacyId.keys()] },
    { database, routing: 'READ' },
  );
  for (const r of legacy.records) {
    const s = byLegacyId.get(r.get('id') as string)!;
    const sources = (r.get('props') as Record<string, unknown>).sources;
    if (
      r.get('from') === s.from &&
      r.get('to') === s.to &&
      Array.isArray(sources) &&
      sources.includes((s.props.sources as string[])[0])
    )
      already.add(s.id);
  }
  const found: [StintRow, string][] = [];
  for (const type of FACT_REL_TYPES) {
    const res = await driver.executeQuery(
      findFactsByIdQuery(type),
      { ids: [...byId.keys()] },
      { database, routing: 'READ' },
    );
    for (const r of res.records) {
      const s = byId.get(r.get('id') as string)!;
      const [from, to] = [r.get('from') as string, r.get('to') as string];
      if (type !== 'WORKED_AT' || from !== s.from || to !== s.to) {
        found.push([
          s,
          `${s.id} is already in the graph as the ${type} fact ${from} → ${to}; give a stint_id no fact has (or leave it empty)`,
        ]);
        continue;
      }
      const old = r.get('props') as Record<string, unknown>;
      const differ = [...new Set([...Object.keys(old), ...Object.keys(s.props)])]
        .filter((k) => JSON.stringify(old[k]) !== JSON.stringify(s.props[k]))
        .sort();
      if (differ.length > 0)
        found.push([
          s,
          `${s.explicitId ? s.id : `the same stint from the same source (${s.id})`} is already in the graph with other ${differ.join(', ')}; a fact in the graph is never overwritten — give a new stint_id to record this one beside it`,
        ]);
    }
  }
  // In row order, as the other problems of the file are listed.
  for (const [s, message] of found.sort(([a], [b]) => a.row - b.row)) issue(s, message);
  return already;
}

/** The properties an import sets on a person or organisation (added to what the node already has). */
function entityProps(e: Entity): Record<string, unknown> {
  return withSearchProps(
    cleanProps({
      id: e.id,
      name: e.name ?? e.nameAr,
      nameAr: e.nameAr,
      aliases: e.aliases.length > 0 ? e.aliases : undefined,
      kind: e.label === 'Organization' ? e.kind : undefined,
    }),
  );
}
