// GET /api/search: builds the Lucene query from what the user typed and says which name or alias matched.
import type { SearchQuery } from '../../model/api.js';
import type { GraphNode, JsonValue } from '../../model/graph.js';
import { normalizeName } from '../../model/normalize.js';
import type { SearchRepository } from '../repositories/search-repository.js';
import { buildLuceneQuery, FUZZY_MIN_LENGTH, searchTerms } from './lucene-query.js';

export interface SearchResult {
  id: string;
  labels: string[];
  name: string | null;
  nameAr: string | null;
  kind: string | null;
  /** The name or alias that matched what was typed, as stored. */
  matched: string | null;
  score: number;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]!);
    }
    if (rowMin > max) return false;
    prev = cur;
  }
  return prev[b.length]! <= max;
}

/** How well one stored name matches the terms: exact words 3, prefixes 2, one typo 1 (per term). */
function nameScore(name: string, terms: string[]): number {
  const words = normalizeName(name).split(' ').filter(Boolean);
  let score = 0;
  for (const t of terms) {
    let best = 0;
    for (const w of words) {
      if (w === t) best = 3;
      else if (w.startsWith(t)) best = Math.max(best, 2);
      else if (
        t.length >= FUZZY_MIN_LENGTH &&
        (withinEdits(t, w, 1) || withinEdits(t, w.slice(0, t.length), 1))
      )
        best = Math.max(best, 1);
    }
    score += best;
  }
  return score;
}

function str(v: JsonValue | undefined): string | null {
  return typeof v === 'string' ? v : null;
}

/** The stored name or alias that best matches the terms (first of equals, in name, nameAr, aliases order). */
export function matchedName(node: GraphNode, terms: string[]): string | null {
  const p = node.properties;
  const aliases = Array.isArray(p.aliases) ? p.aliases.filter((a): a is string => typeof a === 'string') : [];
  const candidates = [str(p.name), str(p.nameAr), ...aliases, str(p.title), str(p.titleEn)].filter(
    (c): c is string => Boolean(c),
  );
  let best: string | null = null;
  let bestScore = 0;
  for (const c of candidates) {
    const s = nameScore(c, terms);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/** Candidates fetched per result wanted, so the re-ranking below can lift whole-name matches. */
export const SEARCH_OVERFETCH = 3;

/**
 * How a node's names relate to the whole query: 2 when a name or alias is exactly the query, 1 when one starts
 * with it (typing as you go), else 0. Lucene's BM25 alone ranks "Meta abandons Behemoth" above "Meta".
 */
export function wholeNameRank(node: GraphNode, terms: string[]): number {
  const q = terms.join(' ');
  const p = node.properties;
  const aliases = Array.isArray(p.aliases) ? p.aliases : [];
  let rank = 0;
  for (const c of [p.name, p.nameAr, ...aliases, p.title, p.titleEn]) {
    if (typeof c !== 'string') continue;
    const n = normalizeName(c);
    if (n === q) return 2;
    if (n.startsWith(q)) rank = 1;
  }
  return rank;
}

export function createSearchService(repo: SearchRepository) {
  return {
    async search(q: SearchQuery): Promise<{ query: string; results: SearchResult[] }> {
      const lucene = buildLuceneQuery(q.q);
      if (!lucene) return { query: '', results: [] };
      const terms = searchTerms(q.q);
      const labels = q.labels && q.labels.length > 0 ? q.labels : undefined;
      let found = await repo.search(lucene, labels, q.limit * SEARCH_OVERFETCH);
      // Nothing by name or prefix: a typo, or a node without searchText — the slower fuzzy query over every field.
      if (found.length === 0) {
        found = await repo.search(
          buildLuceneQuery(q.q, { fuzzy: true })!,
          labels,
          q.limit * SEARCH_OVERFETCH,
        );
      }
      const hits = found
        .map((h, i) => ({ ...h, i, rank: wholeNameRank(h.node, terms) }))
        .sort((a, b) => b.rank - a.rank || a.i - b.i)
        .slice(0, q.limit);
      return {
        query: terms.join(' '),
        results: hits.map(({ node, score }) => ({
          id: node.id,
          labels: node.labels,
          name: str(node.properties.name) ?? str(node.properties.title),
          nameAr: str(node.properties.nameAr),
          kind: str(node.properties.kind),
          matched: matchedName(node, terms),
          score,
        })),
      };
    },
  };
}
export type SearchService = ReturnType<typeof createSearchService>;
