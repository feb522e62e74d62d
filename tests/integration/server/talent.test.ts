// GET /api/orgs/:id/talent on the two fictional fixtures (tests/fixtures/seed/flows and tests/fixtures/seed/talent):
// every count of every period is checked against an independent count made here from the facts files — each
// person's stints at the organisation (and its divisions, along PART_OF) merged into spans of employment, a span's
// start a hire and its end a departure — and the reported counts against the reports read by hand.
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlowsResponseSchema, TalentResponseSchema } from '../../../model/api-responses.js';
import { DEPARTURES_EVENT_KIND } from '../../../model/data-model.js';
import { ensureSchema, recomputeTalentFlows, seedFiles } from '../../../seed/index.js';
import { createTestApp } from '../../support/api.js';
import { createTestDriver, resetDatabase, testNeo4j } from '../../support/neo4j.js';

const FILES = [
  path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml'),
  path.resolve('tests/fixtures/seed/talent/fixture-talent.facts.yaml'),
];

interface Fact {
  id: string;
  type: string;
  from: string;
  to: string;
  start?: string;
  end?: string;
  left?: boolean;
  certainty: 'stated' | 'implied';
}
const facts: Fact[] = FILES.flatMap((f) => (parse(fs.readFileSync(f, 'utf8')) as { facts: Fact[] }).facts);

type Counts = { stated: number; implied: number };
interface Expected {
  byYear: Map<string, { hires: Counts; departures: Counts }>;
  undated: { hires: Counts; departures: Counts };
}

/**
 * The independent count. An organisation's family: itself and, unless `divisions`, whatever is PART_OF it. Each
 * person's family stints, in order of start, merge into one span while no stint elsewhere starts between them
 * (a move between divisions, or a division's stint inside its parent's); a span's start is one hire and its end
 * one departure. A span is stated when one of the stints that open (close) it is stated and placed in the
 * family by stated PART_OF facts. No start: an undated hire; `left` without an end: an undated departure.
 */
function expectedFor(org: string, divisions: boolean): Expected {
  const partOf = facts.filter((f) => f.type === 'PART_OF');
  const via = new Map<string, boolean>([[org, true]]); // org → placed by stated facts only
  if (!divisions)
    for (let grew = true; grew;) {
      grew = false;
      for (const f of partOf)
        if (via.has(f.to) && !via.has(f.from)) {
          via.set(f.from, via.get(f.to)! && f.certainty === 'stated');
          grew = true;
        }
    }
  const stints = facts.filter((f) => f.type === 'WORKED_AT');
  const out: Expected = {
    byYear: new Map(),
    undated: { hires: { stated: 0, implied: 0 }, departures: { stated: 0, implied: 0 } },
  };
  const bump = (when: string | undefined, kind: 'hires' | 'departures', stated: boolean) => {
    const c = when ? out.byYear.get(when.slice(0, 4)) : out.undated;
    const target =
      c ??
      out.byYear
        .set(when!.slice(0, 4), { hires: { stated: 0, implied: 0 }, departures: { stated: 0, implied: 0 } })
        .get(when!.slice(0, 4))!;
    target[kind][stated ? 'stated' : 'implied'] += 1;
  };
  const people = new Set(stints.filter((s) => via.has(s.to)).map((s) => s.from));
  for (const person of people) {
    const mine = stints.filter((s) => s.from === person);
    const inside = mine
      .filter((s) => via.has(s.to))
      .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
    const elsewhere = mine.filter((s) => !via.has(s.to));
    const stated = (s: Fact) => s.certainty === 'stated' && via.get(s.to)!;
    const spans: Fact[][] = [];
    for (const s of inside) {
      const last = spans[spans.length - 1];
      const prev = last?.[last.length - 1];
      const between =
        prev &&
        elsewhere.some((e) => e.start && prev.start && s.start && e.start > prev.start && e.start < s.start);
      if (last && prev?.start && s.start && !between) last.push(s);
      else spans.push([s]);
    }
    for (const span of spans) {
      const start = span[0]!.start;
      bump(start, 'hires', span.filter((s) => s.start === start).some(stated));
      // The span ends when every stint in it has ended, at the latest end.
      if (span.every((s) => s.end || s.left)) {
        const end =
          span
            .map((s) => s.end ?? '')
            .sort()
            .pop() || undefined;
        bump(end, 'departures', span.filter((s) => (s.end ?? undefined) === end).some(stated));
      }
    }
  }
  return out;
}

