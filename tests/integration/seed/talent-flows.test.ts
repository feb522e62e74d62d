import path from 'node:path';
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countOutdatedTalentFlows,
  loadBundledSources,
  recomputeTalentFlows,
  resetGraph,
  seedFiles,
} from '../../../seed/index.js';
import { DEPARTURES_EVENT_KIND } from '../../../model/data-model.js';
import { FlowsResponseSchema } from '../../../model/api-responses.js';
import { DERIVATION_VERSION } from '../../../model/flow-derivation.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, readRows, testNeo4j } from '../../support/neo4j.js';

// Hand-made fictional careers whose flows are worked out in tests/fixtures/seed/flows/README.md.
const FIXTURE = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');

let driver: Driver;

interface Flow {
  id: string;
  from: string;
  to: string;
  count: number;
  moves: number;
  people: string[];
  reported: number | null;
  qualifier: string | null;
  since: string | null;
  until: string | null;
  factIds: string[];
  level: string;
  parent: string | null;
  stated: number;
  implied: number;
  certainty: string;
  impliedPeople: string[];
  impliedFacts: string[];
  divisionPeople: string[];
  eventIds: string[];
  parts: string[] | null;
}

async function flows(): Promise<Flow[]> {
  const rows = await readRows(
    driver,
    `MATCH (a:Organization)-[f:TALENT_FLOW]->(b:Organization)
     RETURN f.id AS id, a.id AS from, b.id AS to, toInteger(f.count) AS count, toInteger(f.moves) AS moves,
            f.people AS people,
            f.reportedCount AS reported, f.reportedQualifier AS qualifier, f.since AS since, f.until AS until, f.factIds AS factIds,
            f.level AS level, f.parent AS parent, toInteger(f.statedCount) AS stated,
            toInteger(f.impliedCount) AS implied, f.certainty AS certainty, f.impliedPeople AS impliedPeople,
            f.impliedFacts AS impliedFacts, f.divisionPeople AS divisionPeople, f.eventIds AS eventIds,
            f.partCertainties AS parts
     ORDER BY from, to`,
  );
  return rows.map((r) => ({
    ...(r as unknown as Flow),
    count: Number(r.count),
    moves: Number(r.moves),
    reported: r.reported === null ? null : Number(r.reported),
    stated: Number(r.stated),
    implied: Number(r.implied),
    people: [...(r.people as string[])].sort(),
  }));
}

const byId = async (id: string) => (await flows()).find((f) => f.id === id)!;
const overview = async () => (await flows()).filter((f) => f.level === 'organization');

beforeAll(async () => {
  driver = createTestDriver();
  await resetGraph(driver, { database: testNeo4j().database });
  await seedFiles(driver, [FIXTURE], { database: testNeo4j().database });
});
afterAll(async () => driver.close());

