// Validates and resolves the rows of an imported CSV against what the graph already holds, into the sources and
// stints to write. Problems are reported with row and column; a cell the import would not use is a problem too, so
// nothing a user typed is silently dropped.
import crypto from 'node:crypto';
import { nodeDoc, relDoc } from '../model/data-model.js';
import { describeValue } from '../model/describe-value.js';
import { ID_PATTERN, propertySchema } from '../model/facts-schema.js';
import { comparePartialDates } from '../model/dates.js';
import { normalizeName } from '../model/normalize.js';
import type { CsvRecord } from './csv.js';
import { NAME_EXPECTED, refusedCharacters } from './name-characters.js';
import { EntityIndex, type Entity, type NameInput, type ResolvableLabel } from './resolve.js';
import { cleanProps } from './rows.js';

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
export type Column = (typeof CSV_COLUMNS)[number];
/** Several aliases in one cell are separated by this. */
export const ALIAS_SEPARATOR = '|';

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
/** Source columns and the Source property each describes. */
const SOURCE_CELLS = [
  ['source_title', 'title'],
  ['source_publisher', 'publisher'],
  ['source_published', 'published'],
  ['source_language', 'language'],
  ['source_url', 'url'],
] as const;
/** Cells that name a person or organisation (aliases: several, separated by ALIAS_SEPARATOR). */
const NAME_CELLS = [
  'person_name',
  'person_name_ar',
  'person_aliases',
  'org_name',
  'org_name_ar',
  'org_aliases',
] as const;
/** Cells only a stint (a row with both a person and an organisation) uses. */
const STINT_CELLS = [
  'stint_id',
  'role',
  'start',
  'end',
  'left',
  'certainty',
  'evidence',
  'evidence_en',
  'note',
] as const;

export interface SourceRow {
  id: string;
  props: Record<string, unknown>;
  row: number;
}
export interface StintRow {
  id: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
  row: number;
  /** Whether the row gave the id (else it is the default hash). */
  explicitId: boolean;
  /**
   * For a default id, the one imports gave the same stint before the id included its source (2026-12-06): a stint
   * of that id, between the same ends and citing this source, is this row imported then — it is not written again.
   */
  legacyId?: string;
}

/** What the graph holds before the import: people and organisations by id and name, sources' descriptions. */
export interface GraphState {
  indexes: Record<ResolvableLabel, EntityIndex>;
  sources: Map<string, Record<string, unknown>>;
}

export interface ImportPlan {
  sources: Map<string, SourceRow>;
  stints: Map<string, StintRow>;
  merges: string[];
}

type Fail = (line: number | undefined, where: string | undefined, message: string) => void;

