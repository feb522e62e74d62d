// Imports users' own people, organisations and stints from CSV (columns in docs/import.md): the file must be UTF-8;
// every row is validated and resolved against the graph first (errors name row and column; nothing is written if
// any), then the whole file is written in one transaction and the talent flows are recomputed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { nodeDoc, relDoc } from '../model/data-model.js';
import { ID_PATTERN, describeValue, propertySchema } from '../model/facts-schema.js';
import { comparePartialDates } from '../model/dates.js';
import { CsvSyntaxError, parseCsv } from './csv.js';
import { decodeCsvBytes } from './csv-encoding.js';
import { recomputeTalentFlows } from './flows.js';
import { SeedValidationError, type SeedIssue } from './issues.js';
import { displayPath } from './load-facts.js';
import { LOAD_ENTITY_NAMES, mergeNodesAdditiveQuery } from './queries/import.js';
import { mergeFactsQuery } from './queries/merge-facts.js';
import { EntityIndex, type Entity, type NameInput, type ResolvableLabel } from './resolve.js';
import { cleanProps, withSearchProps } from './rows.js';
import { ensureSchema } from './schema.js';
import { addCounts, emptyStats, finishSummary, type SeedSummary } from './stats.js';
import { DEFAULT_BATCH_SIZE } from './writer.js';

