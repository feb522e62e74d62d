// Zod schemas of the facts-file format (see docs/data-model.md), built from the data-model tables, with
// messages that say what was expected and what was found. Pure: the seed adds file names and line numbers.
import { z } from 'zod';
import { NODE_DOCS, REL_DOCS, type PropertyDoc } from './data-model.js';
import { PARTIAL_DATE_FORMATS, comparePartialDates, isPartialDate } from './dates.js';
import { describeValue } from './describe-value.js';
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