let app: ReturnType<typeof createTestApp>['app'];
const ctx: { driver?: ReturnType<typeof createTestDriver> } = {};
beforeAll(async () => {
  ctx.driver = createTestDriver();
  await resetDatabase(ctx.driver);
  await ensureSchema(ctx.driver, { database: testNeo4j().database });
  await seedFiles(ctx.driver, FILES, { database: testNeo4j().database });
  app = createTestApp(ctx.driver).app;
});
afterAll(async () => ctx.driver?.close());

async function talent(url: string) {
  const res = await request(app).get(url);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return TalentResponseSchema.parse(res.body);
}

const named = (c: { named: Counts }) => c.named;

describe('GET /api/orgs/:id/talent counts every named hire and departure once', () => {
  for (const [org, divisions] of [
    ['org:alpha-labs', false],
    ['org:alpha-labs', true],
    ['org:beta-ai', false],
    ['org:gamma-corp', false],
    ['org:delta-research', false],
    ['org:omega-group', false],
    ['org:omega-group', true],
    ['org:omega-vision', false],
    ['org:sigma-works', false],
  ] as const) {
    it(`matches the independent count for ${org}${divisions ? ' (divisions apart)' : ''}, year by year`, async () => {
      const body = await talent(`/api/orgs/${org}/talent?divisions=${divisions}`);
      const want = expectedFor(org, divisions);
      const years = [...want.byYear.keys()].sort();
      // The default window runs from the first to the last dated move or report: every year in it, zeros too.
      expect(body.periods.map((p) => p.label)).toEqual(
        body.periods.length
          ? Array.from({ length: body.periods.length }, (_, i) => String(Number(body.periods[0]!.label) + i))
          : [],
      );
      for (const y of years) expect(body.periods.map((p) => p.label)).toContain(y);
      for (const p of body.periods) {
        const w = want.byYear.get(p.label) ?? {
          hires: { stated: 0, implied: 0 },
          departures: { stated: 0, implied: 0 },
        };
        expect({ year: p.label, hires: named(p.hires), departures: named(p.departures) }).toEqual({
          year: p.label,
          ...w,
        });
        const total = (c: Counts) => c.stated + c.implied;
        expect(p.net.named).toBe(total(w.hires) - total(w.departures));
      }
      expect({ hires: named(body.undated.hires), departures: named(body.undated.departures) }).toEqual(
        want.undated,
      );
      // Each number is backed by the moves listed: one per person and period.
      const listed = body.moves.filter((m) => m.placement === 'period');
      expect(listed.length).toBe(
        body.periods.reduce(
          (n, p) =>
            n +
            p.hires.named.stated +
            p.hires.named.implied +
            p.departures.named.stated +
            p.departures.named.implied,
          0,
        ),
      );
    });
  }
});

