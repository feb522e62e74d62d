// fast-check arbitraries of hostile input for the API's parameters and bodies: Arabic and RTL text, zero-width
// and bidi marks, control characters and NUL, Lucene and Cypher metacharacters, huge and odd numbers, deep JSON.
import fc from 'fast-check';
import { NODE_LABELS, REL_TYPES } from '../../../model/labels.js';

/** Pieces a hostile string is built from; each one has broken a search box or a query builder somewhere. */
export const HOSTILE_PIECES = [
  // Arabic, with tashkeel, tatweel, hamza forms, Arabic-Indic digits and punctuation
  'ماسك',
  'إيلون ماسك',
  'مُحَمَّد',
  'ـــــ',
  'أإآ ىة',
  '١٢٣٤',
  '؟،؛',
  // bidi controls, zero-width and other invisible marks
  '\u200F',
  '\u200E',
  '\u202E',
  '\u202D',
  '\u2066',
  '\u2067',
  '\u2069',
  '\u200B',
  '\u200C',
  '\u200D',
  '\uFEFF',
  '\u00AD',
  '\u061C',
  // control characters and NUL
  '\u0000',
  '\u0001',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\u001B[31m',
  '\u007F',
  '\u0085',
  '\u2028',
  '\u2029',
  // Lucene syntax
  '+',
  '-',
  '&&',
  '||',
  '!',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '^',
  '"',
  '~',
  '*',
  '?',
  ':',
  '\\',
  '/',
  'AND',
  'OR',
  'NOT',
  'TO',
  'name:*',
  'a~0.5',
  '"unterminated',
  '*:*',
  '/.*/',
  '[a TO z]',
  'id:person\\:elon-musk',
  // Cypher and injection attempts
  "'",
  '"',
  '`',
  "' OR 1=1 //",
  "'}) DETACH DELETE n //",
  '`) MATCH (n) DETACH DELETE n //',
  '$id',
  '${id}',
  '\\u0027',
  'CALL db.labels()',
  'RETURN 1;',
  "LOAD CSV FROM 'file:///etc/passwd' AS l",
  // ids, paths and URLs
  'person:elon-musk',
  'org:meta',
  'neo4j:4:abc:1',
  'neo4j:',
  '../../../etc/passwd',
  '..%2f..%2f',
  'file:///etc/passwd',
  'http://127.0.0.1:1/',
  // numbers that are not what they seem
  '1e309',
  '-1e309',
  '9007199254740993',
  '-0',
  'NaN',
  'Infinity',
  '0x1F',
  '1_000',
  '٣',
  '1.5',
  ' 7 ',
  '+5',
  '99999999999999999999999',
  // surrogates and emoji
  '\uD83D\uDE00',
  '\uD83D',
  '\uDE00',
  '👩🏽‍💻',
  '𝔘𝔫𝔦',
  // HTML
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
];

export const pieceArb = fc.constantFrom(...HOSTILE_PIECES);

/** Hostile text: hostile pieces mixed with arbitrary Unicode (lone surrogates included), up to a few hundred characters. */
export const hostileText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: pieceArb },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    ),
    {
      minLength: 0,
      maxLength: 10,
    },
  )
  .map((parts) => parts.join(''));

/** Text that is sometimes valid (a known label, id, number) and mostly not. */
export function maybeValid(valid: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...valid) }, { weight: 3, arbitrary: hostileText });
}

/** Comma lists mixing whitelisted words with hostile ones. */
export const labelList = fc.array(maybeValid(NODE_LABELS), { maxLength: 4 }).map((l) => l.join(','));
export const relTypeList = fc.array(maybeValid(REL_TYPES), { maxLength: 4 }).map((l) => l.join(','));
export const certaintyList = fc
  .array(maybeValid(['stated', 'implied']), { maxLength: 3 })
  .map((l) => l.join(','));
export const numberLike = maybeValid(['1', '5', '20', '100', '0', '-1', '1000000']);
export const dateLike = maybeValid([
  '2025',
  '2025-08',
  '2025-08-29',
  '2019-3',
  '2025-02-30',
  '0000',
  '9999-12-31',
]);
export const nodeIdLike = maybeValid([
  'person:elon-musk',
  'org:meta',
  'org:xai',
  'person:mark-zuckerberg',
  'event:nothing',
]);

/** JSON values nested up to `depth` levels, with hostile strings and extreme numbers. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    fc.constantFrom(
      0,
      -0,
      1,
      -1,
      2 ** 53,
      2 ** 53 + 2,
      -(2 ** 63),
      1e308,
      -1e308,
      5e-324,
      0.1,
      Number.MAX_SAFE_INTEGER,
    ),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileText, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** A string of `depth` nested arrays or objects: deeper than any parser recursion should go. */
export function deepJson(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? '['.repeat(depth) + ']'.repeat(depth)
    : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** Lone surrogates, which no URL can carry, become U+FFFD (as a browser would send them). */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Query-string builder that keeps hostile values intact (percent-encoded UTF-8). */
export function queryString(params: Record<string, string | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encodeURIComponent(wellFormed(k))}=${encodeURIComponent(wellFormed(v!))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Percent-encodes a path segment. */
export function segment(text: string): string {
  return encodeURIComponent(wellFormed(text));
}

/** Raw request targets no encoder would produce: broken percent escapes, encoded NUL, invalid UTF-8, dot segments. */
export const RAW_TARGETS = [
  '/api/nodes/%FF',
  '/api/nodes/%ZZ',
  '/api/nodes/%',
  '/api/nodes/%00',
  '/api/nodes/%ED%A0%80',
  '/api/nodes/..%2F..%2Fetc%2Fpasswd',
  '/api/nodes/%2e%2e/%2e%2e/schema',
  '/api/nodes/a%2Fb/neighbors',
  '/api/people/%C0%AF/career',
  '/api/search?q=%FF%FE',
  '/api/search?q=%',
  '/api/search?q=%E0%A4%A',
  '/api/search?q=a&q=b',
  '/api/search?q[$ne]=x',
  '/api/search?q=musk&limit=1&limit=2',
  '/api/search?__proto__[x]=1&q=musk',
  '/api/search?constructor=1&q=musk',
  '/api/paths?from=person:elon-musk&to=org:meta&maxLength=1e1',
  '/api/flows?since=2025-13&until=2025-00',
  '/api/timeline?from=%00&to=%00',
  '/api/schema?%00=%00',
  '/api//nodes//person:elon-musk',
  '/api/nodes/' + 'a'.repeat(5000),
  '/api/search?q=' + encodeURIComponent('ماسك'.repeat(300)),
];
