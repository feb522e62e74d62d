// Cypher expressions that compare partial ISO dates (model/dates.ts) at their common precision, as the database
// holds them (strings of 4, 7 or 10 characters): '2025' is neither before nor after '2025-03'. One place for the
// seed's and the server's queries.

/** Cypher: the common precision of partial dates `a` and `b` (the shorter length). */
function common(a: string, b: string): string {
  return `CASE WHEN size(${a}) < size(${b}) THEN size(${a}) ELSE size(${b}) END`;
}

/** Cypher: partial date `a` ≤ `b` at their common precision. */
export function notAfterCypher(a: string, b: string): string {
  const n = common(a, b);
  return `left(${a}, ${n}) <= left(${b}, ${n})`;
}

/** Cypher: partial date `a` < `b` at their common precision. */
export function beforeCypher(a: string, b: string): string {
  const n = common(a, b);
  return `left(${a}, ${n}) < left(${b}, ${n})`;
}

/**
 * Cypher: partial date `d` ends a span later than `m`: after it at their common precision, or the coarser of two
 * equal there ('2024' may be later than '2024-03'). (A span's start needs no such rule: plain string order already
 * puts '2024' before '2024-03'.)
 */
export function endsLaterCypher(d: string, m: string): string {
  return `(NOT ${notAfterCypher(d, m)} OR (${notAfterCypher(m, d)} AND size(${d}) < size(${m})))`;
}
