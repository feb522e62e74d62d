// The large graph the query, load and soak sections run on: the synthetic market (seed's `seedSynthetic`) plus the
// bundled article, and the ids the benchmark then asks about.
import type { Driver } from 'neo4j-driver';
import * as seed from '../seed/index.js';
import type { GraphSample } from './context.js';
import { FLOW_ORGANIZATIONS, GRAPH_COUNTS, SAMPLE_ORGANIZATIONS, SAMPLE_PEOPLE } from './queries.js';

export interface LoadReport {
  people: number;
  ms: number;
  nodes: number;
  relationships: number;
  relationshipsPerSecond: number;
  /** The seed's own summary of the synthetic load. */
  summary: seed.SeedSummary;
}

export async function graphCounts(
  driver: Driver,
  database: string,
): Promise<{ nodes: number; relationships: number }> {
  const res = await driver.executeQuery(GRAPH_COUNTS, {}, { database, routing: 'READ' });
  const r = res.records[0]!;
  return { nodes: Number(r.get('nodes')), relationships: Number(r.get('relationships')) };
}

/** Empties the database and loads `people` synthetic people plus the bundled sources; times the synthetic part. */
export async function loadLargeGraph(
  driver: Driver,
  database: string,
  people: number,
  randomSeed: number,
  log: (m: string) => void,
): Promise<LoadReport> {
  await seed.resetGraph(driver, { database });
  await seed.ensureSchema(driver, { database });
  log(`graph: loading the synthetic market with ${people.toLocaleString('en-US')} people…`);
  let lastLog = 0;
  const t0 = performance.now();
  const summary = await seed.seedSynthetic(driver, {
    people,
    randomSeed,
    database,
    onProgress: (p) => {
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        log(`graph: ${JSON.stringify(p)}`);
      }
    },
  });
  const ms = performance.now() - t0;
  const afterSynthetic = await graphCounts(driver, database);
  log('graph: loading the bundled sources…');
  await seed.loadBundledSources(driver, { database });
  const counts = await graphCounts(driver, database);
  return {
    people,
    ms,
    nodes: counts.nodes,
    relationships: counts.relationships,
    relationshipsPerSecond: afterSynthetic.relationships / (ms / 1000),
    summary,
  };
}

export async function sampleGraph(driver: Driver, database: string): Promise<GraphSample> {
  const q = (query: string) => driver.executeQuery(query, {}, { database, routing: 'READ' });
  const [people, orgs, flows, counts] = await Promise.all([
    q(SAMPLE_PEOPLE),
    q(SAMPLE_ORGANIZATIONS),
    q(FLOW_ORGANIZATIONS),
    graphCounts(driver, database),
  ]);
  return {
    people: people.records
      .map((r) => ({ id: r.get('id') as string, name: String(r.get('name') ?? '') }))
      .filter((p) => p.id),
    orgs: orgs.records
      .map((r) => ({
        id: r.get('id') as string,
        name: String(r.get('name') ?? ''),
        degree: Number(r.get('degree')),
      }))
      .filter((o) => o.id),
    flowOrgs: flows.records.map((r) => r.get('id') as string),
    ...counts,
  };
}
