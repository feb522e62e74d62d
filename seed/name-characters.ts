// Characters a person's or organisation's name may not hold: control characters (C0 and C1, line breaks among them)
// and the bidi embeddings, overrides and isolates, which an unbalanced one leaves reordering whatever text is shown
// after the name (a label, a list, the rest of a line). Marks Arabic text needs stay accepted: ZWNJ (U+200C) and
// ZWJ (U+200D) shape letters, and LRM, RLM and the Arabic letter mark (U+061C) are single strong characters that
// open no scope, so they cannot be left unbalanced — Unicode recommends ALM for Arabic text next to numbers.
import { describeValue } from '../model/describe-value.js';
import type { PathSegment } from '../model/facts-schema.js';

/** Every refused character: C0/DEL/C1 controls, line and paragraph separators, bidi embeddings/overrides/isolates. */
const REFUSED = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** What a name may hold, as an error message says it. */
export const NAME_EXPECTED =
  'expected a name on one line without control characters or bidi embeddings, overrides and isolates (an unbalanced one reorders the text shown after the name); remove them';

/** `U+000A (line feed)`: a refused character as a message names it. */
function nameOf(c: string): string {
  const cp = c.codePointAt(0)!;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const what =
    cp === 0x0a
      ? 'line feed'
      : cp === 0x0d
        ? 'carriage return'
        : cp === 0x09
          ? 'tab'
          : cp === 0x85 || cp === 0x2028 || cp === 0x2029
            ? 'line break'
            : cp >= 0x202a && cp <= 0x202e
              ? 'bidi embedding or override'
              : cp >= 0x2066 && cp <= 0x2069
                ? 'bidi isolate'
                : 'control character';
  return `${code} (${what})`;
}

/**
 * The refused characters in a name, each once with where it first is (`U+000A (line feed) at character 6`), in
 * order; empty when there is none.
 */
export function refusedCharacters(name: string): string[] {
  const seen = new Map<string, number>();
  let position = 0;
  for (const c of name) {
    position += 1;
    if (REFUSED.test(c) && !seen.has(c)) seen.set(c, position);
  }
  return [...seen].map(([c, at]) => `${nameOf(c)} at character ${at}`);
}

/**
 * Where a facts file's node (or source block) holds a refused character in its `name`, `nameAr` or an alias, and what: the same check
 * as a CSV import's (a facts file is seeded into the same graph and shown on the same labels). `at` is the path below
 * the node (`['aliases', 1]`); the message names the value and each refused character, as the import's does.
 */
export function refusedNameParts(entry: object): { at: PathSegment[]; message: string }[] {
  // A source block's type declares no name, though a file may give one (seeded as the Source's name).
  const node = entry as { name?: unknown; nameAr?: unknown; aliases?: unknown };
  const out: { at: PathSegment[]; message: string }[] = [];
  const check = (value: unknown, at: PathSegment[]) => {
    if (typeof value !== 'string') return;
    const refused = refusedCharacters(value);
    if (refused.length > 0)
      out.push({ at, message: `${describeValue(value)} holds ${refused.join(', ')}; ${NAME_EXPECTED}` });
  };
  check(node.name, ['name']);
  check(node.nameAr, ['nameAr']);
  if (Array.isArray(node.aliases)) node.aliases.forEach((a, j) => check(a, ['aliases', j]));
  return out;
}