describe('divisions and moves inside an organisation', () => {
  it('counts Rami Khalil, who left Delta Research and Alpha Labs at once, as one departure from Alpha Labs', async () => {
    const body = await talent('/api/orgs/org:alpha-labs/talent');
    const rami = body.moves.filter((m) => m.person.id === 'person:rami-khalil');
    expect(rami.map((m) => [m.kind, m.when])).toEqual([
      ['hire', '2017'],
      ['departure', '2020-12'],
    ]);
    // He went to Gamma Corp by an implied fact: the departure is stated, the destination implied.
    expect(rami[1]!.certainty).toBe('stated');
    expect(rami[1]!.counterparts).toEqual([
      { org: { id: 'org:gamma-corp', name: 'Gamma Corp', nameAr: 'شركة جاما' }, certainty: 'implied' },
    ]);
  });

  it('does not count Nadia Farouk’s move between two divisions of Omega Group as a hire or departure of it', async () => {
    const body = await talent('/api/orgs/org:omega-group/talent');
    const nadia = body.moves.filter((m) => m.person.id === 'person:nadia-farouk');
    expect(nadia.map((m) => [m.kind, m.when])).toEqual([['hire', '2020-02']]);
    // Seen from the division she left, it is a departure to Omega Group (the other division rolled up).
    const vision = await talent('/api/orgs/org:omega-vision/talent');
    const left = vision.moves.find((m) => m.person.id === 'person:nadia-farouk' && m.kind === 'departure')!;
    expect(left.when).toBe('2022-03');
    expect(left.counterparts.map((c) => c.org.id)).toEqual(['org:omega-group']);
  });

  it('names the division as the counterpart only with divisions=true', async () => {
    const rolled = await talent('/api/orgs/org:beta-ai/talent');
    const hana = (b: typeof rolled) =>
      b.moves.find((m) => m.person.id === 'person:hana-yousef')!.counterparts.map((c) => c.org.id);
    expect(hana(rolled)).toEqual(['org:alpha-labs']);
    expect(hana(await talent('/api/orgs/org:beta-ai/talent?divisions=true'))).toEqual(['org:delta-research']);
  });

  it('gives a move out of a division and its parent at once one counterpart by division: Karim Aziz, once', async () => {
    // He left Omega Group and its division Omega Vision in July 2021 and joined Sigma Works: one hire, from the
    // division, in the moves, the ranked sources and (by the same list) the Sankey.
    const body = await talent('/api/orgs/org:sigma-works/talent?divisions=true');
    const karim = body.moves.filter((m) => m.person.id === 'person:karim-aziz');
    expect(karim.map((m) => [m.kind, m.counterparts.map((c) => c.org.id)])).toEqual([
      ['hire', ['org:omega-vision']],
    ]);
    const from = new Map(body.sources.map((r) => [r.org.id, r.named.stated + r.named.implied]));
    expect(from.get('org:omega-vision')).toBe(1);
    expect(from.get('org:omega-group') ?? 0).toBe(0);
    // One counterpart, yet both stints he left stay facts behind the hire: the drill-down lists and cites them.
    const facts = await talent('/api/orgs/org:sigma-works/talent?divisions=true&detail=moves');
    const hire = facts.moves.find((m) => m.person.id === 'person:karim-aziz')!;
    expect(hire.facts.map((f) => f.id).sort()).toEqual([
      'fact:karim-omega',
      'fact:karim-sigma',
      'fact:karim-vision',
    ]);
  });

  it('calls a hire implied when only an implied PART_OF places the division in the organisation', async () => {
    const body = await talent('/api/orgs/org:omega-group/talent');
    const lina = body.moves.find((m) => m.person.id === 'person:lina-sabri')!;
    expect(lina).toMatchObject({ kind: 'hire', when: '2020', certainty: 'implied' });
    expect(lina.impliedBy.sort()).toEqual(['fact:lina-speech', 'fact:speech-part-of-omega']);
    // Beside her stints, the implied PART_OF fact her hire is counted along.
    expect(lina.facts.map((f) => f.id).sort()).toEqual([
      'fact:lina-sigma',
      'fact:lina-speech',
      'fact:speech-part-of-omega',
    ]);
    expect(lina.facts.find((f) => f.id === 'fact:lina-speech')!.evidence).toBe(
      'is thought to have joined Omega Speech in 2020',
    );
  });
});

