// A whole scene in one row, as collect(...) answers it: with the driver of neo4j/connect.ts a record of megabytes
// (many Bolt chunks, joined by neo4j/large-messages.ts) comes back value for value, Arabic text and integers included,
// and the driver never falls back to reading it piece by piece (its CombinedBuffer).
import neo4j, { type Integer, type Record as Neo4jRecord } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../../neo4j/connect.js';
import { requireBoltChannel } from '../../../neo4j/large-messages.js';
import { testNeo4j } from '../../support/neo4j.js';

const { uri, user, password, database } = testNeo4j();
const driver = createDriver(uri, user, password);
afterAll(() => driver.close());

/** Counts the driver's CombinedBuffers while `work` runs (its dechunker makes them through this module's export). */
async function combinedBuffersDuring(work: () => Promise<void>): Promise<number> {
  const mod = requireBoltChannel('combined-buf.js') as {
    default: new (...args: unknown[]) => object;
  };
  const Original = mod.default;
  let made = 0;
  mod.default = class extends Original {
    constructor(...args: unknown[]) {
      super(...args);
      made += 1;
    }
  };
  try {
    await work();
  } finally {
    mod.default = Original;
  }
  return made;
}

const COUNT = 20_000;

describe('a large one-row answer', () => {
  it('arrives whole, as one buffer: every string, integer and map of a 2 MB record', async () => {
    let records: Neo4jRecord[] = [];
    const combined = await combinedBuffersDuring(async () => {
      ({ records } = await driver.executeQuery(
        `UNWIND range(1, $count) AS i
       RETURN collect({id: 'person:' + i, name: 'الباحث رقم ' + i + ' — ' + i, n: i * 4294967296}) AS people`,
        { count: neo4j.int(COUNT) },
        { database, routing: neo4j.routing.READ },
      ));
    });
    expect(combined).toBe(0);
    const people = records[0]!.get('people') as { id: string; name: string; n: Integer }[];
    expect(people).toHaveLength(COUNT);
    const wrong = people.findIndex(
      (p, k) =>
        p.id !== `person:${k + 1}` ||
        p.name !== `الباحث رقم ${k + 1} — ${k + 1}` ||
        p.n.toString() !== (BigInt(k + 1) * 4294967296n).toString(),
    );
    expect(wrong).toBe(-1);
  });
});