export function planRows(
  rows: CsvRecord[],
  columns: string[],
  graph: GraphState,
  shown: string,
  fail: Fail,
): ImportPlan {
  const { indexes } = graph;
  const merges: string[] = [];
  const sources = new Map<string, SourceRow>();
  const stints = new Map<string, StintRow>();
  let problems = 0;
  const failRow: Fail = (...args) => {
    problems += 1;
    fail(...args);
  };

  rows.forEach((rec, i) => {
    const rowNo = i + 1;
    const where = (c: Column) => `row ${rowNo}, column ${c}`;
    const cell = cellReader(rec, columns);
    const unused = (cs: readonly Column[], why: string) => {
      for (const c of cs) if (cell(c) !== undefined) failRow(rec.line, where(c), why);
    };
    if (!checkRowCells(rec, rowNo, columns, failRow)) return;
    const before = problems;
    const left = cell('left');

    const names = (p: 'person' | 'org'): NameInput => ({
      id: cell(`${p}_id`),
      name: cell(`${p}_name`),
      nameAr: cell(`${p}_name_ar`),
      aliases: (cell(`${p}_aliases`) ?? '')
        .split(ALIAS_SEPARATOR)
        .map((a) => a.trim())
        .filter(Boolean),
    });
    // Set when a person or organisation the row names cannot be resolved (already reported).
    let unresolved = false;
    const resolveOne = (label: ResolvableLabel, col: 'person' | 'org'): Entity | undefined => {
      const what = label === 'Person' ? 'person' : 'organisation';
      const r = indexes[label].resolve(names(col));
      if (r.kind === 'none') return undefined;
      if (r.kind !== 'matched' && r.kind !== 'created') unresolved = true;
      if (r.kind === 'ambiguous') {
        failRow(
          rec.line,
          where(`${col}_name`),
          `${describeValue(r.spelling)} matches several ${label === 'Person' ? 'people' : 'organisations'} (${r.candidates.map((c) => c.id).join(', ')}); give ${col}_id to choose`,
        );
        return undefined;
      }
      if (r.kind === 'unknown-id') {
        failRow(
          rec.line,
          where(`${col}_id`),
          `no ${what} ${r.id} is in the graph or on an earlier row; check the id, or give ${col}_name (or ${col}_name_ar) to add a new ${what}`,
        );
        return undefined;
      }
      if (r.kind === 'id-conflict') {
        failRow(
          rec.line,
          where(`${col}_id`),
          `${r.id} is a new id, but the name ${describeValue(r.spelling)} is that of ${r.candidates.map((c) => `${c.id} (${c.name ?? c.nameAr})`).join(', ')}; give that ${col}_id to mean the same ${what}, or another name for a new one`,
        );
        return undefined;
      }
      // Every match is said but one by id to an entity of an earlier row that brings no new name (the same row
      // again): a new spelling under a known id may be a copied id meant for someone else.
      if (r.kind === 'matched' && (r.by === 'name' || r.entity.origin === 'database' || r.added.length > 0)) {
        const how = r.by === 'id' ? 'by id' : `by name ${describeValue(r.spelling)} (normalised "${r.key}")`;
        const added =
          r.by === 'id' && r.added.length
            ? `; ${r.added.map((a) => describeValue(a)).join(', ')} kept as another spelling of it — if the row means another ${what}, give it an id of its own`
            : '';
        merges.push(
          `${shown} row ${rowNo}: ${what} → ${r.entity.id} (${r.entity.name ?? r.entity.nameAr}, ${r.entity.origin === 'database' ? 'already in the graph' : `first seen earlier in this file`}), matched ${how}${added}`,
        );
      }
      if (label === 'Organization') {
        const kind = cell('org_kind');
        if (kind && !r.entity.kind) {
          r.entity.kind = kind;
          r.entity.dirty = true;
        } else if (kind && kind !== r.entity.kind)
          failRow(
            rec.line,
            where('org_kind'),
            `${r.entity.id} is already an organisation of kind ${describeValue(r.entity.kind)}; leave org_kind empty or give ${describeValue(r.entity.kind)} (an import does not change what the graph says)`,
          );
        if (!r.entity.kind)
          failRow(
            rec.line,
            where('org_kind'),
            `is required for a new organisation (${r.entity.id}), e.g. company, lab, team`,
          );
      }
      return r.entity;
    };
    const person = resolveOne('Person', 'person');
    const org = resolveOne('Organization', 'org');
    if (!org && !unresolved)
      unused(['org_kind'], 'describes an organisation, but the row names none (org_id or org_name)');

    const sourceId = cell('source_id');
    const describes = cell('source_title') !== undefined || cell('source_publisher') !== undefined;
    if (describes && !sourceId)
      unused(
        ['source_title', 'source_publisher'],
        'describes a source, which needs its source_id on the same row',
      );
    if (!describes)
      unused(
        ['source_published', 'source_language', 'source_url'],
        'describes a source only together with source_id and source_title or source_publisher on the same row',
      );
    const inGraph = sourceId ? graph.sources.get(sourceId) : undefined;
    if (sourceId && describes && inGraph) {
      // A source in the graph keeps its verbatim description: a row may repeat it, never change it.
      for (const [c, p] of SOURCE_CELLS) {
        const v = cell(c);
        const has = inGraph[p] === null || inGraph[p] === undefined ? undefined : String(inGraph[p]);
        if (v !== undefined && v !== has)
          failRow(
            rec.line,
            where(c),
            `${sourceId} is already in the graph ${has === undefined ? `without a ${p}` : `with ${p} ${describeValue(has)}`}; a source in the graph is not described again — leave the source_… cells empty to cite it, or give a new source_id`,
          );
      }
    } else if (sourceId && describes) {
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
        failRow(
          rec.line,
          where('source_publisher'),
          `is required when a row describes a source (${sourceId})`,
        );
      else if (prior && JSON.stringify(prior.props) !== JSON.stringify(props))
        failRow(
          rec.line,
          where('source_id'),
          `${sourceId} is described differently on row ${prior.row}; describe a source once (or identically)`,
        );
      else if (!prior) sources.set(sourceId, { id: sourceId, props, row: rowNo });
    }

    if (!person || !org) {
      if (unresolved) return;
      const why = 'a stint needs both a person and an organisation on the same row';
      unused(STINT_CELLS, why);
      if (!describes)
        unused(['source_id'], `${why} (or source_title and source_publisher to describe the source)`);
      return;
    }
    for (const c of ['source_id', 'evidence', 'evidence_en', 'certainty'] as const)
      if (cell(c) === undefined)
        failRow(
          rec.line,
          where(c),
          'is required for a stint: every fact names its source, the verbatim evidence, its English rendering and its certainty (stated or implied)',
        );
    const start = cell('start');
    const end = cell('end');
    if (start && end && comparePartialDates(start, end) > 0)
      failRow(rec.line, where('end'), `expected end (${end}) to be at or after start (${start})`);
    const leftFlag = left === undefined ? undefined : /^(true|yes)$/i.test(left);
    // As in a facts file (model/facts-schema.ts): an end date says the stint ended, so "no" contradicts it.
    if (end && leftFlag === false)
      failRow(
        rec.line,
        where('left'),
        'expected left to be true (or empty) when end is set: a stint with an end date has ended',
      );
    if (problems > before) return;
    // The default id includes the source: the same stint stated by another source is another fact, citing it.
    const stintKey = [person.id, org.id, start ?? '', end ?? '', cell('role') ?? ''];
    const id = cell('stint_id') ?? defaultStintId([...stintKey, sourceId!]);
    const prior = stints.get(id);
    if (prior)
      return void failRow(
        rec.line,
        where('stint_id'),
        `the same stint (${id}) is already on row ${prior.row}`,
      );
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
    stints.set(id, {
      id,
      from: person.id,
      to: org.id,
      props,
      row: rowNo,
      explicitId: cell('stint_id') !== undefined,
      legacyId: cell('stint_id') === undefined ? defaultStintId(stintKey) : undefined,
    });
  });
  return { sources, stints, merges };
}

