// Loads the synthetic market in committed batches (one transaction per batch, not one giant one), streaming
// people and stints from the generator so memory stays flat, then recomputes the talent flows.
import type { Driver } from 'neo4j-driver';
import type { FactRelType, NodeLabel } from '../model/labels.js';
import { recomputeTalentFlows } from './flows.js';
import {
  COUNT_EXISTING_PEOPLE,
  createSyntheticFactsQuery,
  createSyntheticNodesQuery,
  mergeSyntheticFactsQuery,
  mergeSyntheticNodesQuery,
} from './queries/synthetic.js';
import { cleanProps, withSearchProps } from './rows.js';
import { ensureSchema } from './schema.js';
import { addCounts, emptyStats, finishSummary, type SeedStats, type SeedSummary } from './stats.js';
import { generateSynthetic, type RelRow, type Row } from './synthetic-data.js';
import { DEFAULT_BATCH_SIZE, SeedWriteError } from './writer.js';

export interface SyntheticProgress {
  phase: 'organizations' | 'events' | 'people' | 'flows';
  done: number;
  total: number;
}

export interface SeedSyntheticOptions {
  people?: number;
  randomSeed?: number;
  /** Rows per UNWIND and per transaction (default 10,000). */
  batchSize?: number;
  database?: string;
  onProgress?: (p: SyntheticProgress) => void;
}

async function writeBatch(
  driver: Driver,
  database: string | undefined,
  query: string,
  rows: unknown[],
  rels: boolean,
): Promise<{ created: number; rows: number }> {
  const session = driver.session({
    database,
    defaultAccessMode: 'WRITE',
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    return await session.executeWrite(async (tx) => {
      const res = await tx.run(query, { rows });
      const c = res.summary.counters.updates();
      if (rels) {
        const written = Number(res.records[0]?.get('rows') ?? 0);
        if (written !== rows.length)
          throw new SeedWriteError(
            `${rows.length - written} of ${rows.length} synthetic relationships found no endpoint`,
          );
        return { created: c.relationshipsCreated, rows: written };
      }
      return { created: c.nodesCreated, rows: rows.length };
    });
  } finally {
    await session.close();
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function seedSynthetic(driver: Driver, opts: SeedSyntheticOptions = {}): Promise<SeedSummary> {
  const started = Date.now();
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a whole number ≥ 1, got ${batchSize}`);
  const market = generateSynthetic({ people: opts.people, randomSeed: opts.randomSeed });
  const db = opts.database;
  const stats: SeedStats = emptyStats();
  await ensureSchema(driver, { database: db });

  // `fresh`: the rows are known not to exist yet, so CREATE (about twice as fast as MERGE) is safe.
  const nodes = async (label: NodeLabel, rows: Row[], fresh = false) => {
    const query = fresh ? createSyntheticNodesQuery(label) : mergeSyntheticNodesQuery(label);
    for (const chunk of chunks(rows, batchSize)) {
      const r = await writeBatch(
        driver,
        db,
        query,
        chunk.map((x) => ({ id: x.id, props: withSearchProps(cleanProps(x.props)) })),
        false,
      );
      addCounts(stats.nodes, label, { rows: r.rows, created: r.created });
    }
  };
  const rels = async (type: FactRelType, from: NodeLabel, to: NodeLabel, rows: RelRow[], fresh = false) => {
    const query = fresh
      ? createSyntheticFactsQuery(type, from, to)
      : mergeSyntheticFactsQuery(type, from, to);
    for (const chunk of chunks(rows, batchSize)) {
      const r = await writeBatch(
        driver,
        db,
        query,
        chunk.map((x) => ({ ...x, props: cleanProps(x.props) })),
        true,
      );
      addCounts(stats.relationships, type, { rows: r.rows, created: r.created });
    }
  };

  await nodes('Source', [market.source]);
  opts.onProgress?.({ phase: 'organizations', done: 0, total: market.organizations.length });
  await nodes(
    'Organization',
    market.organizations.map((o) => ({
      id: o.id,
      props: { id: o.id, name: o.name, nameAr: o.nameAr, kind: o.kind, synthetic: true },
    })),
  );
  opts.onProgress?.({
    phase: 'organizations',
    done: market.organizations.length,
    total: market.organizations.length,
  });
  opts.onProgress?.({ phase: 'events', done: 0, total: market.events.nodes.length });
  await nodes('Event', market.events.nodes);
  await rels('PARTICIPATED_IN', 'Organization', 'Event', market.events.participations);
  await rels('REPORTED_BY', 'Event', 'Source', market.events.reports);
  opts.onProgress?.({ phase: 'events', done: market.events.nodes.length, total: market.events.nodes.length });

  for (let start = 0; start < market.people; start += batchSize) {
    const { people, stints } = market.peopleBatch(start, start + batchSize);
    const existing = await driver.executeQuery(
      COUNT_EXISTING_PEOPLE,
      { ids: people.map((p) => p.id) },
      { database: db, routing: 'READ' },
    );
    // None of these people exists yet, so none of their stints can: the first load takes the CREATE path.
    const fresh = Number(existing.records[0]?.get('n') ?? 0) === 0;
    await nodes('Person', people, fresh);
    await rels('WORKED_AT', 'Person', 'Organization', stints, fresh);
    opts.onProgress?.({
      phase: 'people',
      done: Math.min(market.people, start + batchSize),
      total: market.people,
    });
  }

  opts.onProgress?.({ phase: 'flows', done: 0, total: 1 });
  const talentFlows = await recomputeTalentFlows(driver, { database: db });
  opts.onProgress?.({ phase: 'flows', done: 1, total: 1 });
  return finishSummary(stats, started, { sources: [market.source.id], talentFlows, warnings: [] });
}