describe('divisions placed as the flows place them', () => {
  it('counts a division that sources place under two tops in the one its flows roll it into, along that one path', async () => {
    const database = testNeo4j().database;
    const driver = ctx.driver!;
    // Made-up organisations and people (test data, no fixture's facts), removed afterwards. A lab under two tops
    // (one stated PART_OF each: the flows roll it into top A, the first by id); a person who left the lab for top B,
    // then B for a destination. A team placed in top T directly (stated) and, along a longer path, through a unit by
    // an implied PART_OF: the flows roll it along the longer path, so a move of its people is implied.
    const ids = [
      'org:probe-a',
      'org:probe-b',
      'org:probe-lab',
      'org:probe-dest',
      'org:probe-t',
      'org:probe-unit',
    ];
    const people = ['person:probe-lab-mover', 'person:probe-team-member'] as const;
    await driver.executeQuery(
      `CREATE (a:Organization {id: 'org:probe-a', name: 'Probe A'}), (b:Organization {id: 'org:probe-b', name: 'Probe B'}),
              (lab:Organization {id: 'org:probe-lab', name: 'Probe lab'}),
              (d:Organization {id: 'org:probe-dest', name: 'Probe destination'}),
              (t:Organization {id: 'org:probe-t', name: 'Probe T'}), (u:Organization {id: 'org:probe-unit', name: 'Probe unit'}),
              (team:Organization {id: 'org:probe-team', name: 'Probe team'}),
              (p:Person {id: $people[0], name: 'Probe lab mover'}), (q:Person {id: $people[1], name: 'Probe team member'})
       CREATE (lab)-[:PART_OF {id: 'fact:probe-lab-in-a', certainty: 'stated', sources: ['source:probe']}]->(a),
              (lab)-[:PART_OF {id: 'fact:probe-lab-in-b', certainty: 'stated', sources: ['source:probe']}]->(b),
              (team)-[:PART_OF {id: 'fact:probe-team-in-t', certainty: 'stated', sources: ['source:probe']}]->(t),
              (team)-[:PART_OF {id: 'fact:probe-team-in-unit', certainty: 'implied', sources: ['source:probe']}]->(u),
              (u)-[:PART_OF {id: 'fact:probe-unit-in-t', certainty: 'stated', sources: ['source:probe']}]->(t),
              (p)-[:WORKED_AT {id: 'fact:probe-p-lab', start: '2015', end: '2017-01', certainty: 'stated', sources: ['source:probe']}]->(lab),
              (p)-[:WORKED_AT {id: 'fact:probe-p-b', start: '2017-02', end: '2020-01', certainty: 'stated', sources: ['source:probe']}]->(b),
              (p)-[:WORKED_AT {id: 'fact:probe-p-dest', start: '2020-02', certainty: 'stated', sources: ['source:probe']}]->(d),
              (q)-[:WORKED_AT {id: 'fact:probe-q-team', start: '2016', end: '2018-01', certainty: 'stated', sources: ['source:probe']}]->(team),
              (q)-[:WORKED_AT {id: 'fact:probe-q-dest', start: '2018-02', certainty: 'stated', sources: ['source:probe']}]->(d)`,
      { people },
      { database },
    );
    try {
      const movesOf = async (org: string, person: string) =>
        (await talent(`/api/orgs/${org}/talent`)).moves
          .filter((m) => m.person.id === person)
          .map((m) => ({
            kind: m.kind,
            when: m.when,
            certainty: m.certainty,
            from: m.counterparts.map((c) => c.org.id),
          }));
      // Top B hired the lab mover from top A in 2017-02 (the A → B flow), and lost them to the destination in 2020.
      expect(await movesOf('org:probe-b', people[0])).toEqual([
        { kind: 'hire', when: '2017-02', certainty: 'stated', from: ['org:probe-a'] },
        { kind: 'departure', when: '2020-01', certainty: 'stated', from: ['org:probe-dest'] },
      ]);
      // Top A counts the lab's stint: hired in 2015, left for B in 2017-01.
      expect(await movesOf('org:probe-a', people[0])).toEqual([
        { kind: 'hire', when: '2015', certainty: 'stated', from: [] },
        { kind: 'departure', when: '2017-01', certainty: 'stated', from: ['org:probe-b'] },
      ]);
      // The team member's moves in T are implied, as the T → destination flow calls them.
      const team = await movesOf('org:probe-t', people[1]);
      expect(team.map((m) => [m.kind, m.certainty])).toEqual([
        ['hire', 'implied'],
        ['departure', 'implied'],
      ]);
      // The flows say the same: the lab's move is A → B, the team member's T → destination is implied.
      await recomputeTalentFlows(driver, { database });
      const flows = FlowsResponseSchema.parse((await request(app).get('/api/flows?limit=1000')).body).flows;
      const flow = (id: string) => flows.find((f) => f.id === id);
      expect(flow('flow:org:probe-a->org:probe-b')?.people.map((p) => p.id)).toEqual([people[0]]);
      expect(flow('flow:org:probe-t->org:probe-dest')?.byCertainty).toEqual({ stated: 0, implied: 1 });
    } finally {
      await driver.executeQuery(
        `MATCH (n) WHERE n.id IN $ids DETACH DELETE n`,
        { ids: [...ids, 'org:probe-team', ...people] },
        { database },
      );
      await recomputeTalentFlows(driver, { database });
    }
  });
});

