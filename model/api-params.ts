// The building blocks of the API's request parameters (model/api.ts, model/flows-api.ts): ids, dates, query-string
// lists, integers and flags, each refusing a bad value with what it expected.
import { z } from 'zod';
import { comparePartialDates, isPartialDate, PARTIAL_DATE_FORMATS } from './dates.js';
import { describeValue } from './describe-value.js';
import { NODE_LABELS, REL_TYPES } from './labels.js';
import { splitNameList } from './name-list.js';

export const MAX_ID_LENGTH = 512;

/** A stable application id such as `person:elon-musk`, or a `neo4j:<elementId>` fallback id. */
export const NodeIdSchema = z
  .string()
  .min(1, 'expected a non-empty node id')
  .max(MAX_ID_LENGTH, `expected a node id of at most ${MAX_ID_LENGTH} characters`)
  .meta({
    description:
      'A stable node id such as person:elon-musk (or neo4j:<elementId> for nodes without an id property).',
    example: 'person:elon-musk',
  });

export const PartialDateSchema = z
  .string()
  .refine(isPartialDate, { message: `expected a date as ${PARTIAL_DATE_FORMATS}` })
  .meta({ description: `A date at the precision known: ${PARTIAL_DATE_FORMATS}.`, example: '2025-06' });

/**
 * A window's ends are in order when they are at their common precision (model/dates.ts): 2025-06 to 2025 is June to
 * the end of 2025, 2025-12 to 2025-02 is reversed. An end left out is open.
 */
export function windowInOrder(start: string | undefined, end: string | undefined): boolean {
  return !start || !end || comparePartialDates(start, end) <= 0;
}

/**
 * A query-string list: `a,b`, or the parameter repeated; empty items are dropped. An item holding a comma (an
 * imported `org:Acme, Inc.`) is written in backticks as a name list writes it (model/name-list.ts, nameListText):
 * a list without backticks reads as it always did.
 */
const LIST_MAX = REL_TYPES.length + NODE_LABELS.length;
export function listParam<T extends z.ZodType>(item: T, max = LIST_MAX, what?: string) {
  // Left out, a list a route needs says what it takes: "required, a comma-separated list of source ids".
  const required = (iss: { input?: unknown }) =>
    what && iss.input === undefined ? `required, a comma-separated list of ${what}` : undefined;
  return z.preprocess(splitList, z.array(item, { error: required }).max(max));
}

export function splitList(v: unknown): unknown {
  if (v === undefined) return undefined;
  return (Array.isArray(v) ? v : [v]).flatMap((s) => {
    if (typeof s !== 'string') return [s];
    const split = splitNameList(s);
    // An unclosed backtick: the text as one item, which the item's schema then judges.
    return 'error' in split ? [s] : split.names;
  });
}

/** Labels or relationship types named in a request (any graph's): checked against the live database by the server. */
export const MAX_NAME_LIST = 100;
const NameSchema = z.string().max(MAX_ID_LENGTH, `expected a name of at most ${MAX_ID_LENGTH} characters`);

/**
 * A list of labels or relationship types (model/name-list.ts): comma-separated, a name holding a comma, a backtick
 * or spaces at its ends in backticks as Cypher writes it; a repeated parameter adds its names.
 */
export function nameListParam() {
  return z.preprocess((v, ctx) => {
    if (v === undefined) return undefined;
    const names: unknown[] = [];
    for (const part of Array.isArray(v) ? v : [v]) {
      if (typeof part !== 'string') {
        names.push(part);
        continue;
      }
      const split = splitNameList(part);
      if ('error' in split) ctx.addIssue({ code: 'custom', message: split.error, input: part });
      else names.push(...split.names);
    }
    return names;
  }, z.array(NameSchema).max(MAX_NAME_LIST));
}

/**
 * A whole number in a query string: digits, with an optional sign (a negative one is refused as out of range). What
 * Number() would also read — an empty value as 0, `0x10` as 16, `1e1` as 10, spaces — is refused, quoting it; digits
 * too many for a safe integer are out of range, said so. The JSON schema keeps saying integer with its range (a
 * preprocess is not a transform there).
 */
function wholeNumber(min: number, max: number) {
  return z.preprocess(
    (v, ctx) => {
      if (typeof v !== 'string') return v;
      if (/^[-+]?\d+$/.test(v)) {
        const n = Number(v) + 0; // + 0: '-0' is 0
        // Past a safe integer .int() would say "not a whole number": it is one, too large (or small) for the range.
        return Number.isSafeInteger(n) ? n : n > 0 ? max + 1 : min - 1;
      }
      ctx.addIssue({ code: 'custom', message: `expected a whole number, got ${describeValue(v)}`, input: v });
      return v;
    },
    z
      .number({ error: 'expected a whole number' })
      .int('expected a whole number')
      .min(min, `expected a whole number of at least ${min}`)
      .max(max, `expected a whole number of at most ${max}`),
  );
}

export function intParam(min: number, max: number, dflt: number) {
  return wholeNumber(min, max).default(dflt);
}

/** A true/false query parameter, false when left out. */
export function flagParam(description: string) {
  return z
    .enum(['true', 'false'], { error: 'expected true or false' })
    .default('false')
    .transform((v) => v === 'true')
    .meta({ description });
}

/** An integer parameter whose default depends on other parameters (resolved by the service). */
export function optionalIntParam(min: number, max: number) {
  return wholeNumber(min, max).optional();
}

export const DirectionSchema = z.enum(['in', 'out', 'both']);
export type Direction = z.infer<typeof DirectionSchema>;
