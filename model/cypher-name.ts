// A name (label or relationship type) as Cypher text: any graph's names reach queries — a foreign database's
// `works with`, a type holding a backtick — and the server's queries and the client's "Show Cypher" write them
// alike, so both read the same types.

/** A label or relationship type as a Cypher name: backtick-quoted, backticks doubled. */
export function quoteName(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}
