// A path "also through talent flows" steps on a derived flow exactly while the canvas draws a part of it: the canvas
// draws a flow's stated named moves, its implied ones and its reports apart, each of its own certainty
// (client/state/flows.ts flowParts), so a flow is not one certainty. Over the fictional fixture of
// tests/fixtures/seed/flows (Alpha Labs → Gamma Corp: Omar Nasser's stated move and Rami Khalil's implied one, so the
// flow is stored 'stated'; Beta AI → Gamma Corp: a stated report of others leaving, with no number), with a move and a
// report written by hand for the test. GET /api/paths and the path panel's Cypher (gallery.ts pathQuery) must agree
// with the parts drawn. Against the run's real Neo4j.
import path from 'node:path';
import request from 'supertest';
import type { Driver, Relationship } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flowParts } from '../../../client/state/flows.js';
import { pathQuery } from '../../../client/state/gallery.js';
import { PathsResponseSchema } from '../../../model/api-responses.js';
import { derivedTypesOf, followedOnPath, followedOnPathCypher } from '../../../model/certainty.js';
import type { GraphEdge } from '../../../model/graph.js';
import { FACT_REL_TYPES } from '../../../model/labels.js';
import { recomputeTalentFlows, seedFiles } from '../../../seed/index.js';
import { openSeededApp } from '../../support/api.js';
import { addHandMadeReport } from '../../support/hand-made-report.js';
import { readRows, testNeo4j } from '../../support/neo4j.js';

const FIXTURE = path.resolve('tests/fixtures/seed/flows/fixture-moves.facts.yaml');
const ALPHA_GAMMA = 'flow:org:alpha-labs->org:gamma-corp';
const BETA_GAMMA = 'flow:org:beta-ai->org:gamma-corp';
const GAMMA_BETA = 'flow:org:gamma-corp->org:beta-ai';
/** What the view's certainty filter can show. */
const SHOWN = ['stated,implied', 'stated', 'implied', ''];

