// The derived views keep the evidence's certainty: GET /api/flows (counting each move once, listing reports that
// name nobody), a person's career moves and the timeline's items, on the article's graph and on the fictional
// fixture of tests/fixtures/seed/flows (a division, implied moves, reports).
import path from 'node:path';
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CareerResponseSchema,
  FlowsResponseSchema,
  TimelineResponseSchema,
} from '../../../model/api-responses.js';
import { ensureSchema, loadBundledSources, recomputeTalentFlows, seedFiles } from '../../../seed/index.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, resetDatabase, testNeo4j } from '../../support/neo4j.js';

const FIXTURE = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');

function useApi(seed: (driver: Driver) => Promise<unknown>): {
  (url: string): Promise<ReturnType<typeof FlowsResponseSchema.parse>>;
  raw(url: string): Promise<unknown>;
} {
  const ctx: { driver?: Driver; app?: ReturnType<typeof createTestApp>['app'] } = {};
  beforeAll(async () => {
    ctx.driver = createTestDriver();
    await resetDatabase(ctx.driver);
    await ensureSchema(ctx.driver, { database: testNeo4j().database });
    await seed(ctx.driver);
    ctx.app = createTestApp(ctx.driver).app;
  });
  afterAll(async () => ctx.driver?.close());
  const raw = async (url: string) => {
    const res = await request(ctx.app!).get(url);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as unknown;
  };
  return Object.assign(async (url: string) => FlowsResponseSchema.parse(await raw(url)), { raw });
}

/** Distinct people named across the flows out of `from` (each person is one, however many flows list them). */
const peopleOut = (flows: { from: { id: string }; people: { id: string }[] }[], from: string[]) =>
  new Set(flows.filter((f) => from.includes(f.from.id)).flatMap((f) => f.people.map((p) => p.id)));

describe('flows on the article', () => {
  const flows = useApi((d) => loadBundledSources(d, { database: testNeo4j().database }));

  it('calls the four named Meta → xAI moves implied, each with the implied fact behind it', async () => {
    const body = await flows('/api/flows');
    const metaXai = body.flows.find((f) => f.id === 'flow:org:meta->org:xai')!;
    expect(metaXai.count).toBe(4);
    expect(metaXai.byCertainty).toEqual({ stated: 0, implied: 4 });
    const slug = (id: string) => id.replace('person:', '');
    for (const p of metaXai.people) {
      expect(p.certainty).toBe('implied');
      expect(p.impliedBy).toEqual([`fact:${slug(p.id)}-joined-xai`]);
      // Said in words too: the implied stint is one at xAI (the organisation's details list it so).
      expect(p.impliedFacts).toEqual([
        {
          id: `fact:${slug(p.id)}-joined-xai`,
          type: 'WORKED_AT',
          org: { id: 'org:xai', name: 'xAI', nameAr: null },
          parent: null,
        },
      ]);
    }
    // The stated report (≥ 14 left Meta for xAI) is what makes the flow itself stated.
    expect(metaXai.reports).toHaveLength(1);
    expect(metaXai.reports[0]).toMatchObject({ certainty: 'stated', count: 14 });
    expect(metaXai.certainty).toBe('stated');
    // The graph edge carries the same split, for the client to draw.
    const edge = body.graph.edges.find((e) => e.id === metaXai.id)!;
    expect(edge.properties).toMatchObject({
      count: 4,
      statedCount: 0,
      impliedCount: 4,
      reportCertainty: 'stated',
    });
  });

  it('counts Xinlei Chen once: the overview has no FAIR → xAI, and Meta → xAI names four people for four people', async () => {
    const body = await flows('/api/flows');
    expect(body.flows.some((f) => f.from.id === 'org:fair')).toBe(false);
    expect(body.flows.every((f) => f.level === 'organization')).toBe(true);
    const named = body.flows.filter((f) => f.to.id === 'org:xai').reduce((n, f) => n + f.count, 0);
    expect(named).toBe(4);
  });

  it('shows FAIR’s own flow when asked for divisions, and Meta’s without the person counted there', async () => {
    const body = await flows('/api/flows?divisions=true');
    const fair = body.flows.find((f) => f.id === 'flow:org:fair->org:xai')!;
    expect(fair).toMatchObject({ level: 'division', parent: 'flow:org:meta->org:xai', count: 1 });
    expect(fair.people.map((p) => p.id)).toEqual(['person:xinlei-chen']);
    const meta = body.flows.find((f) => f.id === 'flow:org:meta->org:xai')!;
    expect(meta.count).toBe(3);
    expect(meta.people.map((p) => p.id)).not.toContain('person:xinlei-chen');
    // Summed at division level, still four people.
    expect(fair.count + meta.count).toBe(4);
    expect(peopleOut(body.flows, ['org:meta', 'org:fair']).size).toBe(4);
    // A division's own overview shows its flows without being asked.
    const own = await flows('/api/flows?org=org:fair');
    expect(own.flows.map((f) => f.id)).toEqual(['flow:org:fair->org:xai']);
  });

  it('lists the reported Meta → OpenAI departures, which name nobody and give no number, with their quote', async () => {
    const body = await flows('/api/flows');
    const openai = body.flows.find((f) => f.id === 'flow:org:meta->org:openai')!;
    expect(openai).toMatchObject({ count: 0, reportedCount: null, people: [], certainty: 'stated' });
    expect(openai.reports).toHaveLength(1);
    const quotes = openai.reports[0]!.facts;
    expect(quotes.map((q) => q.role).sort()).toEqual(['from', 'to']);
    expect(quotes.find((q) => q.role === 'to')).toMatchObject({
      certainty: 'stated',
      evidence: 'بينما غادر آخرون إلى OpenAI',
      evidenceEn: 'while others left for OpenAI',
    });
  });
});