describe('reported counts, kept apart from named ones', () => {
  it('puts a report in the period its span falls in, split by certainty, never added to the named count', async () => {
    const alpha = await talent('/api/orgs/org:alpha-labs/talent');
    // "At least 5 left Alpha Labs for Beta AI since January 2024", in a bulletin of 2024-06-01: 2024.
    const y2024 = alpha.periods.find((p) => p.label === '2024')!;
    expect(y2024.departures).toEqual({
      named: { stated: 0, implied: 0 },
      reported: { stated: 5, implied: 0, unquantified: 0 },
      // The bulletin that reports them is what the number rests on.
      cited: {
        named: { stated: [], implied: [] },
        reported: { stated: ['source:fixture-moves'], implied: [], unquantified: [] },
      },
    });
    expect(y2024.net).toEqual({ named: 0, reported: -5 });
    // Every other year of Alpha Labs has no report.
    for (const p of alpha.periods.filter((x) => x.label !== '2024'))
      expect([p.hires.reported, p.departures.reported]).toEqual([
        { stated: 0, implied: 0, unquantified: 0 },
        { stated: 0, implied: 0, unquantified: 0 },
      ]);
  });

  it('takes the largest of overlapping reports for one counterpart, and keeps implied reports implied', async () => {
    const omega = await talent('/api/orgs/org:omega-group/talent');
    const at = (y: string) => omega.periods.find((p) => p.label === y)!;
    // 3 (stated) and 2 (implied, from its division) left for Sigma Works in 2021: the larger, 3.
    expect(at('2021').departures.reported).toEqual({ stated: 3, implied: 0, unquantified: 0 });
    expect(at('2021').departures.named).toEqual({ stated: 1, implied: 0 }); // Karim Aziz, 2021-07
    // 4 came from Sigma Works in 2022, by implied facts.
    expect(at('2022').hires.reported).toEqual({ stated: 0, implied: 4, unquantified: 0 });
    expect(omega.reports.map((r) => [r.id, r.kind, r.certainty, r.period])).toEqual([
      ['event:omega-to-sigma-2021', 'departure', 'stated', '2021'],
      ['event:sigma-to-omega-2022', 'hire', 'implied', '2022'],
      ['event:vision-to-sigma-2021', 'departure', 'implied', '2021'],
    ]);
  });

  it('counts a report that gives no number and no date as an undated, unquantified one', async () => {
    const beta = await talent('/api/orgs/org:beta-ai/talent');
    expect(beta.undated.departures.reported).toEqual({ stated: 0, implied: 0, unquantified: 1 });
    // Yusuf Amin left Beta AI for Alpha Labs in 2021; "others" left for Gamma Corp, with no number and no date.
    expect(beta.destinations).toEqual([
      {
        org: { id: 'org:alpha-labs', name: 'Alpha Labs', nameAr: 'مختبرات ألفا' },
        named: { stated: 1, implied: 0 },
        undated: { stated: 0, implied: 0 },
        reported: { stated: 0, implied: 0, unquantified: 0 },
        cited: {
          named: { stated: ['source:fixture-moves'], implied: [] },
          undated: { stated: [], implied: [] },
          reported: { stated: [], implied: [], unquantified: [] },
        },
      },
      {
        org: { id: 'org:gamma-corp', name: 'Gamma Corp', nameAr: 'شركة جاما' },
        named: { stated: 0, implied: 0 },
        undated: { stated: 0, implied: 0 },
        reported: { stated: 0, implied: 0, unquantified: 1 },
        cited: {
          named: { stated: [], implied: [] },
          undated: { stated: [], implied: [] },
          reported: { stated: [], implied: [], unquantified: ['source:fixture-moves'] },
        },
      },
    ]);
  });
});

