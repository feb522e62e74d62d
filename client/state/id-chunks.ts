// Long lists of ids sent in a URL (GET …?people=a,b,…): cut into parts an endpoint accepts — at most its count, and
// at most a length of URL — so a request never meets the server's cap on a request's headers (Node's 16 KB, URL
// included) however long a user's imported ids run.

/** Characters of URL one list of ids may take in one request: two lists stay well under a 16 KB header cap. */
export const DEFAULT_ID_LIST_URL_BUDGET = 5_000;

/**
 * The length an id takes in a URL's comma-separated list, encoded as a query string is (URLSearchParams), with its
 * encoded comma and the backticks that quote an id holding a comma (model/name-list.ts).
 */
const urlLength = (id: string) => new URLSearchParams({ x: `\`${id}\`` }).toString().length + 1;

/** `ids` in order, in parts of at most `max` ids and `budget` characters of URL (one id, however long, a part). */
export function chunkIds(
  ids: readonly string[],
  max: number,
  budget = DEFAULT_ID_LIST_URL_BUDGET,
): string[][] {
  const parts: string[][] = [];
  let part: string[] = [];
  let used = 0;
  for (const id of ids) {
    const length = urlLength(id);
    if (part.length > 0 && (part.length >= max || used + length > budget)) {
      parts.push(part);
      part = [];
      used = 0;
    }
    part.push(id);
    used += length;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/**
 * The requests of two lists sent side by side (a flow's people and reports): part i of each in request i, an empty
 * list once a list ran out; a list not given (undefined: the endpoint's default) in the first request only, and an
 * empty list in the others. One request at least.
 */
export function pairedIdParts(
  a: readonly string[] | undefined,
  maxA: number,
  b: readonly string[] | undefined,
  maxB: number,
): { a: string[] | undefined; b: string[] | undefined }[] {
  const partsA = a && chunkIds(a, maxA);
  const partsB = b && chunkIds(b, maxB);
  const count = Math.max(1, partsA?.length ?? 0, partsB?.length ?? 0);
  const nth = (list: readonly string[] | undefined, parts: string[][] | undefined, i: number) =>
    list ? (parts![i] ?? []) : i === 0 ? undefined : [];
  return Array.from({ length: count }, (_, i) => ({ a: nth(a, partsA, i), b: nth(b, partsB, i) }));
}