export const CSV_COLUMNS = [
  'person_id',
  'person_name',
  'person_name_ar',
  'person_aliases',
  'org_id',
  'org_name',
  'org_name_ar',
  'org_aliases',
  'org_kind',
  'stint_id',
  'role',
  'start',
  'end',
  'left',
  'certainty',
  'source_id',
  'source_title',
  'source_publisher',
  'source_published',
  'source_language',
  'source_url',
  'evidence',
  'evidence_en',
  'note',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
/** Several aliases in one cell are separated by this. */
export const ALIAS_SEPARATOR = '|';

export interface ImportCsvOptions {
  database?: string;
  batchSize?: number;
  cwd?: string;
}

const prop = (label: 'Person' | 'Organization' | 'Source', name: string) =>
  nodeDoc(label).properties.find((p) => p.name === name)!;
const stintProp = (name: string) => relDoc('WORKED_AT').properties.find((p) => p.name === name)!;
const CHECKS: Partial<Record<Column, ReturnType<typeof propertySchema>>> = {
  start: propertySchema(stintProp('start')),
  end: propertySchema(stintProp('end')),
  certainty: propertySchema(stintProp('certainty')),
  source_published: propertySchema(prop('Source', 'published')),
  source_language: propertySchema(prop('Source', 'language')),
  source_url: propertySchema(prop('Source', 'url')),
};

interface SourceRow {
  id: string;
  props: Record<string, unknown>;
  row: number;
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

  // Everything the graph already knows, for resolution by id and by name.
  const indexes: Record<ResolvableLabel, EntityIndex> = {
    Person: new EntityIndex('Person'),
    Organization: new EntityIndex('Organization'),
  };
  const known = await driver.executeQuery(
    LOAD_ENTITY_NAMES,
    {},
    { database: opts.database, routing: 'READ' },
  );
  const existingSources = new Set<string>();
  for (const r of known.records) {
    const label = r.get('label') as ResolvableLabel | 'Source';
    if (label === 'Source') existingSources.add(r.get('id') as string);
    else
      indexes[label].add({
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

  const merges: string[] = [];
  const sources = new Map<string, SourceRow>();
  const stints = new Map<
    string,
    { id: string; from: string; to: string; props: Record<string, unknown>; row: number }
  >();

  rows.forEach((rec, i) => {
    const rowNo = i + 1;
    const where = (c: Column) => `row ${rowNo}, column ${c}`;
    const cell = (c: Column): string | undefined => {
      const idx = columns.indexOf(c);
      const v = idx >= 0 ? rec.fields[idx]?.trim() : undefined;
      return v === '' ? undefined : v;
    };
    if (rec.fields.length > columns.length)
      fail(
        rec.line,
        `row ${rowNo}`,
        `has ${rec.fields.length} fields but the header names ${columns.length} columns`,
      );
    const before = issues.length;
    for (const [c, schema] of Object.entries(CHECKS) as [Column, ReturnType<typeof propertySchema>][]) {
      const v = cell(c);
      if (v === undefined) continue;
      const r = schema.safeParse(v, { reportInput: true });
      if (!r.success) fail(rec.line, where(c), r.error.issues[0]!.message);
    }
    const left = cell('left');
    if (left !== undefined && !/^(true|false|yes|no)$/i.test(left))
      fail(rec.line, where('left'), `expected true, false, yes or no, got ${describeValue(left)}`);
    for (const c of ['person_id', 'org_id', 'source_id', 'stint_id'] as const) {
      const v = cell(c);
      const prefix = { person_id: 'person:', org_id: 'org:', source_id: 'source:', stint_id: 'fact:' }[c];
      if (v !== undefined && (!ID_PATTERN.test(v) || !v.startsWith(prefix)))
        fail(
          rec.line,
          where(c),
          `expected an id like ${prefix}some-slug (a–z, 0–9, dots and dashes), got ${describeValue(v)}`,
        );
    }
    if (issues.length > before) return;

    const names = (p: 'person' | 'org'): NameInput => ({
      id: cell(`${p}_id`),
      name: cell(`${p}_name`),
      nameAr: cell(`${p}_name_ar`),
      aliases: (cell(`${p}_aliases`) ?? '')
        .split(ALIAS_SEPARATOR)
        .map((a) => a.trim())
        .filter(Boolean),
    });
    const resolveOne = (label: ResolvableLabel, col: 'person' | 'org'): Entity | undefined => {
      const r = indexes[label].resolve(names(col));
      if (r.kind === 'none') return undefined;
      if (r.kind === 'ambiguous') {
        fail(
          rec.line,
          where(`${col}_name`),
          `${describeValue(r.spelling)} matches several ${label === 'Person' ? 'people' : 'organisations'} (${r.candidates.map((c) => c.id).join(', ')}); give ${col}_id to choose`,
        );
        return undefined;
      }
      if (r.kind === 'matched' && (r.by === 'name' || r.entity.origin === 'database')) {
        const how = r.by === 'id' ? 'by id' : `by name ${describeValue(r.spelling)} (normalised "${r.key}")`;
        merges.push(
          `${shown} row ${rowNo}: ${label === 'Person' ? 'person' : 'organisation'} → ${r.entity.id} (${r.entity.name ?? r.entity.nameAr}, ${r.entity.origin === 'database' ? 'already in the graph' : `first seen earlier in this file`}), matched ${how}`,
        );
      }
      if (label === 'Organization') {
        const kind = cell('org_kind');
        if (kind && !r.entity.kind) {
          r.entity.kind = kind;
          r.entity.dirty = true;
        }
        if (!r.entity.kind)
          fail(
            rec.line,
            where('org_kind'),
            `is required for a new organisation (${r.entity.id}), e.g. company, lab, team`,
          );
      }
      return r.entity;
    };
    const person = resolveOne('Person', 'person');
    const org = resolveOne('Organization', 'org');

    const sourceId = cell('source_id');
    if (sourceId && (cell('source_title') || cell('source_publisher'))) {
      const props = cleanProps({
        id: sourceId,
        title: cell('source_title'),
        name: cell('source_title') ?? cell('source_publisher'),
        publisher: cell('source_publisher'),
        published: cell('source_published'),
        language: cell('source_language'),
        url: cell('source_url'),
      });
      const prior = sources.get(sourceId);
      if (!props.publisher)
        fail(rec.line, where('source_publisher'), `is required when a row describes a source (${sourceId})`);
      else if (prior && JSON.stringify(prior.props) !== JSON.stringify(props))
        fail(
          rec.line,
          where('source_id'),
          `${sourceId} is described differently on row ${prior.row}; describe a source once (or identically)`,
        );
      else if (!prior) sources.set(sourceId, { id: sourceId, props, row: rowNo });
    }

    if (!person || !org) {
      for (const c of ['stint_id', 'role', 'start', 'end', 'left'] as const)
        if (cell(c) !== undefined)
          fail(rec.line, where(c), 'a stint needs both a person and an organisation on the same row');
      return;
    }
    for (const c of ['source_id', 'evidence', 'evidence_en', 'certainty'] as const)
      if (cell(c) === undefined)
        fail(
          rec.line,
          where(c),
          'is required for a stint: every fact names its source, the verbatim evidence, its English rendering and its certainty (stated or implied)',
        );
    const start = cell('start');
    const end = cell('end');
    if (start && end && comparePartialDates(start, end) > 0)
      fail(rec.line, where('end'), `expected end (${end}) to be at or after start (${start})`);
    if (issues.length > before) return;
    const id =
      cell('stint_id') ??
      `fact:csv-${crypto
        .createHash('sha1')
        .update([person.id, org.id, start ?? '', end ?? '', cell('role') ?? ''].join('|'))
        .digest('hex')
        .slice(0, 12)}`;
    const prior = stints.get(id);
    if (prior)
      return void fail(rec.line, where('stint_id'), `the same stint (${id}) is already on row ${prior.row}`);
    const leftFlag = left === undefined ? undefined : /^(true|yes)$/i.test(left);
    const props = cleanProps({
      id,
      role: cell('role'),
      start,
      end,
      left: end ? true : leftFlag,
      certainty: cell('certainty'),
      evidence: cell('evidence'),
      evidenceEn: cell('evidence_en'),
      sources: [sourceId],
      note: cell('note'),
    });
    stints.set(id, { id, from: person.id, to: org.id, props, row: rowNo });
  });

  for (const s of stints.values()) {
    const src = (s.props.sources as string[])[0]!;
    if (!sources.has(src) && !existingSources.has(src))
      fail(
        rows[s.row - 1]!.line,
        `row ${s.row}, column source_id`,
        `unknown source "${src}": describe it (source_title, source_publisher…) on one row, or seed it first`,
      );
  }
  if (issues.length > 0) throw new SeedValidationError(issues);

  await ensureSchema(driver, { database: opts.database });
  const stats = emptyStats();
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const session = driver.session({
    database: opts.database,
    defaultAccessMode: 'WRITE',
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    await session.executeWrite(async (tx) => {
      const write = async (
        label: 'Person' | 'Organization' | 'Source',
        rowsOut: { id: string; props: Record<string, unknown> }[],
      ) => {
        for (let i = 0; i < rowsOut.length; i += batchSize) {
          const chunk = rowsOut.slice(i, i + batchSize);
          const rec = (await tx.run(mergeNodesAdditiveQuery(label), { rows: chunk })).records[0]!;
          addCounts(stats.nodes, label, {
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
        const dirty = [...indexes[label].all()].filter((e) => e.dirty);
        await write(
          label,
          dirty.map((e) => ({ id: e.id, props: entityProps(e) })),
        );
      }
      const list = [...stints.values()];
      for (let i = 0; i < list.length; i += batchSize) {
        const chunk = list.slice(i, i + batchSize);
        const rec = (await tx.run(mergeFactsQuery('WORKED_AT', 'Person', 'Organization'), { rows: chunk }))
          .records[0]!;
        addCounts(stats.relationships, 'WORKED_AT', {
          rows: chunk.length,
          created: Number(rec.get('created')),
          updated: Number(rec.get('updated')),
        });
      }
    });
  } finally {
    await session.close();
  }
  const talentFlows = await recomputeTalentFlows(driver, { database: opts.database });
  return finishSummary(stats, started, {
    sources: [...new Set([...stints.values()].map((s) => (s.props.sources as string[])[0]!))],
    talentFlows,
    warnings: [],
    merges,
  });
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
