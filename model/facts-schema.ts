// Zod schemas of the facts-file format (see docs/data-model.md), built from the data-model tables, with
// messages that say what was expected and what was found. Pure: the seed adds file names and line numbers.
import { z } from 'zod';
import { NODE_DOCS, REL_DOCS, type PropertyDoc } from './data-model.js';
import { PARTIAL_DATE_FORMATS, comparePartialDates, isPartialDate } from './dates.js';
import { FACT_REL_TYPES, NODE_LABELS, type Certainty, type FactRelType, type NodeLabel } from './labels.js';

export const ID_PATTERN = /^(person|org|product|event|source|fact):[a-z0-9][a-z0-9.-]*$/;
export const ID_FORMAT =
  '<prefix>:<slug> with prefix person, org, product, event, source or fact and a slug of a–z, 0–9, dots and dashes';
export const LANGUAGE_PATTERN = /^[a-z]{2}$/;

export type PathSegment = string | number;
/** One problem in a facts file: where (a path into the document) and what (a full sentence). */
export interface FactsIssue {
  path: PathSegment[];
  message: string;
}

export interface NodeInput {
  id: string;
  label: NodeLabel;
  name?: string;
  [property: string]: unknown;
}
export interface SourceInput {
  id: string;
  title: string;
  publisher: string;
  published: string;
  language: string;
  text?: string;
  url?: string;
  [property: string]: unknown;
}
export interface FactInput {
  id: string;
  type: FactRelType;
  from: string;
  to: string;
  certainty: Certainty;
  evidence: string;
  evidenceEn: string;
  sources?: string[];
  [property: string]: unknown;
}
export interface FactsFile {
  source: SourceInput;
  nodes: NodeInput[];
  facts: FactInput[];
}

/** `"abc"`, `a number (3)`, `a list`, `nothing`: how a bad value is named in a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value} (${String(value)})`;
}

const lowerFirst = (t: string) => (/^[A-Z][a-z]/.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t);
const missing = (p: PropertyDoc) => `is required — ${lowerFirst(p.description.replace(/\.$/, ''))}`;
const got = (input: unknown) => `got ${describeValue(input)}`;

function typeError(expected: string, p: PropertyDoc) {
  return (iss: { input?: unknown }) =>
    iss.input === undefined ? missing(p) : `expected ${expected}, ${got(iss.input)}`;
}

const nonEmptyText = (p: PropertyDoc) =>
  z
    .string({ error: typeError('text', p) })
    .refine((s) => s.trim().length > 0, { error: 'expected text, got an empty string' });

const idSchema = (p: PropertyDoc) =>
  z
    .string({ error: typeError('an id', p) })
    .regex(ID_PATTERN, { error: (iss) => `expected an id (${ID_FORMAT}), ${got(iss.input)}` });

/** The zod schema of one documented property, with messages naming what was expected. */
export function propertySchema(p: PropertyDoc): z.ZodType {
  switch (p.type) {
    case 'string':
      return nonEmptyText(p);
    case 'string[]':
      return z.array(nonEmptyText(p), { error: typeError('a list of texts', p) });
    case 'id':
      return idSchema(p);
    case 'id[]':
      return z
        .array(idSchema(p), { error: typeError('a list of ids', p) })
        .min(1, { error: 'expected at least one id, got an empty list' });
    case 'date':
      return z
        .string({ error: typeError(`a date ${PARTIAL_DATE_FORMATS} (quoted in YAML)`, p) })
        .refine(isPartialDate, {
          error: (iss) => `expected a date ${PARTIAL_DATE_FORMATS} that exists, ${got(iss.input)}`,
        });
    case 'number':
      return z.number({ error: typeError('a number', p) }).refine((n) => Number.isFinite(n) && n >= 0, {
        error: (iss) => `expected a number ≥ 0, ${got(iss.input)}`,
      });
    case 'integer':
      return z
        .number({ error: typeError('a whole number', p) })
        .refine((n) => Number.isInteger(n) && n >= 0, {
          error: (iss) => `expected a whole number ≥ 0, ${got(iss.input)}`,
        });
    case 'boolean':
      return z.boolean({ error: typeError('true or false', p) });
    case 'url':
      return z.string({ error: typeError('a URL', p) }).refine((s) => /^https?:\/\/\S+$/.test(s), {
        error: (iss) => `expected an http(s) URL, ${got(iss.input)}`,
      });
    case 'language':
      return z.string({ error: typeError('a language code', p) }).regex(LANGUAGE_PATTERN, {
        error: (iss) => `expected an ISO 639-1 language code such as "ar" or "en", ${got(iss.input)}`,
      });
    case 'enum': {
      const values = p.values ?? [];
      return z
        .string({ error: typeError(`one of ${values.join(', ')}`, p) })
        .refine((v) => values.includes(v), {
          error: (iss) => `expected one of ${values.join(', ')}, ${got(iss.input)}`,
        });
    }
  }
}