describe('careers on the article', () => {
  const api = useApi((d) => loadBundledSources(d, { database: testNeo4j().database }));

  it('calls Xinlei Chen’s moves to xAI implied, naming the implied stint', async () => {
    const career = CareerResponseSchema.parse(await api.raw('/api/people/person:xinlei-chen/career'));
    expect(career.moves.length).toBeGreaterThan(0);
    for (const m of career.moves) {
      expect(m.to).toBe('org:xai');
      expect(m).toMatchObject({ certainty: 'implied', impliedBy: ['fact:xinlei-chen-joined-xai'] });
    }
  });
});

describe('flows on the fixture with a division, implied moves and reports', () => {
  const flows = useApi((d) => seedFiles(d, [FIXTURE], { database: testNeo4j().database }));

  it('splits each flow by certainty and says why a move is implied', async () => {
    const body = await flows('/api/flows');
    const alphaGamma = body.flows.find((f) => f.id === 'flow:org:alpha-labs->org:gamma-corp')!;
    expect(alphaGamma.byCertainty).toEqual({ stated: 1, implied: 1 });
    expect(alphaGamma.certainty).toBe('stated');
    const rami = alphaGamma.people.find((p) => p.id === 'person:rami-khalil')!;
    expect(rami).toMatchObject({ certainty: 'implied', impliedBy: ['fact:rami-gamma'] });
    expect(alphaGamma.people.find((p) => p.id === 'person:omar-nasser')).toMatchObject({
      certainty: 'stated',
      impliedBy: [],
    });
  });

  it('counts each move once at the level shown, and never more people than moved', async () => {
    const overview = await flows('/api/flows');
    expect(overview.flows.find((f) => f.id === 'flow:org:alpha-labs->org:gamma-corp')!.count).toBe(2);
    expect(overview.flows.find((f) => f.id === 'flow:org:alpha-labs->org:beta-ai')!.count).toBe(3);
    const byDivision = await flows('/api/flows?divisions=true');
    const count = (id: string) => byDivision.flows.find((f) => f.id === id)?.count;
    expect(count('flow:org:alpha-labs->org:gamma-corp')).toBe(1);
    expect(count('flow:org:delta-research->org:gamma-corp')).toBe(1);
    expect(count('flow:org:alpha-labs->org:beta-ai')).toBe(2);
    expect(count('flow:org:delta-research->org:beta-ai')).toBe(1);
    for (const body of [overview, byDivision]) {
      const named = body.flows
        .filter((f) => ['org:alpha-labs', 'org:delta-research'].includes(f.from.id))
        .reduce((n, f) => n + f.count, 0);
      // Layla, Sara, Hana (to Beta), Omar, Rami (to Gamma): five people left Alpha Labs or its division.
      expect(named).toBe(5);
      expect(peopleOut(body.flows, ['org:alpha-labs', 'org:delta-research']).size).toBe(5);
    }
  });

  it('keeps the certainty in a window: the implied move of 2021 alone', async () => {
    const body = await flows('/api/flows?since=2021&until=2021-12');
    const alphaGamma = body.flows.find((f) => f.id === 'flow:org:alpha-labs->org:gamma-corp')!;
    expect(alphaGamma).toMatchObject({
      count: 1,
      byCertainty: { stated: 0, implied: 1 },
      certainty: 'implied',
    });
  });

  it('lists a report with no number and no names as a flow, stated, with its quote', async () => {
    const body = await flows('/api/flows');
    const betaGamma = body.flows.find((f) => f.id === 'flow:org:beta-ai->org:gamma-corp')!;
    expect(betaGamma).toMatchObject({ count: 0, reportedCount: null, certainty: 'stated', atLeast: 0 });
    expect(betaGamma.reports[0]!.facts[0]!.evidence).toBe('وغادر آخرون بيتا إلى شركة جاما');
    const edge = body.graph.edges.find((e) => e.id === betaGamma.id)!;
    expect(edge.properties).toMatchObject({ count: 0, reports: 1, reportCertainty: 'stated' });
  });

  it('gives each career move the certainty of its stints', async () => {
    const omar = CareerResponseSchema.parse(await flows.raw('/api/people/person:omar-nasser/career'));
    expect(omar.moves.map((m) => m.certainty)).toEqual(['stated', 'stated']);
    const rami = CareerResponseSchema.parse(await flows.raw('/api/people/person:rami-khalil/career'));
    // Rami Khalil left Alpha Labs and its division Delta Research for Gamma Corp: one move, as the flows count it,
    // with both stints left.
    expect(rami.moves.map((m) => [m.from, m.also, m.to, m.certainty, m.impliedBy])).toEqual([
      [
        'org:alpha-labs',
        [{ from: 'org:delta-research', fromStint: 'fact:rami-delta' }],
        'org:gamma-corp',
        'implied',
        ['fact:rami-gamma'],
      ],
    ]);
  });

  it('tells a stated move by its stated stints: from, date and evidence, not an implied stint left beside them', async () => {
    // Made-up people, removed afterwards: each has a stated stint at Delta Research and an implied one at its parent
    // Alpha Labs, both left for a stated stint at Beta. One move each, stated: the implied stint is left too (also),
    // and backs nothing of it. The first joins Beta on a known date and left both on the same date (the parent's
    // stint, first by id, led the move); the second joins Beta on an unknown date and left the parent later (whose
    // end dated the move).
    const [first, second] = ['person:probe-stated-beside-implied', 'person:probe-stated-beside-implied-2'];
    const driver = createTestDriver();
    const database = testNeo4j().database;
    try {
      await driver.executeQuery(
        `MATCH (delta:Organization {id: 'org:delta-research'}), (alpha:Organization {id: 'org:alpha-labs'}),
               (beta:Organization {id: 'org:beta-ai'})
         UNWIND [{id: $first, alphaEnd: '2022-05', betaStart: '2022-06', n: ''},
                 {id: $second, alphaEnd: '2022-08', betaStart: null, n: '-2'}] AS probe
         CREATE (p:Person {id: probe.id, name: 'Probe Mover'})
         CREATE (p)-[:WORKED_AT {id: 'fact:probe-delta' + probe.n, start: '2018', end: '2022-05', certainty: 'stated', sources: ['source:fixture-moves'], evidence: 'stated at Delta'}]->(delta),
                (p)-[:WORKED_AT {id: 'fact:probe-alpha' + probe.n, start: '2018', end: probe.alphaEnd, certainty: 'implied', sources: ['source:fixture-moves'], evidence: 'implied at Alpha'}]->(alpha),
                (p)-[:WORKED_AT {id: 'fact:probe-beta' + probe.n, start: probe.betaStart, certainty: 'stated', sources: ['source:fixture-moves'], evidence: 'stated at Beta'}]->(beta)`,
        { first, second },
        { database },
      );
      for (const [person, n, when] of [
        [first, '', '2022-06'],
        [second, '-2', '2022-05'],
      ] as const) {
        const career = CareerResponseSchema.parse(await flows.raw(`/api/people/${person}/career`));
        expect(career.moves, person).toHaveLength(1);
        expect(career.moves[0], person).toMatchObject({
          from: 'org:delta-research',
          fromStint: `fact:probe-delta${n}`,
          also: [{ from: 'org:alpha-labs', fromStint: `fact:probe-alpha${n}` }],
          to: 'org:beta-ai',
          toStint: `fact:probe-beta${n}`,
          when,
          certainty: 'stated',
          impliedBy: [],
        });
        expect(career.moves[0]!.evidence.map((e) => [e.fact, e.certainty])).toEqual([
          [`fact:probe-delta${n}`, 'stated'],
          [`fact:probe-beta${n}`, 'stated'],
        ]);
      }
    } finally {
      await driver.executeQuery(
        `MATCH (p:Person) WHERE p.id IN [$first, $second] DETACH DELETE p`,
        { first, second },
        { database },
      );
      await driver.close();
    }
  });

  it('gives each timeline item its certainty', async () => {
    const timeline = TimelineResponseSchema.parse(await flows.raw('/api/timeline'));
    const item = (id: string) => timeline.items.find((i) => i.id === id);
    expect(item('fact:rami-gamma')).toMatchObject({ kind: 'stint-start', certainty: 'implied' });
    expect(item('fact:omar-beta')).toMatchObject({ kind: 'stint-start', certainty: 'stated' });
    expect(item('event:alpha-departures-2024')).toMatchObject({ certainty: 'stated' });
  });

  it('tells joining and leaving a division and its parent on one date as one item each, as one move', async () => {
    // Rami Khalil's stints at Delta Research and at Alpha Labs (Delta is PART_OF Alpha) both run 2017 – 2020-12.
    const timeline = TimelineResponseSchema.parse(await flows.raw('/api/timeline'));
    const rami = timeline.items.filter((i) => i.nodes[0] === 'person:rami-khalil' && i.kind !== 'event');
    expect(rami.map((i) => [i.kind, i.date])).toEqual([
      ['stint-start', '2017'],
      ['stint-end', '2020-12'],
      ['stint-start', '2021-02'],
    ]);
    const left = rami[1]!;
    expect(left).toMatchObject({
      title: 'Rami Khalil leaves Delta Research and Alpha Labs',
      titleAr: 'يغادر رامي خليل قسم دلتا للأبحاث ومختبرات ألفا',
      nodes: ['person:rami-khalil', 'org:delta-research', 'org:alpha-labs'],
      certainty: 'stated',
    });
    expect([...left.stints].sort()).toEqual(['fact:rami-alpha', 'fact:rami-delta']);
    expect(left.stints[0]).toBe(left.id);
    expect(rami[0]!.title).toBe('Rami Khalil joins Delta Research and Alpha Labs');
    // Every stint is told once: no item repeats another's fact.
    const told = timeline.items.flatMap((i) => i.stints.map((s) => `${i.kind} ${s}`));
    expect(new Set(told).size).toBe(told.length);
  });
});

