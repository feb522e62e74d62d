// GET /api/search on any database, read-only: our entity_search index where it exists; else any node full-text
// index the database already has; else a bounded scan of the display names (model/display-names.ts). Builds the
// Lucene query from what the user typed, re-ranks whole-name matches first and says which name matched.
import { distance } from 'fastest-levenshtein';
import type { SearchQuery } from '../../model/api.js';
import type { SearchResponse } from '../../model/api-responses.js';
import { displayNameOf, nameText, namesOf, searchableNames } from '../../model/display-names.js';
import type { GraphNode } from '../../model/graph.js';
import { normalizeName } from '../../model/normalize.js';
import type { SearchHit, SearchRepository } from '../repositories/search-repository.js';
import { SEARCH_INDEX } from '../queries/search.js';
import type { CatalogueService } from './catalogue-service.js';
import { buildLuceneQuery, FUZZY_MIN_LENGTH, searchTerms } from './lucene-query.js';

/** Nodes a search without any full-text index looks at, at most (their display names only). */
export const DEFAULT_SEARCH_SCAN_LIMIT = 20_000;

/** How long the list of full-text indexes is reused (one round trip saved per keystroke). */
export const DEFAULT_INDEX_LIST_CACHE_MS = 5_000;

/** Distinct names whose normalised key a search service keeps; beyond it the memo starts afresh. */
export const DEFAULT_NAME_KEY_CACHE_SIZE = 50_000;

/** Folds a name to its search key (model/normalize.ts normalizeName), memoised or not. */
export type NameKeyOf = (name: string) => string;

/**
 * normalizeName with a bounded memo: re-ranking folds every name of up to 60 candidates per keystroke, and the same
 * people come back keystroke after keystroke (Arabic names cost ~3 µs each to fold, ~0.1 µs to look up).
 */
export function createNameKeyCache(
  size = DEFAULT_NAME_KEY_CACHE_SIZE,
  fold: NameKeyOf = normalizeName,
): NameKeyOf {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) {
      if (keys.size >= size) keys.clear();
      key = fold(name);
      keys.set(name, key);
    }
    return key;
  };
}

/** True when `a` and `b` are at most `max` edits apart (fastest-levenshtein's distance; lengths checked first). */
function withinEdits(a: string, b: string, max: number): boolean {
  return Math.abs(a.length - b.length) <= max && distance(a, b) <= max;
}

/** How well one search key (a name folded by normalizeName) matches the terms: exact words 3, prefixes 2, one typo 1. */
function keyScore(key: string, terms: string[]): number {
  const words = key.split(' ').filter(Boolean);
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

/** How well one stored name matches the terms (keyScore of its key). */
function nameScore(name: string, terms: string[], keyOf: NameKeyOf): number {
  return keyScore(keyOf(name), terms);
}

/** The properties whose names come first, in this order (searchableNames adds the rest). */
const FIRST_NAME_PROPERTIES = ['name', 'nameAr', 'aliases', 'title', 'titleEn'];

/**
 * Every name of a node search can match: ours in name, nameAr, aliases, title, titleEn order, then the rest. Only
 * String properties (display-names.ts namesOf, by the node's `types`): a date or big integer written as text is none.
 */
function candidateNames(node: GraphNode): string[] {
  const { properties: p, types } = node;
  const out: string[] = [];
  // A handful of names per node: a list's includes is cheaper than building a Set for each of 30 hits.
  const add = (names: readonly string[]) => {
    for (const n of names) if (!out.includes(n)) out.push(n);
  };
  for (const k of FIRST_NAME_PROPERTIES) add(namesOf(p, types, k));
  add(searchableNames(p, types));
  return out;
}

/** A hit's candidate names and their search keys, folded once for both the ranking and the matched name. */
interface NameList {
  names: string[];
  keys: string[];
}

function nameList(node: GraphNode, keyOf: NameKeyOf): NameList {
  const names = candidateNames(node);
  return { names, keys: names.map(keyOf) };
}

/** The name whose key best matches the terms (first of equals), or null when none does. */
function bestName({ names, keys }: NameList, terms: string[]): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (let i = 0; i < names.length; i++) {
    const s = keyScore(keys[i]!, terms);
    if (s > bestScore) {
      best = names[i]!;
      bestScore = s;
    }
  }
  return best;
}