/** An object schema from property docs: required ones must be present, optional ones may be null (= absent). */
function objectSchema(
  props: readonly PropertyDoc[],
  fixed: Record<string, z.ZodType> = {},
  overrides: Record<string, boolean> = {},
  what = 'a mapping',
) {
  const shape: Record<string, z.ZodType> = {};
  for (const p of props) {
    if (p.derived) continue;
    const required = overrides[p.name] ?? p.required ?? false;
    const s = propertySchema(p);
    shape[p.name] = required ? s : s.nullish();
  }
  return z.strictObject(
    { ...shape, ...fixed },
    {
      error: (iss) =>
        iss.input === undefined ? `is required — ${what}` : `expected ${what}, ${got(iss.input)}`,
    },
  );
}

const labelLiteral = (label: string) => ({ label: z.literal(label) });
const typeLiteral = (type: string) => ({ type: z.literal(type) });

/** Per-label node schemas. */
export const NODE_SCHEMAS = Object.fromEntries(
  NODE_DOCS.map((d) => [
    d.label,
    objectSchema(
      d.properties.filter((p) => p.name !== 'factIds'),
      labelLiteral(d.label),
    ).superRefine((n, ctx) => checkNode(n, ctx)),
  ]),
) as Record<NodeLabel, z.ZodObject>;

/** Per-type fact schemas (`from`/`to` are node ids). */
export const FACT_SCHEMAS = Object.fromEntries(
  REL_DOCS.filter((d) => !d.derived).map((d) => {
    const endpoint = (side: 'from' | 'to') =>
      idSchema({
        name: side,
        type: 'id',
        description: `the id of the ${side === 'from' ? 'start' : 'end'} node (${(side === 'from' ? d.from : d.to).join(' or ')})`,
      });
    return [
      d.type,
      objectSchema(d.properties, {
        ...typeLiteral(d.type),
        from: endpoint('from'),
        to: endpoint('to'),
      }).superRefine((f, ctx) => checkFact(f, ctx)),
    ];
  }),
) as Record<FactRelType, z.ZodObject>;

const sourceDoc = NODE_DOCS.find((d) => d.label === 'Source')!;
/** The file's own source: a Source node whose title, publication date and language are required. */
export const SOURCE_BLOCK_SCHEMA = objectSchema(
  sourceDoc.properties.filter((p) => p.name !== 'citedBy' && p.name !== 'factIds'),
  {},
  { title: true, published: true, language: true, publisher: true },
  'the source block (id, title, publisher, published, language, text)',
).superRefine((src, ctx) => {
  if (typeof src.id === 'string' && !src.id.startsWith('source:'))
    ctx.addIssue({
      code: 'custom',
      path: ['id'],
      message: `expected an id starting with "source:", got ${describeValue(src.id)}`,
    });
});

function listOf(
  what: string,
  discriminator: 'label' | 'type',
  values: readonly string[],
  schemas: Record<string, z.ZodObject>,
) {
  const union = z.discriminatedUnion(
    discriminator,
    Object.values(schemas) as [z.ZodObject, ...z.ZodObject[]],
    {
      error: (iss) => {
        const input = iss.input as Record<string, unknown> | undefined;
        if (input === undefined || input === null || typeof input !== 'object' || Array.isArray(input))
          return `expected a mapping (one ${what}), ${got(input)}`;
        const v = input[discriminator];
        return v === undefined
          ? `is required — one of ${values.join(', ')}`
          : `expected one of ${values.join(', ')}, ${got(v)}`;
      },
    },
  );
  return z.array(union, { error: typeTextFor(`a list of ${what}s`) });
}