describe('a stint written by hand, with no certainty', () => {
  // The fixture, then what a user could write through Cypher: a person with one stint that says it is stated and
  // one that says nothing (no certainty, no source, no evidence).
  const api = useApi(async (d) => {
    await seedFiles(d, [FIXTURE], { database: testNeo4j().database });
    await d.executeQuery(
      `MATCH (a:Organization {id: 'org:alpha-labs'}), (b:Organization {id: 'org:beta-ai'})
       CREATE (p:Person {id: 'person:by-hand', name: 'By Hand'})
       CREATE (p)-[:WORKED_AT {id: 'hand:alpha', start: '2019', end: '2020-06', certainty: 'stated'}]->(a)
       CREATE (p)-[:WORKED_AT {id: 'hand:beta', start: '2020-09'}]->(b)
       WITH a
       // And a second stint of Omar Nasser at Gamma Corp, where his stated Alpha → Gamma move lands.
       MATCH (omar:Person {id: 'person:omar-nasser'}), (g:Organization {id: 'org:gamma-corp'})
       CREATE (omar)-[:WORKED_AT {id: 'hand:omar-gamma', start: '2022-11'}]->(g)
       // And an event no source reports.
       CREATE (:Event {id: 'event:by-hand', name: 'A meeting written by hand', date: '2022-12'})
       // And a division written by hand (its PART_OF gives no certainty), left with its parent on one date.
       CREATE (hd:Organization {id: 'org:hand-division', name: 'Hand Division'})
              -[:PART_OF {id: 'hand:division-part-of-parent'}]->(hp:Organization {id: 'org:hand-parent', name: 'Hand Parent'})
       CREATE (p2:Person {id: 'person:by-hand-2', name: 'By Hand Two'})
       CREATE (p2)-[:WORKED_AT {id: 'hand:two-division', start: '2018', end: '2021-03', certainty: 'stated'}]->(hd)
       CREATE (p2)-[:WORKED_AT {id: 'hand:two-parent', start: '2018', end: '2021-03', certainty: 'stated'}]->(hp)
       // And, beside the stated "from Alpha Labs" of a report, an implied "from Delta Research" (Alpha's division).
       WITH 1 AS one
       MATCH (d:Organization {id: 'org:delta-research'}), (e:Event {id: 'event:alpha-departures-2024'})
       CREATE (d)-[:PARTICIPATED_IN {id: 'hand:delta-departures-from', role: 'from', certainty: 'implied',
                                     sources: ['source:hand-made']}]->(e)`,
      {},
      { database: testNeo4j().database },
    );
    // The flows derived again, as a seed or an import does after writing.
    await recomputeTalentFlows(d, { database: testNeo4j().database });
  });

  it('lists the stint with no certainty and makes no career move of it, as the flows make none', async () => {
    const career = CareerResponseSchema.parse(await api.raw('/api/people/person:by-hand/career'));
    expect(career.stints.map((s) => [s.id, s.certainty])).toEqual([
      ['hand:alpha', 'stated'],
      ['hand:beta', null],
    ]);
    expect(career.moves).toEqual([]);
  });

  it('lists no fact no source backs behind a flow’s mover, nor dates the move by it', async () => {
    const body = await api('/api/flows');
    const alphaGamma = body.flows.find((f) => f.id === 'flow:org:alpha-labs->org:gamma-corp')!;
    const omar = alphaGamma.people.find((p) => p.id === 'person:omar-nasser')!;
    expect(omar.facts).not.toContain('hand:omar-gamma');
    expect(omar.when).toBe('2023-02');
  });

  it('lists a report placed at an end by a stated and an implied fact once, stated, citing the stated one only', async () => {
    const body = await api('/api/flows');
    const flow = body.flows.find((f) => f.id === 'flow:org:alpha-labs->org:beta-ai')!;
    expect(flow.reports.map((r) => [r.id, r.certainty])).toEqual([['event:alpha-departures-2024', 'stated']]);
    expect(flow.reportSources).toEqual(['source:fixture-moves']);
  });

  it('calls its timeline item unsourced, and keeps the other stint stated', async () => {
    const timeline = TimelineResponseSchema.parse(await api.raw('/api/timeline'));
    const item = (id: string) => timeline.items.find((i) => i.id === id && i.kind === 'stint-start');
    expect(item('hand:beta')).toMatchObject({ certainty: 'unsourced' });
    expect(item('hand:alpha')).toMatchObject({ certainty: 'stated' });
    // An event no source reports is unsourced too; the fixture's, reported by its source, stay stated.
    const events = timeline.items.filter((i) => i.kind === 'event');
    expect(events.find((i) => i.id === 'event:by-hand')).toMatchObject({ certainty: 'unsourced' });
    expect(events.filter((i) => i.id !== 'event:by-hand').map((i) => i.certainty)).toEqual(
      events.filter((i) => i.id !== 'event:by-hand').map(() => 'stated'),
    );
    expect(events.length).toBeGreaterThan(1);
    // A division placed by a PART_OF no source backs is not rolled into its parent (as the flows roll none): two items.
    const two = timeline.items.filter((i) => i.nodes[0] === 'person:by-hand-2' && i.kind === 'stint-end');
    expect(two.map((i) => i.stints)).toEqual([['hand:two-division'], ['hand:two-parent']]);
  });
});