describe('sources, destinations, intervals and the benchmark', () => {
  it('ranks where Beta AI’s people came from, named and reported apart', async () => {
    const beta = await talent('/api/orgs/org:beta-ai/talent');
    // Named: Layla (2022-06), Hana (2023-08, via Delta) from Alpha; Omar (2024-03) from Gamma; Sara (undated)
    // from Alpha. Reported: at least 5 from Alpha since January 2024.
    expect(beta.sources.map((s) => [s.org.id, s.named, s.undated, s.reported])).toEqual([
      [
        'org:alpha-labs',
        { stated: 2, implied: 0 },
        { stated: 1, implied: 0 },
        { stated: 5, implied: 0, unquantified: 0 },
      ],
      [
        'org:gamma-corp',
        { stated: 1, implied: 0 },
        { stated: 0, implied: 0 },
        { stated: 0, implied: 0, unquantified: 0 },
      ],
    ]);
  });

  it('counts a date less precise than the interval apart (imprecise), never in a period', async () => {
    const body = await talent('/api/orgs/org:omega-group/talent?interval=month&from=2018-01&to=2022-12');
    expect(body.periods).toHaveLength(60);
    expect(body.periods[0]).toMatchObject({ label: '2018-01', start: '2018-01-01', end: '2018-01-31' });
    // Karim Aziz (2018) and Lina Sabri (2020, implied) were hired in a known year, not a known month.
    expect(body.imprecise.hires.named).toEqual({ stated: 1, implied: 1 });
    expect(body.imprecise.hires.reported).toEqual({ stated: 0, implied: 4, unquantified: 0 });
    const feb = body.periods.find((p) => p.label === '2020-02')!;
    expect(feb.hires.named).toEqual({ stated: 1, implied: 0 }); // Nadia Farouk
    const jul = body.periods.find((p) => p.label === '2021-07')!;
    expect(jul.departures.named).toEqual({ stated: 1, implied: 0 }); // Karim Aziz, once
    const may = body.periods.find((p) => p.label === '2021-05')!;
    expect(may.departures.reported).toEqual({ stated: 3, implied: 0, unquantified: 0 });
    const named = body.periods.reduce((n, p) => n + p.hires.named.stated + p.hires.named.implied, 0);
    expect(named).toBe(1);
  });

  it('gives quarters their first and last day, and zeros for quarters without moves', async () => {
    const body = await talent('/api/orgs/org:alpha-labs/talent?interval=quarter&from=2022&to=2023-06');
    expect(body.periods.map((p) => [p.label, p.start, p.end])).toEqual([
      ['2022-Q1', '2022-01-01', '2022-03-31'],
      ['2022-Q2', '2022-04-01', '2022-06-30'],
      ['2022-Q3', '2022-07-01', '2022-09-30'],
      ['2022-Q4', '2022-10-01', '2022-12-31'],
      ['2023-Q1', '2023-01-01', '2023-03-31'],
      ['2023-Q2', '2023-04-01', '2023-06-30'],
    ]);
    expect(body.periods.map((p) => p.departures.named.stated)).toEqual([0, 1, 0, 0, 1, 1]);
    // Before the window: Rami (2017, 2020-12), Omar (2018), Layla and Hana (2019), Yusuf (2021-06).
    expect(body.outside.hires.named).toEqual({ stated: 5, implied: 0 });
  });

  it('adds the benchmark’s series over the same periods', async () => {
    const body = await talent('/api/orgs/org:alpha-labs/talent?compare=org:beta-ai&from=2020&to=2024');
    expect(body.benchmark!.org.id).toBe('org:beta-ai');
    expect(body.benchmark!.periods.map((p) => p.label)).toEqual(body.periods.map((p) => p.label));
    const beta = await talent('/api/orgs/org:beta-ai/talent?from=2020&to=2024');
    expect(body.benchmark!.periods).toEqual(beta.periods);
    expect(body.benchmark!.undated).toEqual(beta.undated);
    // The sources behind the benchmark's numbers come with them, apart from the organisation's: Omega Group's facts
    // are the talent fixture's, Beta AI's the moves fixture's.
    expect(body.benchmark!.cited).toEqual(beta.cited);
    const omega = await talent('/api/orgs/org:omega-group/talent?compare=org:beta-ai&from=2020&to=2024');
    expect(omega.cited).toEqual(['source:fixture-talent']);
    expect(omega.benchmark!.cited).toEqual(['source:fixture-moves']);
  });
});

