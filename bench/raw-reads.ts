// The raw-driver baseline's reads: the API's questions sent straight to Neo4j from the bench process, in the
// transaction shapes of the API's reads and with the very queries its repositories run (server/queries), so every
// section that sets the API beside the raw engine compares like with like.
import neo4j, { type BookmarkManager, type Driver } from 'neo4j-driver';
import { DEFAULT_SEARCH_LIMIT } from '../model/api.js';
import { labelOfId } from '../model/data-model.js';
import { LEAVE_OUT_PARAM } from '../server/db/convert.js';
import type { QueryRunner } from '../server/db/database.js';
import { neighborsQuery } from '../server/queries/nodes.js';
import { SEARCH_ENTITIES } from '../server/queries/search.js';
import { buildLuceneQuery } from '../server/services/lucene-query.js';
import { SEARCH_OVERFETCH } from '../server/services/search-service.js';

/** The rows the search service asks the index for: SEARCH_OVERFETCH times the results, for its re-ranking. */
export const RAW_SEARCH_ROWS = DEFAULT_SEARCH_LIMIT * SEARCH_OVERFETCH;

export interface RawReadOptions {
  /** With one, every transaction waits for that manager's bookmarks, as the API's reads do. */
  bookmarkManager?: BookmarkManager;
  /**
   * `auto` (the default): each query an auto-commit read in one session, as the API's built-in reads run;
   * `transaction`: BEGIN with the query, then COMMIT, as POST /api/cypher runs the user's query.
   */
  shape?: 'auto' | 'transaction';
}

/** One unit of read work in its own READ session, closed afterwards. */
export async function rawRead<T>(
  driver: Driver,
  database: string,
  work: (tx: QueryRunner) => Promise<T>,
  opts: RawReadOptions = {},
): Promise<T> {
  const session = driver.session({
    database,
    defaultAccessMode: neo4j.session.READ,
    ...(opts.bookmarkManager ? { bookmarkManager: opts.bookmarkManager } : {}),
  });
  try {
    return (opts.shape ?? 'auto') === 'auto'
      ? await work({ run: (query, params) => session.run(query, params) })
      : await session.executeRead(work);
  } finally {
    await session.close();
  }
}

/** Search as the search service asks our index: the same Lucene query and the same number of rows. */
export function rawSearch(tx: QueryRunner, text: string) {
  return tx.run(SEARCH_ENTITIES, {
    query: buildLuceneQuery(text),
    labels: null,
    limit: neo4j.int(RAW_SEARCH_ROWS),
  });
}

/** Neighbours as the node repository reads them: one query that finds the node by its id and reads one page. */
export async function rawNeighbours(tx: QueryRunner, id: string, limit: number) {
  const label = labelOfId(id);
  if (!label) throw new Error(`${id} is not an id of ours`);
  const res = await tx.run(neighborsQuery(label, 'both', []), {
    id,
    labels: null,
    limit: neo4j.int(limit),
    leaveOut: LEAVE_OUT_PARAM,
  });
  if (res.records.length === 0) throw new Error(`no node ${id}`);
  return res;
}