describe('a report written by hand beside one a source backs', () => {
  // Made-up events: one a source states and a REPORTED_BY with no certainty (written by hand) also report; one only a
  // hand-written REPORTED_BY reports.
  const api = useApi((d) =>
    d.executeQuery(
      `CREATE (s:Source {id: 'source:tf-s', publisher: 'S'}), (h:Source {id: 'source:tf-h', publisher: 'H'}),
              (e:Event {id: 'event:tf-e', kind: 'statement', date: '2024', name: 'E'}),
              (f:Event {id: 'event:tf-f', kind: 'statement', date: '2024-03', name: 'F'}),
              (e)-[:REPORTED_BY {id: 'fact:tf-e-rep', certainty: 'stated', sources: ['source:tf-s']}]->(s),
              (e)-[:REPORTED_BY {id: 'hand:e-rep', sources: ['source:tf-h']}]->(h),
              (f)-[:REPORTED_BY {id: 'hand:f-rep', sources: ['source:tf-h']}]->(h)`,
      {},
      { database: testNeo4j().database },
    ),
  );

  it('cites on a timeline item only the sources of REPORTED_BY facts a source backs', async () => {
    const timeline = TimelineResponseSchema.parse(await api.raw('/api/timeline'));
    expect(timeline.items.map((i) => [i.id, i.certainty, i.sources])).toEqual([
      ['event:tf-e', 'stated', ['source:tf-s']],
      // Nothing backs it: unsourced, and it cites nothing (the strip hides it with either certainty hidden).
      ['event:tf-f', 'unsourced', []],
    ]);
  });
});