describe('a path through a talent flow', () => {
  let driver: Driver;
  let app: Awaited<ReturnType<typeof openSeededApp>>['app'];
  const database = () => testNeo4j().database;
  const write = (cypher: string, params: Record<string, unknown> = {}) =>
    driver.executeQuery(cypher, params, { database: database() });

  beforeAll(async () => {
    ({ driver, app } = await openSeededApp((d, db) => seedFiles(d, [FIXTURE], { database: db })));
  });
  afterAll(async () => driver?.close());

  /**
   * The flows a one-step search through flows alone between `a` and `b` steps on, with `certainties` shown (either
   * way: a path ignores direction), by GET /api/paths and by the panel's Cypher of that answer, which must agree; and
   * the answer's flows as the API gives them.
   */
  async function followed(a: string, b: string, certainties: string) {
    const res = await request(app).get(
      `/api/paths?from=${a}&to=${b}&derived=true&types=TALENT_FLOW&maxLength=1&all=true&certainties=${certainties}`,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const answer = PathsResponseSchema.parse(res.body);
    const api = answer.paths.flatMap((p) => p.edges).sort();
    const q = pathQuery(a, b, 1, answer.types, answer.certainties)!;
    const run = await request(app)
      .post('/api/cypher')
      .send({ query: q.query, params: q.params, rows: 'refs' });
    expect(run.status, JSON.stringify(run.body)).toBe(200);
    const cypher = (run.body.rows as { p: { $path: { edges: string[] } } }[])
      .flatMap((r) => r.p.$path.edges)
      .sort();
    expect(cypher, `the panel's Cypher, ${a} – ${b} showing '${certainties}'`).toEqual(api);
    return { ids: api, edges: answer.graph.edges as GraphEdge[] };
  }

  it('steps on a flow stored stated while only implied facts are shown: its implied part is drawn', async () => {
    expect((await followed('org:alpha-labs', 'org:gamma-corp', 'implied')).ids).toEqual([ALPHA_GAMMA]);
    expect((await followed('org:alpha-labs', 'org:gamma-corp', 'stated')).ids).toEqual([ALPHA_GAMMA]);
    expect((await followed('org:alpha-labs', 'org:gamma-corp', '')).ids).toEqual([]);
  });

  it('steps on a flow of implied moves with only stated facts shown while its reported part is drawn stated, not when its report is drawn implied', async () => {
    // A move Beta AI → Gamma Corp implied by its Gamma Corp stint: the flow's named moves are all implied.
    await write(
      `MATCH (b:Organization {id: 'org:beta-ai'}), (g:Organization {id: 'org:gamma-corp'})
       CREATE (p:Person {id: 'person:probe-mover', name: 'Probe Mover'})
       CREATE (p)-[:WORKED_AT {id: 'fact:probe-mover-beta', start: '2019', end: '2020', certainty: 'stated',
                               sources: ['source:hand-made']}]->(b)
       CREATE (p)-[:WORKED_AT {id: 'fact:probe-mover-gamma', start: '2021', certainty: 'implied',
                               sources: ['source:hand-made']}]->(g)`,
    );
    await recomputeTalentFlows(driver, { database: database() });
    // Its stated report gives no number: the reported part is drawn stated (a report is), beside the implied moves.
    expect((await followed('org:beta-ai', 'org:gamma-corp', 'stated')).ids).toEqual([BETA_GAMMA, GAMMA_BETA]);
    // An implied report of at least 10: the number shown is its own, so the reported part is drawn implied. A stated
    // report is still behind the flow (stored 'stated'), but nothing of it is drawn with only stated facts shown.
    await addHandMadeReport(driver, 'event:probe-implied-10', 10, 'implied');
    await recomputeTalentFlows(driver, { database: database() });
    const [stored] = await readRows(
      driver,
      'MATCH ()-[f:TALENT_FLOW {id: $id}]->() RETURN f.certainty AS certainty, f.eventIds[0] AS shown',
      { id: BETA_GAMMA },
    );
    expect(stored).toEqual({ certainty: 'stated', shown: 'event:probe-implied-10' });
    expect((await followed('org:beta-ai', 'org:gamma-corp', 'stated')).ids).toEqual([GAMMA_BETA]);
    expect((await followed('org:beta-ai', 'org:gamma-corp', 'implied')).ids).toEqual([BETA_GAMMA]);
  });

  it('steps on every flow exactly while one of the parts the canvas draws of it is shown, and stores their certainties', async () => {
    const flows = await readRows(
      driver,
      `MATCH (a:Organization)-[f:TALENT_FLOW]->(b:Organization)
       RETURN f.id AS id, a.id AS from, b.id AS to, f.partCertainties AS parts ORDER BY id`,
    );
    expect(flows.length).toBeGreaterThan(5);
    for (const f of flows) {
      const { from, to, id } = f as { from: string; to: string; id: string };
      const edge = (await followed(from, to, 'stated,implied')).edges.find((e) => e.id === id)!;
      const drawn = flowParts(edge).map((p) => p.properties.certainty);
      // The certainties of the parts drawn, each once, stated first.
      expect(f.parts, id).toEqual(['stated', 'implied'].filter((c) => drawn.includes(c)));
      for (const shown of SHOWN) {
        const steps = (await followed(from, to, shown)).ids.includes(id);
        expect(steps, `${id} showing '${shown}'`).toBe(
          drawn.some((c) => shown.split(',').includes(c as string)),
        );
      }
    }
  });

  it('judges a flow an older seed derived, without its parts’ certainties, by its one certainty, until derived again', async () => {
    await write('MATCH ()-[f:TALENT_FLOW {id: $id}]->() REMOVE f.partCertainties', { id: ALPHA_GAMMA });
    expect((await followed('org:alpha-labs', 'org:gamma-corp', 'implied')).ids).toEqual([]);
    expect((await followed('org:alpha-labs', 'org:gamma-corp', 'stated')).ids).toEqual([ALPHA_GAMMA]);
    await recomputeTalentFlows(driver, { database: database() });
    expect((await followed('org:alpha-labs', 'org:gamma-corp', 'implied')).ids).toEqual([ALPHA_GAMMA]);
  });

  it('judges a relationship alike in the search’s Cypher and in its JS check, whatever it carries', async () => {
    // A flow's parts, its one certainty or neither; parts that are no list of words (written by hand) count as none.
    const carried: Record<string, unknown>[] = [
      { certainty: 'stated', partCertainties: ['implied'] },
      { certainty: 'implied', partCertainties: ['stated', 'implied'] },
      { certainty: 'stated', partCertainties: [] },
      { certainty: 'implied' },
      {},
      { partCertainties: ['implied'] },
      { certainty: 'implied', partCertainties: 'stated' },
      { certainty: 'stated', partCertainties: [1] },
      { partCertainties: ['sure'] },
    ];
    try {
      for (const type of ['TALENT_FLOW', 'WORKED_AT', 'KNOWS'])
        await write(
          `UNWIND range(0, size($carried) - 1) AS i
           CREATE (:ProbeEnd)-[r:${type}]->(:ProbeEnd) SET r = $carried[i], r.probe = i`,
          { carried },
        );
      for (const shown of SHOWN) {
        const certainties = shown ? shown.split(',') : [];
        const rows = await readRows(
          driver,
          `MATCH (:ProbeEnd)-[r]->(:ProbeEnd) RETURN r, ${followedOnPathCypher('r')} AS followed`,
          { certainties, factTypes: FACT_REL_TYPES, derivedTypes: derivedTypesOf(true) },
        );
        expect(rows).toHaveLength(carried.length * 3);
        for (const row of rows) {
          const r = row.r as Relationship;
          expect(row.followed, `${r.type} ${JSON.stringify(r.properties)} showing '${shown}'`).toBe(
            followedOnPath(r, certainties),
          );
        }
      }
    } finally {
      await write('MATCH (n:ProbeEnd) DETACH DELETE n');
    }
  });
});