function typeTextFor(expected: string) {
  return (iss: { input?: unknown }) => `expected ${expected}, ${got(iss.input)}`;
}

export const FACTS_FILE_SCHEMA = z.strictObject({
  source: SOURCE_BLOCK_SCHEMA,
  nodes: listOf('node', 'label', NODE_LABELS, NODE_SCHEMAS).nullish(),
  facts: listOf('fact', 'type', FACT_REL_TYPES, FACT_SCHEMAS).nullish(),
});

const PREFIX_BY_LABEL = Object.fromEntries(NODE_DOCS.map((d) => [d.label, d.idPrefix])) as Record<
  NodeLabel,
  string
>;

// Cross-field rules of one node or fact; they run once the item's fields are individually valid.
function checkNode(n: Record<string, unknown>, ctx: z.RefinementCtx) {
  const path: PathSegment[] = [];
  const label = n.label as NodeLabel;
  const prefix = PREFIX_BY_LABEL[label];
  if (typeof n.id === 'string' && !n.id.startsWith(`${prefix}:`))
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'id'],
      message: `expected an id starting with "${prefix}:" for a ${label}, got ${describeValue(n.id)}`,
    });
  if (label === 'Event' && n.name == null && n.summary == null)
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'summary'],
      message: 'is required — an Event needs a summary (or a name)',
    });
  if (
    label === 'Event' &&
    typeof n.since === 'string' &&
    typeof n.date === 'string' &&
    isPartialDate(n.since) &&
    isPartialDate(n.date) &&
    comparePartialDates(n.since, n.date) > 0
  )
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'since'],
      message: `expected since (${n.since}) to be at or before date (${n.date})`,
    });
}

function checkFact(f: Record<string, unknown>, ctx: z.RefinementCtx) {
  const path: PathSegment[] = [];
  if (typeof f.id === 'string' && !f.id.startsWith('fact:'))
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'id'],
      message: `expected an id starting with "fact:", got ${describeValue(f.id)}`,
    });
  if (f.type !== 'WORKED_AT') return;
  const { start, end, left } = f;
  if (
    typeof start === 'string' &&
    typeof end === 'string' &&
    isPartialDate(start) &&
    isPartialDate(end) &&
    comparePartialDates(start, end) > 0
  )
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'end'],
      message: `expected end (${end}) to be at or after start (${start})`,
    });
  if (left === false && end != null)
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'left'],
      message: 'expected left to be true (or absent) when end is set',
    });
}

/** The fields a facts-file mapping at `path` accepts, for "unknown field" messages. */
export function allowedFields(path: PathSegment[], raw: unknown): string[] {
  const at = path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<PathSegment, unknown>)[k] : undefined),
    raw,
  ) as Record<string, unknown> | undefined;
  if (path.length === 0) return ['source', 'nodes', 'facts'];
  if (path.length === 1 && path[0] === 'source') return Object.keys(SOURCE_BLOCK_SCHEMA.shape);
  if (path.length === 2 && path[0] === 'nodes') {
    const s = NODE_SCHEMAS[at?.label as NodeLabel];
    return s ? Object.keys(s.shape) : [];
  }
  if (path.length === 2 && path[0] === 'facts') {
    const s = FACT_SCHEMAS[at?.type as FactRelType];
    return s ? Object.keys(s.shape) : [];
  }
  return [];
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j]!;
      d[j] = Math.min(
        d[j]! + 1,
        d[j - 1]! + 1,
        prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1),
      );
      prev = cur;
    }
  }
  return d[b.length]!;
}