describe('talent flows', () => {
  it('derives one overview flow per pair of top organisations that people moved between, and no others', async () => {
    expect((await overview()).map((x) => `${x.from}->${x.to}`)).toEqual([
      'org:alpha-labs->org:beta-ai',
      'org:alpha-labs->org:gamma-corp',
      'org:beta-ai->org:alpha-labs',
      // Reported only: "others left Beta for Gamma", no number and no names.
      'org:beta-ai->org:gamma-corp',
      'org:gamma-corp->org:beta-ai',
    ]);
  });

  it('counts named movers, including an undated departure followed by a current stint and a move out of a division', async () => {
    const alphaBeta = await byId('flow:org:alpha-labs->org:beta-ai');
    expect(alphaBeta).toMatchObject({
      count: 3,
      people: ['person:hana-yousef', 'person:layla-haddad', 'person:sara-kim'],
      divisionPeople: ['person:hana-yousef'],
      // The earliest and latest moves, dated as careers date them: Layla Haddad joined Beta AI in 2022-06.
      since: '2022-06',
      until: '2023-08',
    });
    expect([...(alphaBeta.factIds as string[])].sort()).toEqual([
      'fact:hana-beta',
      'fact:hana-delta',
      'fact:layla-alpha',
      'fact:layla-beta',
      'fact:sara-alpha',
      'fact:sara-beta',
    ]);
  });

  it('adds the unnamed count a source states, with its qualifier', async () => {
    expect(await byId('flow:org:alpha-labs->org:beta-ai')).toMatchObject({
      reported: 5,
      qualifier: 'at least',
    });
  });

  it('makes a flow of a report that names nobody and gives no number', async () => {
    expect(await byId('flow:org:beta-ai->org:gamma-corp')).toMatchObject({
      count: 0,
      people: [],
      reported: null,
      eventIds: ['event:beta-to-gamma-departures'],
      certainty: 'stated',
    });
  });

  it('counts a person who left a division and its parent once, at the parent, as one move', async () => {
    const alphaGamma = await byId('flow:org:alpha-labs->org:gamma-corp');
    // Rami Khalil left Delta Research and Alpha Labs (the same stint seen at two levels) for Gamma Corp.
    expect(alphaGamma).toMatchObject({
      count: 2,
      moves: 2,
      people: ['person:omar-nasser', 'person:rami-khalil'],
      divisionPeople: ['person:rami-khalil'],
    });
    // No overview flow starts at the division.
    expect(
      (await overview()).some((f) => f.from === 'org:delta-research' || f.to === 'org:delta-research'),
    ).toBe(false);
  });

  it('keeps the flows of a division at division level, each pointing to the overview flow it rolls into', async () => {
    const divisions = (await flows()).filter((f) => f.level === 'division');
    expect(divisions.map((f) => [f.id, f.parent, f.people])).toEqual([
      ['flow:org:delta-research->org:beta-ai', 'flow:org:alpha-labs->org:beta-ai', ['person:hana-yousef']],
      [
        'flow:org:delta-research->org:gamma-corp',
        'flow:org:alpha-labs->org:gamma-corp',
        ['person:rami-khalil'],
      ],
    ]);
  });

  it('marks a move stated only when every fact behind it is stated, and says which fact is implied', async () => {
    const alphaGamma = await byId('flow:org:alpha-labs->org:gamma-corp');
    expect(alphaGamma).toMatchObject({
      stated: 1,
      implied: 1,
      certainty: 'stated',
      impliedPeople: ['person:rami-khalil'],
      impliedFacts: ['fact:rami-gamma'],
    });
    expect(await byId('flow:org:delta-research->org:gamma-corp')).toMatchObject({
      stated: 0,
      implied: 1,
      certainty: 'implied',
      impliedFacts: ['fact:rami-gamma'],
    });
    expect(await byId('flow:org:alpha-labs->org:beta-ai')).toMatchObject({
      stated: 3,
      implied: 0,
      impliedFacts: [],
    });
  });

  it('stores the certainties of the parts the explorer draws of each flow: its stated moves, its implied ones and its reports', async () => {
    expect(Object.fromEntries((await flows()).map((f) => [f.id, f.parts]))).toEqual({
      // Stated moves and a stated report.
      'flow:org:alpha-labs->org:beta-ai': ['stated'],
      // Omar Nasser's stated move and Rami Khalil's implied one: the flow is stated, and drawn in both.
      'flow:org:alpha-labs->org:gamma-corp': ['stated', 'implied'],
      'flow:org:beta-ai->org:alpha-labs': ['stated'],
      // A stated report alone.
      'flow:org:beta-ai->org:gamma-corp': ['stated'],
      'flow:org:delta-research->org:beta-ai': ['stated'],
      'flow:org:delta-research->org:gamma-corp': ['implied'],
      'flow:org:gamma-corp->org:beta-ai': ['stated'],
    });
  });

  it('links each stint only to the next one, not to later stints', async () => {
    const f = await flows();
    const omar = f
      .filter((x) => (x.people as string[]).includes('person:omar-nasser'))
      .map((x) => `${x.from}->${x.to}`);
    expect(omar).toEqual(['org:alpha-labs->org:gamma-corp', 'org:gamma-corp->org:beta-ai']);
  });

  it('dates each person’s moves on a flow as a career does: the stint joined’s start, else the one left’s end', async () => {
    const dated = async (id: string) => {
      const [row] = await readRows(
        driver,
        'MATCH ()-[f:TALENT_FLOW {id: $id}]->() RETURN f.people AS people, f.moveDates AS dates',
        { id },
      );
      const dates = row!.dates as string[];
      return (row!.people as string[]).map((p, i) => [p, dates[i]]);
    };
    // Beside each person of `people`; Sara Kim's move has no date at either end: '' (a stored list holds no null).
    expect(await dated('flow:org:alpha-labs->org:beta-ai')).toEqual([
      ['person:hana-yousef', '2023-08'],
      ['person:layla-haddad', '2022-06'],
      ['person:sara-kim', ''],
    ]);
    // Rami Khalil's one move is two chains (he left Alpha Labs and its division) on the same date: one date.
    expect(await dated('flow:org:alpha-labs->org:gamma-corp')).toEqual([
      ['person:omar-nasser', '2023-02'],
      ['person:rami-khalil', '2021-02'],
    ]);
    expect(await dated('flow:org:delta-research->org:gamma-corp')).toEqual([
      ['person:rami-khalil', '2021-02'],
    ]);
  });

  it('counts no move between two ended stints whose order is unknown', async () => {
    const f = await flows();
    expect(f.some((x) => (x.people as string[]).includes('person:mona-saleh'))).toBe(false);
  });

  it('counts the flows an older seed derived without move dates, own moves, each move’s certainty or sources, or their parts’ certainties, until they are derived again', async () => {
    const database = testNeo4j().database;
    const none = {
      undated: 0,
      undivided: 0,
      perPerson: 0,
      unspanned: 0,
      unsourced: 0,
      unplaced: 0,
      unwindowed: 0,
      overcited: 0,
      unsplit: 0,
      otherVersion: 0,
    };
    expect(await countOutdatedTalentFlows(driver, { database })).toEqual(none);
    await driver.executeQuery(
      "MATCH ()-[f:TALENT_FLOW {id: 'flow:org:alpha-labs->org:beta-ai'}]->() REMOVE f.moveDates, f.directPeople, f.impliedMovePeople, f.movedSince, f.statedSources, f.partOfSources, f.moveSourceRefs",
      {},
      { database },
    );
    expect(await countOutdatedTalentFlows(driver, { database })).toEqual({
      undated: 1,
      undivided: 1,
      perPerson: 1,
      // Alpha Labs → Beta AI has named moves and a report.
      unspanned: 1,
      unsourced: 1,
      unplaced: 1,
      unwindowed: 1,
      overcited: 0,
      unsplit: 0,
      otherVersion: 0,
    });
    await recomputeTalentFlows(driver, { database });
    expect(await countOutdatedTalentFlows(driver, { database })).toEqual(none);
    // A flow derived before its reports were spanned apart from its named moves.
    await driver.executeQuery(
      "MATCH ()-[f:TALENT_FLOW {id: 'flow:org:alpha-labs->org:beta-ai'}]->() REMOVE f.reportSince, f.reportUntil",
      {},
      { database },
    );
    expect(await countOutdatedTalentFlows(driver, { database })).toEqual({ ...none, unspanned: 1 });
    await recomputeTalentFlows(driver, { database });
    expect(await countOutdatedTalentFlows(driver, { database })).toEqual(none);
    // A flow with an implied move (Rami Khalil's) derived before every implied move's sources were kept apart from
    // the implied part's.
    await driver.executeQuery(
      "MATCH ()-[f:TALENT_FLOW {id: 'flow:org:alpha-labs->org:gamma-corp'}]->() REMOVE f.impliedMoveSources",
      {},
      { database },
    );
    expect(await countOutdatedTalentFlows(driver, { database })).toEqual({ ...none, overcited: 1 });
    await recomputeTalentFlows(driver, { database });
    expect(await countOutdatedTalentFlows(driver, { database })).toEqual(none);
    // Flows derived before the certainties of their drawn parts were stored: a path search judges them by their one
    // certainty.
    await driver.executeQuery(
      "MATCH ()-[f:TALENT_FLOW]->() WHERE f.id IN ['flow:org:alpha-labs->org:gamma-corp', 'flow:org:beta-ai->org:gamma-corp'] REMOVE f.partCertainties",
      {},
      { database },
    );
    expect(await countOutdatedTalentFlows(driver, { database })).toEqual({ ...none, unsplit: 2 });
    await recomputeTalentFlows(driver, { database });
    expect(await countOutdatedTalentFlows(driver, { database })).toEqual(none);
  });

  it('counts the flows derived by another version of the rules as outdated, and the flows answer says so, until they are derived again', async () => {
    const database = testNeo4j().database;
    const { app } = createTestApp(driver);
    /** Each flow's id and whether GET /api/flows calls it outdated (all of them, by division too). */
    const outdatedInAnswer = async () => {
      const res = await request(app).get('/api/flows?divisions=true&limit=1000');
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const body = FlowsResponseSchema.parse(res.body);
      return {
        flows: body.flows
          .filter((f) => f.outdated)
          .map((f) => f.id)
          .sort(),
        edges: body.graph.edges
          .filter((e) => e.properties.outdated === true)
          .map((e) => e.id)
          .sort(),
      };
    };
    const stored = await readRows(driver, 'MATCH ()-[f:TALENT_FLOW]->() RETURN DISTINCT f.derivation AS v');
    expect(stored.map((r) => Number(r.v))).toEqual([DERIVATION_VERSION]);
    expect((await countOutdatedTalentFlows(driver, { database })).otherVersion).toBe(0);
    expect(await outdatedInAnswer()).toEqual({ flows: [], edges: [] });
    // Flows derived by the rules before one (with every field this version stores, partCertainties too): one of an
    // older version, one stored before versions were.
    await driver.executeQuery(
      `MATCH ()-[f:TALENT_FLOW {id: 'flow:org:alpha-labs->org:beta-ai'}]->() SET f.derivation = $older
       WITH 1 AS one
       MATCH ()-[g:TALENT_FLOW {id: 'flow:org:alpha-labs->org:gamma-corp'}]->() REMOVE g.derivation`,
      { older: DERIVATION_VERSION - 1 },
      { database },
    );
    expect(await countOutdatedTalentFlows(driver, { database })).toMatchObject({
      unsplit: 0,
      otherVersion: 2,
    });
    const outdated = ['flow:org:alpha-labs->org:beta-ai', 'flow:org:alpha-labs->org:gamma-corp'];
    expect(await outdatedInAnswer()).toEqual({ flows: outdated, edges: outdated });
    await recomputeTalentFlows(driver, { database });
    expect((await countOutdatedTalentFlows(driver, { database })).otherVersion).toBe(0);
    expect(await outdatedInAnswer()).toEqual({ flows: [], edges: [] });
  });

  it('lists apart the moves between an overview flow’s ends themselves, only where a division flow counts some of its people', async () => {
    const rows = await readRows(
      driver,
      `MATCH ()-[f:TALENT_FLOW]->() WHERE f.directPeople IS NOT NULL OR f.directDates IS NOT NULL
       RETURN f.id AS id, f.directPeople AS people, f.directDates AS dates, f.directImpliedPeople AS impliedPeople,
              f.directImpliedFacts AS impliedFacts ORDER BY id`,
    );
    expect(rows).toEqual([
      // Hana Yousef moved through Delta Research alone; Layla Haddad and Sara Kim between the ends themselves.
      {
        id: 'flow:org:alpha-labs->org:beta-ai',
        people: ['person:layla-haddad', 'person:sara-kim'],
        dates: ['2022-06', ''],
        impliedPeople: [],
        impliedFacts: [],
      },
      // Rami Khalil left Delta Research and Alpha Labs for one stint: one move, the division's; Omar Nasser's own.
      {
        id: 'flow:org:alpha-labs->org:gamma-corp',
        people: ['person:omar-nasser'],
        dates: ['2023-02'],
        impliedPeople: [],
        impliedFacts: [],
      },
    ]);
  });

  it('dates the stated moves apart beside each person only on a flow with an implied move', async () => {
    const rows = await readRows(
      driver,
      `MATCH ()-[f:TALENT_FLOW]->() WHERE f.id IN ['flow:org:alpha-labs->org:gamma-corp', 'flow:org:alpha-labs->org:beta-ai']
       RETURN f.id AS id, f.people AS people, f.statedDates AS statedDates, f.impliedMovePeople AS movePeople,
              f.impliedMoveFacts AS moveFacts, f.impliedMoveDates AS moveDates, f.directStatedDates AS directStatedDates,
              f.directImpliedMovePeople AS directMovePeople ORDER BY id`,
    );
    expect(rows).toEqual([
      // No implied move: every move is stated in any window, so no dates are kept apart.
      {
        id: 'flow:org:alpha-labs->org:beta-ai',
        people: ['person:hana-yousef', 'person:layla-haddad', 'person:sara-kim'],
        statedDates: null,
        movePeople: [],
        moveFacts: [],
        moveDates: [],
        directStatedDates: null,
        directMovePeople: [],
      },
      // Rami Khalil's move is implied (no stated move: ''), by his Gamma Corp stint, of 2021-02 — one move, though he
      // left Alpha Labs and its division for it; Omar Nasser's of 2023-02 stated. At the ends themselves only Omar
      // Nasser's move is counted, and it is stated.
      {
        id: 'flow:org:alpha-labs->org:gamma-corp',
        people: ['person:omar-nasser', 'person:rami-khalil'],
        statedDates: ['2023-02', ''],
        movePeople: ['person:rami-khalil'],
        moveFacts: ['fact:rami-gamma'],
        moveDates: ['2021-02'],
        directStatedDates: null,
        directMovePeople: [],
      },
    ]);
  });

  it('keeps beside each person the sources of each dated move, as indices in the lists of its certainty', async () => {
    // The implied indices point into every implied move's sources: impliedMoveSources where it is more than the
    // implied part's impliedSources, else impliedSources.
    const rows = await readRows(
      driver,
      `MATCH ()-[f:TALENT_FLOW]->() WHERE f.count > 0
       RETURN f.id AS id, f.people AS people, f.moveDates AS dates, f.moveSourceRefs AS refs,
              f.statedSources AS stated, coalesce(f.impliedMoveSources, f.impliedSources) AS implied,
              f.directPeople AS directPeople, f.directDates AS directDates, f.directMoveSourceRefs AS directRefs,
              f.directStatedSources AS directStated,
              coalesce(f.directImpliedMoveSources, f.directImpliedSources) AS directImplied`,
    );
    expect(rows.length).toBeGreaterThan(0);
    /** Each person's refs: beside each of their dates, the indices of their moves' stated, then implied, sources. */
    const check = (id: string, people: string[], dates: string[], refs: string[], lists: string[][]) => {
      expect(refs.length, id).toBe(people.length);
      refs.forEach((r, k) => {
        if (dates[k] === '') return expect(r, id).toBe('');
        const tokens = r.split(' ');
        expect(tokens.length, `${id} ${people[k]}`).toBe(dates[k]!.split(' ').length);
        for (const t of tokens) {
          expect(t, id).toMatch(/^[0-9,]*\/[0-9,]*$/);
          t.split('/').forEach((part, c) =>
            part
              .split(',')
              .filter(Boolean)
              .forEach((i) => expect(Number(i), id).toBeLessThan(lists[c]!.length)),
          );
        }
      });
    };
    for (const f of rows) {
      check(f.id, f.people, f.dates, f.refs, [f.stated, f.implied]);
      if (f.directPeople)
        check(f.id, f.directPeople, f.directDates, f.directRefs, [f.directStated, f.directImplied]);
      else expect(f.directRefs, f.id).toBeNull();
    }
    // The fixture's one source states every fact: each dated stated move cites index 0 of statedSources, and an
    // implied one (Rami Khalil's, Alpha Labs → Gamma Corp) index 0 of impliedSources.
    const ag = rows.find((f) => f.id === 'flow:org:alpha-labs->org:gamma-corp')!;
    expect(Object.fromEntries(ag.people.map((p: string, k: number) => [p, ag.refs[k]]))).toEqual({
      'person:omar-nasser': '0/',
      'person:rami-khalil': '/0',
    });
  });

  it('keeps the sources of the stated and implied named moves apart from the reports’, and the own moves’ by division', async () => {
    const rows = await readRows(
      driver,
      `MATCH ()-[f:TALENT_FLOW {id: 'flow:org:alpha-labs->org:beta-ai'}]->()
       RETURN f.sources AS sources, f.statedSources AS stated, f.impliedSources AS implied,
              f.reportSources AS reports, f.directStatedSources AS directStated,
              f.directImpliedSources AS directImplied`,
    );
    // The fixture's one source states every fact; the lists say which part it backs. Alpha Labs → Beta AI's named
    // moves are all stated, its own ones (by division: Layla Haddad's and Sara Kim's) too.
    expect(rows[0]).toEqual({
      sources: ['source:fixture-moves'],
      stated: ['source:fixture-moves'],
      implied: [],
      reports: ['source:fixture-moves'],
      directStated: ['source:fixture-moves'],
      directImplied: [],
    });
    // A flow whose moves are only implied cites its source for its implied part alone.
    const implied = await readRows(
      driver,
      `MATCH ()-[f:TALENT_FLOW]->() WHERE f.statedCount = 0 AND f.count > 0
       RETURN f.id AS id, f.statedSources AS stated, f.impliedSources AS implied`,
    );
    expect(implied.length).toBeGreaterThan(0);
    for (const f of implied)
      expect([f.id, f.stated, f.implied]).toEqual([f.id, [], ['source:fixture-moves']]);
    // A division flow keeps no direct lists; a flow of a report alone cites no named move.
    const others = await readRows(
      driver,
      `MATCH ()-[f:TALENT_FLOW]->() WHERE f.level = 'division' OR f.count = 0
       RETURN f.level AS level, f.count AS count, f.directStatedSources AS direct, f.statedSources AS stated,
              f.impliedSources AS implied, f.reportSources AS reports`,
    );
    expect(others.length).toBeGreaterThan(1);
    for (const o of others) {
      expect(o.direct).toBeNull();
      if (Number(o.count) === 0) expect([o.stated, o.implied]).toEqual([[], []]);
      if (o.level === 'division') expect(o.reports).toEqual([]);
    }
  });

  it('cites, at an overview flow, the PART_OF facts its moves and reports are rolled up along, by the part they back', async () => {
    const database = testNeo4j().database;
    // For this test only: Delta Research placed in Alpha Labs by another (fictional) source, and a report of
    // departures from Delta Research to Gamma Corp; put back afterwards.
    const STRUCTURE = 'source:fixture-structure';
    await driver.executeQuery(
      `MATCH ()-[r:PART_OF {id: 'fact:delta-part-of-alpha'}]->() SET r.sources = [$structure]
       WITH 1 AS one
       MATCH (d:Organization {id: 'org:delta-research'}), (g:Organization {id: 'org:gamma-corp'})
       CREATE (e:Event {id: 'event:probe-delta-departures', kind: $kind, count: 2})
       CREATE (d)-[:PARTICIPATED_IN {id: 'fact:probe-delta-from', role: 'from', certainty: 'stated', sources: ['source:fixture-moves']}]->(e)
       CREATE (g)-[:PARTICIPATED_IN {id: 'fact:probe-gamma-to', role: 'to', certainty: 'stated', sources: ['source:fixture-moves']}]->(e)`,
      { structure: STRUCTURE, kind: DEPARTURES_EVENT_KIND },
      { database },
    );
    try {
      await recomputeTalentFlows(driver, { database });
      const rows = await readRows(
        driver,
        `MATCH ()-[f:TALENT_FLOW]->()
         RETURN f.id AS id, f.sources AS sources, f.statedSources AS stated, f.impliedSources AS implied,
                f.reportSources AS reports, f.partOfSources AS partOf,
                f.directStatedSources AS directStated, f.directImpliedSources AS directImplied
         ORDER BY id`,
      );
      const flow = (id: string) => rows.find((r) => r.id === id)!;
      // Hana Yousef's stated move from Delta Research counts in Alpha Labs → Beta AI by the PART_OF: its stated part
      // cites the PART_OF's source; by division, the flow's own moves (Layla Haddad's, Sara Kim's) do not.
      expect(flow('flow:org:alpha-labs->org:beta-ai')).toMatchObject({
        sources: ['source:fixture-moves', STRUCTURE],
        stated: ['source:fixture-moves', STRUCTURE],
        implied: [],
        partOf: [STRUCTURE],
        directStated: ['source:fixture-moves'],
        directImplied: [],
      });
      // Rami Khalil's implied move (left Delta Research and Alpha Labs for Gamma Corp) cites it for the implied
      // part only (the flow's stated move does not rest on it), and the report from Delta Research for the reported
      // part.
      expect(flow('flow:org:alpha-labs->org:gamma-corp')).toMatchObject({
        sources: ['source:fixture-moves', STRUCTURE],
        stated: ['source:fixture-moves'],
        implied: ['source:fixture-moves', STRUCTURE],
        reports: ['source:fixture-moves', STRUCTURE],
        partOf: [STRUCTURE],
      });
      // The division flows are between the organisations the stints name: no PART_OF behind them; nor behind any
      // other flow.
      for (const r of rows.filter(
        (r) =>
          !['flow:org:alpha-labs->org:beta-ai', 'flow:org:alpha-labs->org:gamma-corp'].includes(
            r.id as string,
          ),
      )) {
        expect([r.id, r.partOf], `${r.id}`).toEqual([r.id, []]);
        for (const list of ['sources', 'stated', 'implied', 'reports'])
          expect(r[list] as string[], `${r.id} ${list}`).not.toContain(STRUCTURE);
      }
      expect(rows.map((r) => r.id)).toContain('flow:org:delta-research->org:gamma-corp');
    } finally {
      await driver.executeQuery(
        `MATCH ()-[r:PART_OF {id: 'fact:delta-part-of-alpha'}]->() SET r.sources = ['source:fixture-moves']
         WITH 1 AS one
         MATCH (e:Event {id: 'event:probe-delta-departures'}) DETACH DELETE e`,
        {},
        { database },
      );
      await recomputeTalentFlows(driver, { database });
    }
  });

  it('cites for a stated move only the chains that state it, not an implied one into the same stint', async () => {
    const database = testNeo4j().database;
    // For this test only: Delta Research placed in Alpha Labs by an implied fact of another (fictional) source, and
    // Rami Khalil's Gamma Corp stint stated. He left Alpha Labs and its division for it: the chain from Alpha Labs
    // is stated throughout, the one from Delta Research rests on the implied PART_OF. Put back afterwards.
    const STRUCTURE = 'source:fixture-structure';
    const set = (partOf: string, sources: string[], gamma: string) =>
      driver.executeQuery(
        `MATCH ()-[r:PART_OF {id: 'fact:delta-part-of-alpha'}]->() SET r.certainty = $partOf, r.sources = $sources
         WITH 1 AS one
         MATCH ()-[g:WORKED_AT {id: 'fact:rami-gamma'}]->() SET g.certainty = $gamma`,
        { partOf, sources, gamma },
        { database },
      );
    await set('implied', [STRUCTURE], 'stated');
    try {
      await recomputeTalentFlows(driver, { database });
      const rows = await readRows(
        driver,
        `MATCH ()-[f:TALENT_FLOW]->() WHERE f.id IN ['flow:org:alpha-labs->org:gamma-corp', 'flow:org:alpha-labs->org:beta-ai']
         RETURN f.id AS id, f.sources AS sources, f.statedSources AS stated, f.impliedSources AS implied,
                f.partOfSources AS partOf, toString(f.statedCount) + ' of ' + toString(f.count) AS counted
         ORDER BY id`,
      );
      // Alpha Labs → Beta AI: Hana Yousef's one chain, out of Delta Research, is implied by the PART_OF now.
      expect(rows[0]).toMatchObject({
        id: 'flow:org:alpha-labs->org:beta-ai',
        implied: ['source:fixture-moves', STRUCTURE],
        partOf: [STRUCTURE],
      });
      expect(rows[0]!.stated as string[]).not.toContain(STRUCTURE);
      // Alpha Labs → Gamma Corp: Rami Khalil's move is stated (counted stated, as Omar Nasser's), by the chain from
      // Alpha Labs alone; the implied PART_OF backs no part drawn, though the flow still lists every source behind it.
      expect(rows[1]).toMatchObject({
        id: 'flow:org:alpha-labs->org:gamma-corp',
        counted: '2 of 2',
        stated: ['source:fixture-moves'],
        implied: [],
        sources: ['source:fixture-moves', STRUCTURE],
        partOf: [STRUCTURE],
      });
    } finally {
      await set('stated', ['source:fixture-moves'], 'implied');
      await recomputeTalentFlows(driver, { database });
    }
  });

  it('spans the named moves and the reports apart', async () => {
    const rows = await readRows(
      driver,
      `MATCH ()-[f:TALENT_FLOW]->() WHERE f.id IN ['flow:org:alpha-labs->org:beta-ai', 'flow:org:beta-ai->org:gamma-corp']
       RETURN f.id AS id, f.since AS since, f.until AS until, f.movedSince AS movedSince, f.movedUntil AS movedUntil,
              f.reportSince AS reportSince, f.reportUntil AS reportUntil
       ORDER BY id`,
    );
    expect(rows).toEqual([
      // Moves of 2022-06 (Layla Haddad) and 2023-08 (Hana Yousef); the report runs since 2024-01 with no end.
      {
        id: 'flow:org:alpha-labs->org:beta-ai',
        since: '2022-06',
        until: '2023-08',
        movedSince: '2022-06',
        movedUntil: '2023-08',
        reportSince: '2024-01',
        reportUntil: '',
      },
      // A report alone, undated ("others left"): no named move to date.
      {
        id: 'flow:org:beta-ai->org:gamma-corp',
        since: null,
        until: null,
        movedSince: '',
        movedUntil: '',
        reportSince: '',
        reportUntil: '',
      },
    ]);
  });

  it('counts a report placed at one end by two facts once, stated by its stated chain, citing that chain only', async () => {
    // Beside the stated "from Alpha Labs", an implied "from Delta Research" (Alpha's division) for the same report.
    const database = testNeo4j().database;
    await driver.executeQuery(
      `MATCH (d:Organization {id: 'org:delta-research'}), (e:Event {id: 'event:alpha-departures-2024'})
       CREATE (d)-[:PARTICIPATED_IN {id: 'hand:delta-departures-from', role: 'from', certainty: 'implied',
                                     sources: ['source:hand-made']}]->(e)`,
      {},
      { database },
    );
    try {
      await recomputeTalentFlows(driver, { database });
      const [flow] = await readRows(
        driver,
        `MATCH ()-[f:TALENT_FLOW {id: 'flow:org:alpha-labs->org:beta-ai'}]->()
         RETURN f.eventIds AS events, f.impliedEventIds AS implied, f.reportSources AS sources,
                toInteger(f.reportedCount) AS reported`,
      );
      expect(flow).toMatchObject({ events: ['event:alpha-departures-2024'], implied: [] });
      expect(Number(flow!.reported)).toBe(5);
      expect(flow!.sources).not.toContain('source:hand-made');
    } finally {
      await driver.executeQuery(
        "MATCH ()-[r:PARTICIPATED_IN {id: 'hand:delta-departures-from'}]->() DELETE r",
        {},
        { database },
      );
      await recomputeTalentFlows(driver, { database });
    }
  });

  it('rebuilds the same flows when recomputed', async () => {
    const before = await flows();
    await recomputeTalentFlows(driver, { database: testNeo4j().database });
    expect(await flows()).toEqual(before);
  });

  it('builds exactly the same flows, lists in the same order, when it stages one person per transaction', async () => {
    const everything = () =>
      readRows(driver, 'MATCH ()-[f:TALENT_FLOW]->() RETURN f.id AS id, properties(f) AS props ORDER BY id');
    const inOnePass = await everything();
    await recomputeTalentFlows(driver, { database: testNeo4j().database, batchPeople: 1 });
    expect(await everything()).toEqual(inOnePass);
    expect(inOnePass.length).toBeGreaterThan(5);
  });

  it('builds exactly the same flows when it swaps them in one flow per transaction', async () => {
    const everything = () =>
      readRows(driver, 'MATCH ()-[f:TALENT_FLOW]->() RETURN f.id AS id, properties(f) AS props ORDER BY id');
    const atomically = await everything();
    await recomputeTalentFlows(driver, { database: testNeo4j().database, batchPeople: 2, swapBatch: 1 });
    expect(await everything()).toEqual(atomically);
    expect(atomically.length).toBeGreaterThan(5);
  });

  it('leaves no staged flows behind once the new flows are swapped in', async () => {
    await recomputeTalentFlows(driver, { database: testNeo4j().database, batchPeople: 2, swapBatch: 3 });
    const staged = await readRows(driver, 'MATCH ()-[f:TALENT_FLOW_STAGED]->() RETURN count(f) AS n');
    expect(Number(staged[0]!.n)).toBe(0);
  });
});