describe('a report with facts the seed did not count it by', () => {
  // The fixture, then what a user could write through Cypher: the Alpha Labs → Beta AI report also names Gamma Corp
  // as a destination (a fact of another flow) and Beta AI once more by a fact with no certainty.
  const api = useApi(async (d) => {
    await seedFiles(d, [FIXTURE], { database: testNeo4j().database });
    await d.executeQuery(
      `MATCH (e:Event {id: 'event:alpha-departures-2024'}), (b:Organization {id: 'org:beta-ai'}),
             (g:Organization {id: 'org:gamma-corp'})
       CREATE (g)-[:PARTICIPATED_IN {id: 'hand:to-gamma', role: 'to', certainty: 'stated', sources: ['source:other']}]->(e)
       CREATE (b)-[:PARTICIPATED_IN {id: 'hand:to-beta', role: 'to', sources: ['source:by-hand']}]->(e)`,
      {},
      { database: testNeo4j().database },
    );
  });

  it('lists and cites only the report’s facts at the flow’s ends that a source backs', async () => {
    const body = await api('/api/flows');
    const alphaBeta = body.flows.find((f) => f.id === 'flow:org:alpha-labs->org:beta-ai')!;
    expect(alphaBeta.reports[0]!.facts.map((f) => f.id)).toEqual([
      'fact:departures-from-alpha',
      'fact:departures-to-beta',
    ]);
    expect(alphaBeta.reportSources).toEqual(['source:fixture-moves']);
    expect(alphaBeta.sources).not.toContain('source:other');
    expect(alphaBeta.sources).not.toContain('source:by-hand');
  });
});