/** 2 when a key is exactly the query, 1 when one starts with it, else 0 (see wholeNameRank). */
function keysRank(keys: string[], query: string): number {
  let rank = 0;
  for (const k of keys) {
    if (k === query) return 2;
    if (k.startsWith(query)) rank = 1;
  }
  return rank;
}

/** The stored name or alias that best matches the terms (first of equals, in name, nameAr, aliases order). */
export function matchedName(
  node: GraphNode,
  terms: string[],
  keyOf: NameKeyOf = normalizeName,
): string | null {
  return bestName(nameList(node, keyOf), terms);
}

/** Candidates fetched per result wanted, so the re-ranking below can lift whole-name matches. */
export const SEARCH_OVERFETCH = 3;

/**
 * How a node's names relate to the whole query: 2 when a name or alias is exactly the query, 1 when one starts
 * with it (typing as you go), else 0. Lucene's BM25 alone ranks "Meta abandons Behemoth" above "Meta".
 */
export function wholeNameRank(node: GraphNode, terms: string[], keyOf: NameKeyOf = normalizeName): number {
  return keysRank(nameList(node, keyOf).keys, terms.join(' '));
}

/** Scan matching: every term is inside one of the node's normalised names; the score is nameScore's. */
export function scanScore(names: string[], terms: string[], keyOf: NameKeyOf = normalizeName): number {
  const keys = names.map(keyOf);
  if (!terms.every((t) => keys.some((k) => k.includes(t)))) return 0;
  // Every term matched somewhere: at least 1 per term, more for whole words and prefixes.
  return Math.max(...names.map((n) => nameScore(n, terms, keyOf)), 0) + terms.length;
}

/** The Lucene query for a user's full-text index: every term, exact or prefix (then one typo), in any field. */
function anyFieldQuery(text: string, fuzzy: boolean): string | undefined {
  return buildLuceneQuery(text, fuzzy ? { fuzzy: true } : { anyField: true });
}