describe('the PART_OF facts a count is rolled along', () => {
  it('cites their sources and lists them among the facts of a move and a report, live and from the talent index', async () => {
    const database = testNeo4j().database;
    const driver = ctx.driver!;
    // Made-up organisations, people and sources (test data, no fixture's facts), removed afterwards: a division of a
    // top and a lab of a rival top, each placed by a PART_OF fact of a source of its own; a person who left the
    // rival's lab for the division, and a report of departures from the lab to the division.
    const ids = [
      'org:probe-top',
      'org:probe-div',
      'org:probe-rival',
      'org:probe-rival-lab',
      'person:probe-mover',
    ];
    await driver.executeQuery(
      `CREATE (t:Organization {id: 'org:probe-top', name: 'Probe top'}),
              (d:Organization {id: 'org:probe-div', name: 'Probe division'}),
              (r:Organization {id: 'org:probe-rival', name: 'Probe rival'}),
              (l:Organization {id: 'org:probe-rival-lab', name: 'Probe rival lab'}),
              (p:Person {id: 'person:probe-mover', name: 'Probe mover'}),
              (e:Event {id: 'event:probe-exodus', kind: $kind, name: 'Probe exodus', count: 3, date: '2018-03'})
       CREATE (d)-[:PART_OF {id: 'fact:probe-div-in-top', certainty: 'stated', evidence: 'the division of the top',
                             sources: ['source:probe-structure']}]->(t),
              (l)-[:PART_OF {id: 'fact:probe-lab-in-rival', certainty: 'stated', evidence: 'the lab of the rival',
                             sources: ['source:probe-rival-structure']}]->(r),
              (p)-[:WORKED_AT {id: 'fact:probe-mover-lab', start: '2015', end: '2018-01', certainty: 'stated',
                               sources: ['source:probe-people']}]->(l),
              (p)-[:WORKED_AT {id: 'fact:probe-mover-div', start: '2018-02', certainty: 'stated',
                               sources: ['source:probe-people']}]->(d),
              (l)-[:PARTICIPATED_IN {id: 'fact:probe-exodus-from', role: 'from', certainty: 'stated',
                                     sources: ['source:probe-report']}]->(e),
              (d)-[:PARTICIPATED_IN {id: 'fact:probe-exodus-to', role: 'to', certainty: 'stated',
                                     sources: ['source:probe-report']}]->(e)`,
      { kind: DEPARTURES_EVENT_KIND },
      { database },
    );
    const cited = [
      'source:probe-people',
      'source:probe-report',
      'source:probe-rival-structure',
      'source:probe-structure',
    ];
    try {
      const body = await talent('/api/orgs/org:probe-top/talent');
      const hire = body.moves.find((m) => m.person.id === 'person:probe-mover')!;
      expect(hire).toMatchObject({ kind: 'hire', when: '2018-02', certainty: 'stated' });
      expect(hire.counterparts.map((c) => c.org.id)).toEqual(['org:probe-rival']);
      expect(hire.facts.map((f) => [f.id, f.type])).toEqual([
        ['fact:probe-mover-div', 'WORKED_AT'],
        ['fact:probe-mover-lab', 'WORKED_AT'],
        ['fact:probe-div-in-top', 'PART_OF'],
        ['fact:probe-lab-in-rival', 'PART_OF'],
      ]);
      expect(hire.facts.find((f) => f.id === 'fact:probe-div-in-top')).toMatchObject({
        org: 'org:probe-div',
        evidence: 'the division of the top',
        sources: ['source:probe-structure'],
        placing: {
          division: { id: 'org:probe-div', name: 'Probe division', nameAr: null },
          parent: { id: 'org:probe-top', name: 'Probe top', nameAr: null },
        },
      });
      expect(hire.facts.find((f) => f.id === 'fact:probe-mover-div')?.placing).toBeNull();
      const report = body.reports.find((r) => r.id === 'event:probe-exodus')!;
      expect(report.facts.map((f) => [f.id, f.type]).sort()).toEqual([
        ['fact:probe-div-in-top', 'PART_OF'],
        ['fact:probe-exodus-from', 'PARTICIPATED_IN'],
        ['fact:probe-exodus-to', 'PARTICIPATED_IN'],
        ['fact:probe-lab-in-rival', 'PART_OF'],
      ]);
      expect(body.cited).toEqual(cited);
      // The counts alone, read live and then from the talent index the derivation stores, cite the same.
      expect((await talent('/api/orgs/org:probe-top/talent?detail=counts')).cited).toEqual(cited);
      await recomputeTalentFlows(driver, { database });
      expect((await talent('/api/orgs/org:probe-top/talent?detail=counts')).cited).toEqual(cited);
      // Seen from the rival, the lab's PART_OF fact places the departure, the division's rolls its destination up.
      const rival = await talent('/api/orgs/org:probe-rival/talent?detail=counts');
      expect(rival.cited).toEqual(cited);
    } finally {
      await driver.executeQuery(
        `MATCH (n) WHERE n.id IN $ids DETACH DELETE n`,
        { ids: [...ids, 'event:probe-exodus'] },
        { database },
      );
      await recomputeTalentFlows(driver, { database });
    }
  });
});

describe('detail=counts', () => {
  it('gives the same numbers without the moves (a chart’s request; a click asks for the moves)', async () => {
    for (const org of ['org:alpha-labs', 'org:omega-group']) {
      const full = await talent(`/api/orgs/${org}/talent?compare=org:beta-ai`);
      const counts = await talent(`/api/orgs/${org}/talent?compare=org:beta-ai&detail=counts`);
      expect(counts.moves).toEqual([]);
      expect(counts.cited).toEqual(
        org === 'org:alpha-labs' ? ['source:fixture-moves'] : ['source:fixture-talent'],
      );
      expect(counts.detail).toBe('counts');
      const { moves: _m, detail: _d, ...rest } = full;
      const { moves: _m2, detail: _d2, ...restCounts } = counts;
      expect(restCounts).toEqual(rest);
    }
  });
});