describe('the implied facts behind a move, described', () => {
  // The fixture, and made-up test data: a wing that only an implied PART_OF fact places in Beta AI, and a person who
  // left it (a stated stint) for Gamma Corp — a move of Beta AI's that rests on that PART_OF fact alone.
  const flows = useApi(async (d) => {
    const { database } = testNeo4j();
    await seedFiles(d, [FIXTURE], { database });
    await d.executeQuery(
      `MATCH (b:Organization {id: 'org:beta-ai'}), (g:Organization {id: 'org:gamma-corp'})
       CREATE (w:Organization {id: 'org:probe-wing', name: 'Probe Wing', nameAr: 'جناح الاختبار'})
              -[:PART_OF {id: 'fact:probe-wing-in-beta', certainty: 'implied', sources: ['source:fixture-moves']}]->(b)
       CREATE (p:Person {id: 'person:probe-winger', name: 'Probe Winger'})
       CREATE (p)-[:WORKED_AT {id: 'fact:probe-winger-wing', start: '2015', end: '2016-01', certainty: 'stated',
                               sources: ['source:fixture-moves']}]->(w)
       CREATE (p)-[:WORKED_AT {id: 'fact:probe-winger-gamma', start: '2016-02', certainty: 'stated',
                               sources: ['source:fixture-moves']}]->(g)`,
      {},
      { database },
    );
    await recomputeTalentFlows(d, { database });
  });

  it('names each implied fact of a listed move: a stint by its organisation, a PART_OF fact by what it places where', async () => {
    // As an organisation's details ask for its flows.
    const body = await flows('/api/flows?org=org:beta-ai&direction=both');
    const flow = body.flows.find((f) => f.id === 'flow:org:beta-ai->org:gamma-corp')!;
    const winger = flow.people.find((p) => p.id === 'person:probe-winger')!;
    expect(winger).toMatchObject({ certainty: 'implied', impliedBy: ['fact:probe-wing-in-beta'] });
    expect(winger.impliedFacts).toEqual([
      {
        id: 'fact:probe-wing-in-beta',
        type: 'PART_OF',
        org: { id: 'org:probe-wing', name: 'Probe Wing', nameAr: 'جناح الاختبار' },
        parent: { id: 'org:beta-ai', name: 'Beta AI', nameAr: expect.any(String) },
      },
    ]);
    // Every implied fact of every listed move, in both views, is described in its order.
    for (const divisions of ['false', 'true'])
      for (const f of (await flows(`/api/flows?limit=500&divisions=${divisions}`)).flows)
        for (const p of f.people) {
          expect(
            p.impliedFacts.map((x) => x.id),
            `${f.id} ${p.id}`,
          ).toEqual(p.impliedBy);
          for (const x of p.impliedFacts) expect(x.type, `${f.id} ${p.id} ${x.id}`).not.toBeNull();
        }
  });
});