export function createSearchService(
  repo: SearchRepository,
  catalogue: Pick<CatalogueService, 'requireLabels'>,
  opts: { scanLimit?: number; indexCacheMs?: number; now?: () => number } = {},
) {
  const scanLimit = opts.scanLimit ?? DEFAULT_SEARCH_SCAN_LIMIT;
  const keyOf = createNameKeyCache();
  const indexCacheMs = opts.indexCacheMs ?? DEFAULT_INDEX_LIST_CACHE_MS;
  const now = opts.now ?? Date.now;
  let indexList: { at: number; names: string[] } | undefined;

  /** The names of the node full-text indexes that can answer, reused for indexCacheMs. */
  async function indexNames(): Promise<string[]> {
    if (indexList && now() - indexList.at < indexCacheMs) return indexList.names;
    const names = (await repo.fulltextIndexes()).map((i) => i.name);
    indexList = { at: now(), names };
    return names;
  }

  /** Our index's two queries: exact or prefix in searchText, then the fuzzy one over every field. */
  async function ours(text: string, labels: string[] | undefined, limit: number): Promise<SearchHit[]> {
    const found = await repo.search(SEARCH_INDEX, buildLuceneQuery(text)!, labels, limit);
    // Nothing by name or prefix: a typo, or a node without searchText — the slower fuzzy query over every field.
    if (found.length > 0) return found;
    return repo.search(SEARCH_INDEX, buildLuceneQuery(text, { fuzzy: true })!, labels, limit);
  }

  /** The user's own full-text indexes, each asked in every field it holds; results merged by score. */
  async function theirs(
    indexes: string[],
    text: string,
    labels: string[] | undefined,
    limit: number,
  ): Promise<SearchHit[]> {
    for (const fuzzy of [false, true]) {
      const query = anyFieldQuery(text, fuzzy)!;
      const byId = new Map<string, SearchHit>();
      for (const index of indexes)
        for (const hit of await repo.search(index, query, labels, limit)) {
          const seen = byId.get(hit.node.id);
          if (!seen || seen.score < hit.score) byId.set(hit.node.id, hit);
        }
      if (byId.size > 0) return [...byId.values()].sort((a, b) => b.score - a.score).slice(0, limit);
    }
    return [];
  }

  /** No full-text index at all: the display names of at most scanLimit nodes, matched here. */
  async function scan(
    terms: string[],
    labels: string[] | undefined,
    limit: number,
  ): Promise<{ hits: SearchHit[]; scanned: number }> {
    const rows = await repo.scanNames(labels, scanLimit);
    const scored = rows
      .map((r) => ({ eid: r.eid, score: scanScore(r.names, terms, keyOf) }))
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
    const score = new Map(scored.map((s) => [s.eid, s.score]));
    const nodes = await repo.nodesByElementIds(scored.map((s) => s.eid));
    return {
      hits: nodes.map((node, i) => ({ node, score: score.get(scored[i]!.eid) ?? 0 })),
      scanned: rows.length,
    };
  }

  return {
    scanLimit,
    async search(q: SearchQuery): Promise<SearchResponse> {
      const labels = q.labels && q.labels.length > 0 ? q.labels : undefined;
      if (labels) await catalogue.requireLabels(labels, 'query.labels');
      const lucene = buildLuceneQuery(q.q);
      if (!lucene) return { query: '', method: 'index', results: [] };
      const terms = searchTerms(q.q);
      const wanted = q.limit * SEARCH_OVERFETCH;
      const indexes = await indexNames();
      let method: SearchResponse['method'] = indexes.includes(SEARCH_INDEX)
        ? 'index'
        : indexes.length > 0
          ? 'fulltext'
          : 'scan';
      let scanned: number | undefined;
      const runScan = async () => {
        const r = await scan(terms, labels, wanted);
        scanned = r.scanned;
        return r.hits;
      };
      let found =
        method === 'index'
          ? await ours(q.q, labels, wanted)
          : method === 'fulltext'
            ? await theirs(indexes, q.q, labels, wanted)
            : await runScan();
      // The user's indexes may cover only some labels or properties: nothing there, the scan still looks.
      if (method === 'fulltext' && found.length === 0) {
        method = 'scan';
        found = await runScan();
      }
      const query = terms.join(' ');
      const hits = found
        .map((h, i) => {
          const names = nameList(h.node, keyOf);
          // Named fields, not `{ ...h }`: without the spread the service's own CPU per search fell from about 165
          // to 85 µs (30 hits, in-process against the bare repository call).
          return {
            node: h.node,
            score: h.score,
            i,
            names,
            rank: keysRank(names.keys, query),
            shortest: Math.min(...names.keys.map((k) => k.length)),
          };
        })
        // Where Lucene gives equal scores (a prefix query scores every match alike, and then returns them in the
        // index's internal order, which a re-seed reshuffles), the node with the shorter name first — more of it typed
        // ("zuckerb": Mark Zuckerberg, also known as Zuckerberg, before "Zuckerberg's offers to keep Meta
        // researchers") — so one query always ranks alike.
        .sort((a, b) => b.rank - a.rank || b.score - a.score || a.shortest - b.shortest || a.i - b.i)
        .slice(0, q.limit);
      return {
        query,
        method,
        ...(method === 'scan' ? { scanLimit, scanned } : {}),
        results: hits.map(({ node, score, names }) => ({
          id: node.id,
          labels: node.labels,
          // Named as the canvas and the details name it: String properties only, by the node's types.
          name: displayNameOf(node.properties, node.types) ?? null,
          nameAr: nameText(node.properties, node.types, 'nameAr') ?? null,
          kind: nameText(node.properties, node.types, 'kind') ?? null,
          matched: bestName(names, terms),
          score,
        })),
      };
    },
  };
}
export type SearchService = ReturnType<typeof createSearchService>;