// The bundled article, seeded after the fixture's tests: its four named Meta → xAI moves are implied, Xinlei Chen
// left FAIR and Meta (one move), and "others left for OpenAI" names nobody and gives no number.
describe('talent flows of the article', () => {
  beforeAll(async () => {
    await resetGraph(driver, { database: testNeo4j().database });
    await loadBundledSources(driver, { database: testNeo4j().database });
  });

  it('counts Meta → xAI once per person, all four moves implied, the flow stated by its report', async () => {
    expect(await byId('flow:org:meta->org:xai')).toMatchObject({
      level: 'organization',
      count: 4,
      stated: 0,
      implied: 4,
      certainty: 'stated',
      reported: 14,
      divisionPeople: ['person:xinlei-chen'],
      // Drawn as its implied moves and its stated report of at least 14.
      parts: ['stated', 'implied'],
    });
    expect([...(await byId('flow:org:meta->org:xai')).impliedFacts].sort()).toEqual([
      'fact:alan-rice-joined-xai',
      'fact:ching-yao-chuang-joined-xai',
      'fact:sheng-shen-joined-xai',
      'fact:xinlei-chen-joined-xai',
    ]);
  });

  it('keeps FAIR → xAI at division level only, rolled into Meta → xAI', async () => {
    expect(await byId('flow:org:fair->org:xai')).toMatchObject({
      level: 'division',
      parent: 'flow:org:meta->org:xai',
      people: ['person:xinlei-chen'],
      certainty: 'implied',
      parts: ['implied'],
    });
    expect((await overview()).some((f) => f.from === 'org:fair')).toBe(false);
  });

  it('derives Meta → OpenAI from the report alone', async () => {
    expect(await byId('flow:org:meta->org:openai')).toMatchObject({
      count: 0,
      reported: null,
      certainty: 'stated',
      eventIds: ['event:meta-to-openai-departures'],
      parts: ['stated'],
    });
  });
});

