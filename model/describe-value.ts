// How a bad value is named in a message (a facts file's, a CSV import's, an API parameter's).

/**
 * Characters that show as nothing or as a plain space: format characters (LRM, ZWSP, a BOM, a soft hyphen, bidi
 * isolates), control characters JSON leaves as they are (DEL, C1 such as U+0085), line and paragraph separators, and
 * spaces other than U+0020 (no-break, thin…).
 */
const UNSEEN = /[\p{Cf}\p{Cc}\p{Zl}\p{Zp}\p{Zs}]/gu;

/** `\u200E`: each UTF-16 unit, as JSON would escape it. */
const escapeUnits = (c: string) =>
  Array.from(
    { length: c.length },
    (_, i) => `\\u${c.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`,
  ).join('');

/**
 * `"abc"`, `a number (3)`, `a list`, `nothing`: how a bad value is named in a message. Text is quoted as JSON writes
 * it, with what would show as nothing written out (`"\u200Eperson_id"`): a header cell with a stray mark must not read
 * as the very name it is refused for.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value).replace(UNSEEN, (c) =>
      c === ' ' ? c : escapeUnits(c),
    );
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value} (${String(value)})`;
}
