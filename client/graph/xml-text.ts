// Text for XML files (GraphML, GEXF): what XML 1.0 can carry, and escaped for an attribute or an element. A character
// XML 1.0 cannot hold is written as visible \uXXXX text, and the file says which values were so altered: dropping it
// silently made "a\u0000b" read "ab" there while CSV and JSON keep it.

/** What XML 1.0 cannot carry at all: control characters but tab, newline and return, U+FFFE, U+FFFF, lone surrogates. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/**
 * What xmlText writes otherwise: a character XML cannot carry, or a backslash that begins "u" and four hex digits —
 * the data's own text "\u0000" would read as an escape, and an id so written was one node with a NUL's.
 */
const ESCAPED = new RegExp(`${NOT_XML.source}|\\\\(?=u[0-9A-Fa-f]{4})`, 'gu');

/**
 * The text with each character XML 1.0 cannot carry written as \uXXXX (its UTF-16 code in hex), and a backslash that
 * would begin such an escape written \u005C, so every \uXXXX in the result is an escape and no two texts are written
 * alike. Any other backslash (a path, a pattern) is kept.
 */
export function xmlText(s: string): string {
  return s.replace(ESCAPED, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Text for an XML attribute or element: xmlText, then its markup escaped. */
export function xmlEscape(s: string): string {
  return markupEscape(xmlText(s));
}

/**
 * Markup escaped only, for text xmlText (XmlAlterations.text) already wrote: xmlText is not idempotent (the
 * backslash of the \uXXXX it writes would be escaped again).
 */
export function markupEscape(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Whether xmlText changes the text. */
function altered(s: string): boolean {
  ESCAPED.lastIndex = 0;
  return ESCAPED.test(s);
}

/** The places of one file whose values xmlText altered, and the comment that names them. */
export class XmlAlterations {
  private readonly places = new Set<string>();

  /**
   * `s` as xmlText writes it, noting `kind` `id`'s `what` when altered: a node's or edge's property, "id", "labels",
   * or a key's (a property's) name.
   */
  text(s: string, kind: 'node' | 'edge' | 'key', id: string, what: string): string {
    if (altered(s)) this.places.add(`${kind} ${JSON.stringify(xmlText(id))} ${xmlText(what)}`);
    return xmlText(s);
  }

  /** An XML comment naming the altered values and how, or '' when none was: a reader must not take them as data. */
  comment(): string {
    const n = this.places.size;
    if (!n) return '';
    const shown = [...this.places].slice(0, MAX_PLACES);
    const more = n > shown.length ? `; and ${n - shown.length} more` : '';
    const text =
      `Talent Graph: ${n} ${n === 1 ? 'value holds' : 'values hold'} characters XML 1.0 cannot hold (NUL, other ` +
      'control characters, U+FFFE, U+FFFF, lone surrogates) or a backslash before "u" and four hex digits. Each ' +
      'such character is written as the text \\uXXXX (its UTF-16 code in hex; such a backslash \\u005C, so every ' +
      '\\uXXXX in the file is one), so these values differ from the database’s; the CSV and JSON exports keep them ' +
      `as they are: ${shown.join('; ')}${more}.`;
    // A comment cannot hold "--": a hyphen before another is written \u002D, as above.
    return `<!-- ${text.replace(/-(?=-)/g, '\\u002D')} -->`;
  }
}

/** The altered values a comment names; the rest are counted. */
const MAX_PLACES = 50;

/** The file with `comment` after its XML declaration (nothing when it is ''). */
export function withComment(xml: string, comment: string): string {
  if (!comment) return xml;
  if (!xml.startsWith('<?xml')) return `${comment}\n${xml}`;
  const end = xml.indexOf('?>') + 2;
  return `${xml.slice(0, end)}\n${comment}${xml.slice(end)}`;
}