describe('talent flows and a stint no source backs', () => {
  it('derives no move from a stint written without a certainty, and keeps the move the sourced stints make', async () => {
    // Omar Nasser: alpha-labs (ended 2023-01) → gamma-corp (2023-02, ended 2024-01) → beta-ai (2024-03). A stint
    // written by hand at delta-research from 2023-01 (no certainty, no source) would be his next after alpha-labs.
    await resetGraph(driver, { database: testNeo4j().database });
    await seedFiles(driver, [FIXTURE], { database: testNeo4j().database });
    await driver.executeQuery(
      `MATCH (p:Person {id: 'person:omar-nasser'}), (d:Organization {id: 'org:delta-research'})
       CREATE (p)-[:WORKED_AT {id: 'hand:omar-delta', start: '2023-01'}]->(d)`,
      {},
      { database: testNeo4j().database },
    );
    await recomputeTalentFlows(driver, { database: testNeo4j().database });
    const omar = (await flows())
      .filter((x) => x.people.includes('person:omar-nasser'))
      .map((x) => `${x.from}->${x.to}`);
    expect(omar).toEqual(['org:alpha-labs->org:gamma-corp', 'org:gamma-corp->org:beta-ai']);
    expect((await flows()).some((x) => x.factIds.includes('hand:omar-delta'))).toBe(false);
  });

  it('rolls nothing up along a PART_OF written without a certainty, and counts no report of such a PARTICIPATED_IN', async () => {
    await resetGraph(driver, { database: testNeo4j().database });
    await seedFiles(driver, [FIXTURE], { database: testNeo4j().database });
    const before = await overview();
    // By hand: Beta AI a division of Gamma Corp (which would make Omar's Gamma → Beta move one inside Gamma), and a
    // departures report of 99 people from Alpha Labs to Beta AI.
    await driver.executeQuery(
      `MATCH (b:Organization {id: 'org:beta-ai'}), (g:Organization {id: 'org:gamma-corp'}),
             (a:Organization {id: 'org:alpha-labs'})
       CREATE (b)-[:PART_OF {id: 'hand:beta-in-gamma'}]->(g)
       CREATE (e:Event {id: 'event:hand-report', kind: 'departures', count: 99, date: '2024-05'})
       CREATE (a)-[:PARTICIPATED_IN {id: 'hand:from', role: 'from'}]->(e)
       CREATE (b)-[:PARTICIPATED_IN {id: 'hand:to', role: 'to'}]->(e)`,
      {},
      { database: testNeo4j().database },
    );
    await recomputeTalentFlows(driver, { database: testNeo4j().database });
    const after = await overview();
    expect(after.map((f) => [f.id, f.count, f.reported, f.eventIds])).toEqual(
      before.map((f) => [f.id, f.count, f.reported, f.eventIds]),
    );
    expect(after.some((f) => f.eventIds.includes('event:hand-report'))).toBe(false);
  });
});
