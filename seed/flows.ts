// Recomputes the derived TALENT_FLOW relationships from named stints and from the counts of departures events, and
// then the talent indexes of large organisations. Runs after every seed, import and synthetic load. The new flows
// are staged in batches of people, so no transaction holds a whole market's moves (100k people used to exceed the
// engine's per-transaction memory). A build that fits in one transaction is swapped in atomically (readers see the old
// flows or the new ones); a larger one is swapped in batches, during which readers may see fewer flows, but never old
// and new ones together.
import { randomUUID } from 'node:crypto';
import { int as neo4jInt, type Driver } from 'neo4j-driver';
import { DEPARTURES_EVENT_KIND } from '../model/data-model.js';
import { DERIVATION_VERSION } from '../model/flow-derivation.js';
import { COUNT_OUTDATED_TALENT_FLOWS, COUNT_TALENT_FLOWS } from './queries/count-talent-flows.js';
import { readFlowJoins } from './flow-joins.js';
import { STAGE_NAMED_FLOWS } from './queries/stage-named-flows.js';
import { STAGE_REPORTED_FLOWS } from './queries/stage-reported-flows.js';
import {
  COUNT_STAGED_FLOWS,
  DELETE_STAGED_FLOWS,
  DELETE_STALE_STAGED_FLOWS,
  PEOPLE_WITH_ENDED_STINTS,
} from './queries/staged-flows.js';
import { DELETE_TALENT_FLOWS, MOVE_STAGED_FLOWS, SWAP_TALENT_FLOWS } from './queries/swap-talent-flows.js';
import { talentFactsPresent, withDerivationLock } from './derivation-lock.js';
import { dropTalentIndexes, rebuildTalentIndex } from './talent-index.js';

/** People whose moves one staging transaction derives (about 3 moves each in the synthetic market). */
export const DEFAULT_FLOW_BATCH_PEOPLE = 5_000;
/**
 * Flows swapped in per transaction. The 100k-person market's 49k flows (with their lists of people and facts) exceed
 * the embedded engine's 512 MiB per-transaction limit in one transaction; 5,000 stay well under it.
 */
export const DEFAULT_FLOW_SWAP_BATCH = 5_000;
/** Staged flows older than this belong to a build that died (a live build stages and swaps within minutes). */
export const DEFAULT_STALE_STAGED_MS = 6 * 60 * 60 * 1000;

export interface FlowOptions {
  database?: string;
  /** People per staging transaction (tests set it low to prove batches change nothing). */
  batchPeople?: number;
  /** Flows per swap transaction; a build of at most this many is swapped in atomically. */
  swapBatch?: number;
  /** Stints an organisation needs for a stored talent index (seed/talent-index.ts). */
  talentIndexMinStints?: number;
}

/**
 * Returns how many TALENT_FLOW relationships exist afterwards. One derivation runs at a time on a database (it waits
 * for one another process runs: seed/derivation-lock.ts).
 */
export async function recomputeTalentFlows(driver: Driver, opts: FlowOptions = {}): Promise<number> {
  return withDerivationLock(driver, () => deriveTalentFlows(driver, opts), { database: opts.database });
}

/**
 * After a write that may have changed the facts (POST /api/cypher, a seed's Cypher script): derives the flows and the
 * talent indexes again, so they follow the facts (a deleted stint must not keep a move counted) — but only on a
 * database that holds something a derivation reads or writes: one that is not ours gets none of our nodes, not even
 * the derivation's lock. Returns how many TALENT_FLOW relationships exist afterwards, or null when nothing was derived.
 */
export async function recomputeTalentFlowsAfterWrite(
  driver: Driver,
  opts: { database?: string } = {},
): Promise<number | null> {
  if (!(await talentFactsPresent(driver, opts))) return null;
  return recomputeTalentFlows(driver, opts);
}