/** A row's cell by column name, trimmed; undefined when empty or missing. */
function cellReader(rec: CsvRecord, columns: string[]) {
  return (c: Column): string | undefined => {
    const idx = columns.indexOf(c);
    const v = idx >= 0 ? rec.fields[idx]?.trim() : undefined;
    return v === '' ? undefined : v;
  };
}

/**
 * The checks of one row that do not depend on the graph: its number of fields, and each cell's value (dates,
 * certainty, left, ids…). Reports every problem; returns whether there was none.
 */
export function checkRowCells(rec: CsvRecord, rowNo: number, columns: string[], fail: Fail): boolean {
  let problems = 0;
  const failRow: Fail = (...args) => {
    problems += 1;
    fail(...args);
  };
  const where = (c: Column) => `row ${rowNo}, column ${c}`;
  const cell = cellReader(rec, columns);
  // A cell missing or extra shifts the cells after it into other columns (role read as start, evidence as
  // its English rendering…), so such a row is reported as it is and not read any further.
  if (rec.fields.length !== columns.length) {
    failRow(
      rec.line,
      `row ${rowNo}`,
      `has ${rec.fields.length} fields but the header names ${columns.length} columns; every row needs one field per column (an empty cell is nothing between two commas; a value with a comma is quoted)`,
    );
    return false;
  }
  for (const [c, schema] of Object.entries(CHECKS) as [Column, ReturnType<typeof propertySchema>][]) {
    const v = cell(c);
    if (v === undefined) continue;
    const r = schema.safeParse(v, { reportInput: true });
    if (!r.success) failRow(rec.line, where(c), r.error.issues[0]!.message);
  }
  const left = cell('left');
  if (left !== undefined && !/^(true|false|yes|no)$/i.test(left))
    failRow(rec.line, where('left'), `expected true, false, yes or no, got ${describeValue(left)}`);
  for (const c of ['person_id', 'org_id', 'source_id', 'stint_id'] as const) {
    const v = cell(c);
    const prefix = { person_id: 'person:', org_id: 'org:', source_id: 'source:', stint_id: 'fact:' }[c];
    if (v !== undefined && (!ID_PATTERN.test(v) || !v.startsWith(prefix)))
      failRow(
        rec.line,
        where(c),
        `expected an id like ${prefix}some-slug (a–z, 0–9, dots and dashes), got ${describeValue(v)}`,
      );
  }
  // A name is matched by its letters and digits (normalizeName): one with none ("...", "—", "?") matches nothing,
  // not even itself on the next import, which would add the person or organisation anew each time.
  for (const c of NAME_CELLS) {
    const v = cell(c);
    const names = c.endsWith('_aliases') ? (v ?? '').split(ALIAS_SEPARATOR).map((a) => a.trim()) : [v ?? ''];
    for (const name of names) {
      const refused = refusedCharacters(name);
      if (refused.length > 0)
        failRow(rec.line, where(c), `${describeValue(name)} holds ${refused.join(', ')}; ${NAME_EXPECTED}`);
      else if (name !== '' && normalizeName(name) === '')
        failRow(
          rec.line,
          where(c),
          `${describeValue(name)} has no letter or digit, so it cannot tell one from another (an import would add it anew each time); give the name, or leave the cell empty`,
        );
    }
  }
  return problems === 0;
}

/** A stint's default id: a hash of what makes it that stint (fact:csv-<12 hex digits>). */
function defaultStintId(parts: string[]): string {
  return `fact:csv-${crypto.createHash('sha1').update(parts.join('|')).digest('hex').slice(0, 12)}`;
}