function unknownFieldMessage(key: string, allowed: string[]): string {
  const best = allowed.map((a) => [a, editDistance(key, a)] as const).sort((x, y) => x[1] - y[1])[0];
  const hint =
    best && best[1] <= Math.max(2, Math.floor(key.length / 3)) ? ` — did you mean "${best[0]}"?` : '';
  return `unknown field${hint} (expected one of ${allowed.join(', ')})`;
}

/** Validates a parsed facts file; every problem is reported, each with its path. */
export type ParseResult =
  | { ok: true; file: FactsFile }
  /** `partial` holds the items that are valid on their own, so checks across files can still run on them. */
  | { ok: false; issues: FactsIssue[]; partial: PartialFactsFile };

/** The valid parts of an invalid file, plus the ids its invalid nodes declare (so facts citing them are not
 * also reported as dangling). */
export interface PartialFactsFile {
  source?: SourceInput;
  nodes: NodeInput[];
  facts: FactInput[];
  invalidNodeIds: string[];
  /** Each kept node's and fact's index in the file (paths in messages use these). */
  nodeIndexes?: number[];
  factIndexes?: number[];
}

export function parseFactsFile(raw: unknown): ParseResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      issues: [{ path: [], message: `expected a mapping with source, nodes and facts, ${got(raw)}` }],
      partial: { nodes: [], facts: [], invalidNodeIds: [] },
    };
  }
  const result = FACTS_FILE_SCHEMA.safeParse(raw, { reportInput: true });
  if (result.success) {
    const data = result.data as unknown as {
      source: SourceInput;
      nodes?: NodeInput[] | null;
      facts?: FactInput[] | null;
    };
    return {
      ok: true,
      file: {
        source: stripNulls(data.source),
        nodes: (data.nodes ?? []).map(stripNulls),
        facts: (data.facts ?? []).map(stripNulls),
      },
    };
  }
  const issues: FactsIssue[] = [];
  for (const iss of result.error.issues) {
    if (iss.code === 'unrecognized_keys') {
      const allowed = allowedFields(iss.path as PathSegment[], raw);
      for (const key of iss.keys)
        issues.push({
          path: [...(iss.path as PathSegment[]), key],
          message: unknownFieldMessage(key, allowed),
        });
    } else {
      issues.push({ path: iss.path as PathSegment[], message: iss.message });
    }
  }
  return { ok: false, issues, partial: validParts(raw as Record<string, unknown>, issues) };
}

function validParts(raw: Record<string, unknown>, issues: FactsIssue[]): PartialFactsFile {
  const bad = new Set(
    issues.map((i) => (i.path.length >= 2 ? `${i.path[0]}:${i.path[1]}` : String(i.path[0] ?? ''))),
  );
  const indexes = (key: 'nodes' | 'facts'): number[] =>
    bad.has(key) || !Array.isArray(raw[key])
      ? []
      : (raw[key] as unknown[]).map((_, i) => i).filter((i) => !bad.has(`${key}:${i}`));
  const items = <T extends object>(key: 'nodes' | 'facts'): T[] =>
    indexes(key).map((i) => stripNulls((raw[key] as T[])[i]!));
  const sourceOk =
    !bad.has('source') &&
    ![...bad].some((k) => k.startsWith('source:')) &&
    raw.source &&
    typeof raw.source === 'object';
  return {
    source: sourceOk ? stripNulls(raw.source as SourceInput) : undefined,
    nodes: items<NodeInput>('nodes'),
    facts: items<FactInput>('facts'),
    nodeIndexes: indexes('nodes'),
    factIndexes: indexes('facts'),
    invalidNodeIds: [
      ...(Array.isArray(raw.nodes)
        ? (raw.nodes as unknown[]).filter((_, i) => bad.has(`nodes:${i}`) || bad.has('nodes'))
        : []),
      ...(sourceOk ? [] : [raw.source]),
    ]
      .map((n) => (n && typeof n === 'object' ? (n as Record<string, unknown>).id : undefined))
      .filter((id): id is string => typeof id === 'string'),
  };
}

/** Optional fields written as `null` are absent. */
function stripNulls<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/** `facts[3].evidence` */
export function formatPath(path: PathSegment[]): string {
  return (
    path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '') ||
    '(document)'
  );
}