async function deriveTalentFlows(driver: Driver, opts: FlowOptions): Promise<number> {
  const database = opts.database;
  const batchPeople = Math.max(1, opts.batchPeople ?? DEFAULT_FLOW_BATCH_PEOPLE);
  const swapBatch = Math.max(1, opts.swapBatch ?? DEFAULT_FLOW_SWAP_BATCH);
  const build = randomUUID();
  // The rules' version, stored on each flow as it is swapped in.
  const derivation = neo4jInt(DERIVATION_VERSION);
  const stagedAt = Date.now();
  const session = () =>
    driver.session({
      database,
      defaultAccessMode: 'WRITE',
      bookmarkManager: driver.executeQueryBookmarkManager,
    });

  const autoCommit = async (query: string, params: Record<string, unknown>) => {
    const s = session();
    try {
      await s.run(query, params);
    } finally {
      await s.close();
    }
  };
  const write = async (query: string, params: Record<string, unknown>): Promise<number> => {
    const s = session();
    try {
      return await s.executeWrite(async (tx) =>
        Number((await tx.run(query, params)).records[0]?.get('flows') ?? 0),
      );
    } finally {
      await s.close();
    }
  };

  // The facts have changed: until the indexes are rebuilt from them, the talent counts are read live.
  await dropTalentIndexes(driver, database);
  // Batched deletes need auto-commit transactions.
  await autoCommit(DELETE_STALE_STAGED_FLOWS, { before: stagedAt - DEFAULT_STALE_STAGED_MS });
  try {
    const people = await driver.executeQuery(PEOPLE_WITH_ENDED_STINTS, {}, { database, routing: 'READ' });
    const ids = people.records.map((r) => r.get('id') as string);
    for (let i = 0; i < ids.length; i += batchPeople) {
      const batch = ids.slice(i, i + batchPeople);
      // One stint two facts start differently is one join, decided in model code (seed/flow-joins.ts).
      const joins = await readFlowJoins(driver, database, batch);
      await write(STAGE_NAMED_FLOWS, { people: batch, joins, build, stagedAt });
    }
    await write(STAGE_REPORTED_FLOWS, { departuresKind: DEPARTURES_EVENT_KIND, build, stagedAt });
    const staged = await driver.executeQuery(COUNT_STAGED_FLOWS, { build }, { database, routing: 'READ' });
    if (Number(staged.records[0]?.get('flows') ?? 0) <= swapBatch) {
      await write(SWAP_TALENT_FLOWS, { build, derivation });
    } else {
      await autoCommit(DELETE_TALENT_FLOWS, { batch: neo4jInt(swapBatch) });
      await autoCommit(MOVE_STAGED_FLOWS, { build, derivation, batch: neo4jInt(swapBatch) });
    }
  } catch (err) {
    // Until the swap starts the old flows are untouched; a swap cut short leaves fewer flows (never doubled ones),
    // which the next recompute restores. This build's staged flows are cleared either way.
    await autoCommit(DELETE_STAGED_FLOWS, { build }).catch(() => {});
    throw err;
  }
  // The talent indexes are derived from the same facts, so they are rewritten with the flows.
  await rebuildTalentIndex(driver, { database, minStints: opts.talentIndexMinStints });
  const res = await driver.executeQuery(COUNT_TALENT_FLOWS, {}, { database, routing: 'READ' });
  return Number(res.records[0]?.get('flows') ?? 0);
}

/** How many talent flows an older seed derived (seed/queries/count-talent-flows.ts, COUNT_OUTDATED_TALENT_FLOWS). */
export interface OutdatedTalentFlows {
  /** Without the dates of their moves: a time window ranks and counts them by their all-time size (`estimated`). */
  undated: number;
  /** Without their own moves listed apart: the view by division leaves out a later direct move of a division's mover. */
  undivided: number;
  /** Without each move's certainty: in a time window a person stated by an earlier move may show stated for an implied one. */
  perPerson: number;
  /**
   * Without their named moves and their reports spanned apart: the explorer dates a named part by the reports' dates
   * too, or a stored flow's reported part by its named moves'.
   */
  unspanned: number;
  /** Without their moves' sources apart: a flow's parts cite each other's sources, by division its divisions' too. */
  unsourced: number;
  /**
   * Overview flows with a division's mover or a report, without the PART_OF facts' sources: their named parts do not
   * cite the PART_OF facts a division's move is rolled up along (a report's are read live).
   */
  unplaced: number;
  /**
   * With named moves but without each mover's sources beside their moves: in a time window their named parts cite
   * the sources of all their moves (the answer says so: sourcesAllTime).
   */
  unwindowed: number;
  /**
   * With an implied named move but without every implied move's sources apart: all time their implied part also
   * cites the implied moves of people counted stated, which draw no part.
   */
  overcited: number;
  /**
   * Without the certainties of the parts drawn of them: a path search judges them by their one certainty, so it may
   * step on one of which nothing is drawn (stated by a report whose number is not the one shown) or pass one whose
   * implied part is drawn.
   */
  unsplit: number;
  /**
   * Derived by another version of the rules (model/flow-derivation.ts DERIVATION_VERSION), or before versions were
   * stored: which moves there are, their dates and certainties may not be this version's, whatever fields they have.
   */
  otherVersion: number;
}

/** Counts the talent flows an older seed derived; `npm run seed -- --derive` derives them again. */
export async function countOutdatedTalentFlows(
  driver: Driver,
  opts: { database?: string } = {},
): Promise<OutdatedTalentFlows> {
  const res = await driver.executeQuery(
    COUNT_OUTDATED_TALENT_FLOWS,
    { derivation: neo4jInt(DERIVATION_VERSION) },
    { database: opts.database, routing: 'READ' },
  );
  const row = res.records[0];
  return {
    undated: Number(row?.get('undated') ?? 0),
    undivided: Number(row?.get('undivided') ?? 0),
    perPerson: Number(row?.get('perPerson') ?? 0),
    unspanned: Number(row?.get('unspanned') ?? 0),
    unsourced: Number(row?.get('unsourced') ?? 0),
    unplaced: Number(row?.get('unplaced') ?? 0),
    unwindowed: Number(row?.get('unwindowed') ?? 0),
    overcited: Number(row?.get('overcited') ?? 0),
    unsplit: Number(row?.get('unsplit') ?? 0),
    otherVersion: Number(row?.get('otherVersion') ?? 0),
  };
}
