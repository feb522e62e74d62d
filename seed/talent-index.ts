// Stores the talent index of every large organisation (model/talent-index.ts) after the talent flows are derived:
// GET /api/orgs/:id/talent then reads a large organisation's counts from one node instead of deriving them from
// all of its people's stints per request. Each index is computed by the server's own query and rules
// (TALENT_STINTS, model/talent-events.ts), so the stored counts and the live ones cannot disagree.
import { randomUUID } from 'node:crypto';
import { int as neo4jInt, type Driver, type Node } from 'neo4j-driver';
import { personRowOf } from '../model/talent-rows.js';
import {
  encodeTalentIndex,
  TALENT_INDEX_FORMAT,
  talentIndexOf,
  type TalentIndex,
} from '../model/talent-index.js';
import { TALENT_STINTS } from '../model/talent-queries.js';
import { ELEMENT_ID_PREFIX } from '../model/view-queries.js';
import {
  COUNT_OUTDATED_TALENT_INDEXES,
  DELETE_OTHER_TALENT_INDEXES,
  DELETE_TALENT_INDEXES,
  TALENT_INDEX_ORGS,
  WRITE_TALENT_INDEX,
} from './queries/talent-index.js';

/**
 * Organisations with fewer stints (with their divisions) are read live: about 100 µs per person on this machine,
 * so well inside the endpoint's 300 ms goal, while an index costs every recompute a query per organisation.
 */
export const DEFAULT_TALENT_INDEX_MIN_STINTS = 1_000;

/** Organisations indexed at once. */
export const DEFAULT_TALENT_INDEX_CONCURRENCY = 2;

export interface TalentIndexOptions {
  database?: string;
  /** Stints an organisation (with its divisions) needs for an index; tests set 0 to index every organisation. */
  minStints?: number;
}

/** Rewrites the talent indexes; returns how many it stored. */
export async function rebuildTalentIndex(driver: Driver, opts: TalentIndexOptions = {}): Promise<number> {
  const { database } = opts;
  const minStints = Math.max(0, opts.minStints ?? DEFAULT_TALENT_INDEX_MIN_STINTS);
  const build = randomUUID();
  const orgs = await driver.executeQuery(
    TALENT_INDEX_ORGS,
    { minStints: neo4jInt(minStints) },
    { database, routing: 'READ' },
  );
  const rowsOf = async (eid: unknown, divisions: boolean) =>
    (
      await driver.executeQuery(
        TALENT_STINTS,
        { org: eid, divisions, evidence: false, people: null },
        { database, routing: 'READ' },
      )
    ).records.map((r) =>
      personRowOf(
        { person: r.get('person') as Node, stints: r.get('stints'), moves: r.get('moves') },
        (elementId) => `${ELEMENT_ID_PREFIX}${elementId}`,
      ),
    );
  const store = async (org: string, divisions: boolean, index: TalentIndex) =>
    driver.executeQuery(
      WRITE_TALENT_INDEX,
      {
        org,
        divisions,
        events: encodeTalentIndex(index),
        moves: neo4jInt(index.moves.length),
        build,
        format: neo4jInt(TALENT_INDEX_FORMAT),
      },
      { database, routing: 'WRITE' },
    );
  let stored = 0;
  const indexOrg = async (rec: (typeof orgs.records)[number]) => {
    const id = rec.get('id') as string;
    const own = Number(rec.get('own'));
    const family = Number(rec.get('family'));
    const rows = await rowsOf(rec.get('eid'), false);
    await store(id, false, talentIndexOf(rows));
    stored += 1;
    // The view by division counts the organisation's own stints only.
    if (own < minStints) return;
    // Without divisions, and with no counterpart rolled up to a parent, the view by division is the same view.
    const same =
      own === family &&
      rows.every((r) => r.moves.every((m) => !m.counterpart || m.counterpart.id === m.other.org));
    await store(id, true, same ? talentIndexOf(rows) : talentIndexOf(await rowsOf(rec.get('eid'), true)));
    stored += 1;
  };
  // Two at a time: one organisation's rows are turned into moves here while Neo4j reads the next one's.
  const queue = [...orgs.records];
  try {
    await Promise.all(
      Array.from({ length: Math.min(DEFAULT_TALENT_INDEX_CONCURRENCY, queue.length) }, async () => {
        for (let rec = queue.shift(); rec; rec = queue.shift()) await indexOrg(rec);
      }),
    );
  } catch (err) {
    // Half a rebuild would mix indexes of two states of the facts: none at all is read live, and right.
    await dropTalentIndexes(driver, database).catch(() => {});
    throw err;
  }
  await driver.executeQuery(DELETE_OTHER_TALENT_INDEXES, { build }, { database, routing: 'WRITE' });
  return stored;
}

/**
 * Removes every talent index: the counts are read live until the next rebuild. The flows' recompute calls it first,
 * since the facts have changed by then and an index of the old facts would give old counts.
 */
export async function dropTalentIndexes(driver: Driver, database?: string): Promise<void> {
  await driver.executeQuery(DELETE_TALENT_INDEXES, {}, { database, routing: 'WRITE' });
}

/**
 * How many stored talent indexes are of another format than this version reads (written by an older version): their
 * organisations' dashboards are read live, more slowly, until the flows are derived again (`npm run seed -- --derive`).
 */
export async function countOutdatedTalentIndexes(driver: Driver, database?: string): Promise<number> {
  const res = await driver.executeQuery(
    COUNT_OUTDATED_TALENT_INDEXES,
    { format: neo4jInt(TALENT_INDEX_FORMAT) },
    { database, routing: 'READ' },
  );
  return Number(res.records[0]?.get('outdated') ?? 0);
}
