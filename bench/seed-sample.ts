// The seed benchmark's sample: the synthetic market's own organisations, people and WORKED_AT stints (seed's
// `generateSynthetic`), prepared exactly as `seedSynthetic` prepares them, cut to the number of stints asked for.
// Batched and per-row runs write these same rows through the same seed query.
import { generateSynthetic } from '../seed/index.js';
import { cleanProps, withSearchProps } from '../seed/rows.js';
import type { RelRow, Row } from '../seed/synthetic-data.js';

/** People generated per step until enough stints exist. */
const PEOPLE_STEP = 5_000;

export interface SeedSample {
  orgs: Row[];
  people: Row[];
  stints: RelRow[];
}

/** The first `stints` stints of the synthetic market (seeded), with every person and organisation they touch. */
export function createSeedSample(stints: number, randomSeed: number): SeedSample {
  // Careers average about 4.3 stints; generate a market big enough, then take people in order.
  const market = generateSynthetic({ people: Math.max(100, Math.ceil(stints / 2)), randomSeed });
  const people: Row[] = [];
  const rels: RelRow[] = [];
  for (let start = 0; rels.length < stints && start < market.people; start += PEOPLE_STEP) {
    const batch = market.peopleBatch(start, Math.min(market.people, start + PEOPLE_STEP));
    people.push(...batch.people);
    rels.push(...batch.stints);
  }
  if (rels.length < stints)
    throw new Error(`the synthetic market gave only ${rels.length} stints, ${stints} needed`);
  const stintRows = rels.slice(0, stints);
  const used = new Set(stintRows.map((r) => r.from));
  return {
    orgs: market.organizations.map((o) => ({
      id: o.id,
      props: withSearchProps(
        cleanProps({ id: o.id, name: o.name, nameAr: o.nameAr, kind: o.kind, synthetic: true }),
      ),
    })),
    people: people
      .filter((p) => used.has(p.id))
      .map((p) => ({ id: p.id, props: withSearchProps(cleanProps(p.props)) })),
    stints: stintRows.map((r) => ({ ...r, props: cleanProps(r.props) })),
  };
}
