// Label and relationship type names in a link (its hidden labels and types, a path's fact types): how they are
// percent-encoded and read back, apart from the rest of the link because both writing and reading need them.

/** The longest label or relationship type name a link carries (Neo4j allows longer; none that long is seen). */
const MAX_NAME_LENGTH = 500;

/**
 * Label and relationship type names in a link: each percent-encoded and space-separated, so a foreign graph's names
 * travel whole — with spaces ("Comic Character"), in any script, or like LLM Graph Builder's __Entity__. Names of
 * letters, digits and _ read the same as before, so older links open as they did.
 */
export function encodeNames(names: readonly string[]): string {
  // A name that is only "-" is written %2D: a lone "-" says "none" (an empty list of path types). The empty name —
  // the kind nodes without a label are filed under (client/graph/vocabulary.ts NO_LABEL) — is written %00, a
  // character no label or type name holds: written as it is, it would vanish between the spaces.
  return names.map((n) => (n === '-' ? '%2D' : n === '' ? EMPTY_NAME : encodeURIComponent(n))).join(' ');
}

/** How a link writes the empty name (nodes without a label). */
const EMPTY_NAME = '%00';

/** The names of encodeNames, each once; null when one cannot be read. */
export function decodeNames(text: string): string[] | null {
  const out: string[] = [];
  for (const part of text.split(' ').filter(Boolean)) {
    let name: string;
    try {
      name = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (name === '\u0000') {
      out.push('');
      continue;
    }
    if (!name || name.length > MAX_NAME_LENGTH) return null;
    out.push(name);
  }
  return [...new Set(out)];
}