describe('bad input', () => {
  const error = async (url: string, status: number) => {
    const res = await request(app).get(url);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return (res.body as { error: { code: string; message: string } }).error;
  };
  it('answers 404 for an unknown organisation, or a node that is not one, and for an unknown benchmark', async () => {
    expect((await error('/api/orgs/org:nowhere/talent', 404)).message).toContain("'org:nowhere'");
    expect((await error('/api/orgs/person:layla-haddad/talent', 404)).message).toContain('organisation');
    expect((await error('/api/orgs/org:alpha-labs/talent?compare=org:nowhere', 404)).message).toContain(
      "'org:nowhere'",
    );
  });
  it('takes a window whose ends differ in precision in order at their common precision', async () => {
    // Ends are compared at their common precision, as every other window is: June to the end of 2025 is in order.
    const inOrder = await talent('/api/orgs/org:alpha-labs/talent?from=2025-06&to=2025&interval=month');
    expect(inOrder.periods.map((p) => p.label)).toEqual([
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    expect((await error('/api/orgs/org:alpha-labs/talent?from=2025-12&to=2025-02', 400)).message).toBe(
      'Invalid query.from: expected from to be on or before to',
    );
  });
  it('answers 400 naming the parameter for from after to, an unknown interval, a malformed date, a benchmark equal to the org', async () => {
    expect((await error('/api/orgs/org:alpha-labs/talent?from=2024&to=2023-05', 400)).message).toBe(
      'Invalid query.from: expected from to be on or before to',
    );
    expect((await error('/api/orgs/org:alpha-labs/talent?interval=week', 400)).message).toBe(
      'Invalid query.interval: expected year, quarter or month',
    );
    expect((await error('/api/orgs/org:alpha-labs/talent?from=2024-13', 400)).message).toBe(
      'Invalid query.from: expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
    );
    expect((await error('/api/orgs/org:alpha-labs/talent?compare=org:alpha-labs', 400)).message).toBe(
      'Invalid query.compare: expected a benchmark organisation other than :id',
    );
    expect(
      (await error('/api/orgs/org:alpha-labs/talent?interval=month&from=1900&to=2024', 400)).message,
    ).toContain('query.interval');
  });
  it('accepts from equal to to, and from as a prefix of to', async () => {
    expect((await talent('/api/orgs/org:alpha-labs/talent?from=2023&to=2023-05')).periods).toHaveLength(1);
  });
});

describe('facts no source backs', () => {
  // Written by hand through Cypher, with no certainty and no source: a person hired by Sigma Works in 2031, Beta AI
  // made a division of Sigma Works, and a departures report of 77 people from Sigma Works to Alpha Labs.
  const write = (cypher: string) => ctx.driver!.executeQuery(cypher, {}, { database: testNeo4j().database });
  beforeAll(async () => {
    await write(
      `MATCH (o:Organization {id: 'org:sigma-works'}), (b:Organization {id: 'org:beta-ai'}),
             (a:Organization {id: 'org:alpha-labs'})
       CREATE (:Person {id: 'person:by-hand', name: 'By Hand'})-[:WORKED_AT {id: 'hand:sigma', start: '2031-05'}]->(o)
       CREATE (b)-[:PART_OF {id: 'hand:beta-in-sigma'}]->(o)
       CREATE (e:Event {id: 'event:hand-report', kind: 'departures', count: 77, date: '2024-05'})
       CREATE (o)-[:PARTICIPATED_IN {id: 'hand:from', role: 'from'}]->(e)
       CREATE (a)-[:PARTICIPATED_IN {id: 'hand:to', role: 'to'}]->(e)`,
    );
  });
  afterAll(async () => {
    await write(`MATCH (n) WHERE n.id IN ['person:by-hand', 'event:hand-report'] DETACH DELETE n`);
    await write(`MATCH ()-[r:PART_OF {id: 'hand:beta-in-sigma'}]->() DELETE r`);
  });

  it('counts no hire from a stint written without a certainty', async () => {
    const body = await talent('/api/orgs/org:sigma-works/talent?from=2031&to=2031');
    expect(body.moves.some((m) => m.person.id === 'person:by-hand')).toBe(false);
    expect(body.moves.flatMap((m) => m.facts.map((f) => f.id))).not.toContain('hand:sigma');
    expect(body.periods.map((p) => named(p.hires))).toEqual([{ stated: 0, implied: 0 }]);
  });

  it('takes in no division through a PART_OF written without a certainty, and no report through such a PARTICIPATED_IN', async () => {
    const body = await talent('/api/orgs/org:sigma-works/talent');
    const want = expectedFor('org:sigma-works', false);
    for (const p of body.periods)
      expect({ year: p.label, hires: named(p.hires), departures: named(p.departures) }).toEqual({
        year: p.label,
        ...(want.byYear.get(p.label) ?? {
          hires: { stated: 0, implied: 0 },
          departures: { stated: 0, implied: 0 },
        }),
      });
    expect(body.moves.flatMap((m) => m.facts.map((f) => f.org))).not.toContain('org:beta-ai');
    expect(body.reports.map((r) => r.id)).not.toContain('event:hand-report');
  });
});
