import { describe, expect, it } from 'vitest';
import { comparePartialDates } from '../../../model/dates.js';
import { parseFactsFile } from '../../../model/parse-facts.js';
import { SYNTHETIC_SOURCE_ID, generateSynthetic } from '../../../seed/synthetic-data.js';

describe('generateSynthetic', () => {
  it('is deterministic for a seed, whatever the batch boundaries', () => {
    const a = generateSynthetic({ people: 300, randomSeed: 7 });
    const b = generateSynthetic({ people: 300, randomSeed: 7 });
    const whole = a.peopleBatch(0, 300);
    const parts = [b.peopleBatch(0, 100), b.peopleBatch(100, 250), b.peopleBatch(250, 300)];
    expect(parts.flatMap((p) => p.people)).toEqual(whole.people);
    expect(parts.flatMap((p) => p.stints)).toEqual(whole.stints);
    expect(b.organizations).toEqual(a.organizations);
    expect(b.events).toEqual(a.events);
  });

  it('differs between seeds', () => {
    expect(generateSynthetic({ people: 50, randomSeed: 1 }).peopleBatch(0, 50).stints).not.toEqual(
      generateSynthetic({ people: 50, randomSeed: 2 }).peopleBatch(0, 50).stints,
    );
  });

  it('gives careers of 1–8 stints with ordered dates, at most one current stint, last', () => {
    const { stints } = generateSynthetic({ people: 2000, randomSeed: 3 }).peopleBatch(0, 2000);
    const byPerson = new Map<string, typeof stints>();
    for (const s of stints) byPerson.set(s.from, [...(byPerson.get(s.from) ?? []), s]);
    expect(byPerson.size).toBe(2000);
    const lengths = new Set<number>();
    for (const career of byPerson.values()) {
      lengths.add(career.length);
      expect(career.length).toBeGreaterThanOrEqual(1);
      expect(career.length).toBeLessThanOrEqual(8);
      career.forEach((s, i) => {
        const { start, end } = s.props as { start: string; end?: string };
        if (end) expect(comparePartialDates(start, end)).toBeLessThanOrEqual(0);
        if (i > 0)
          expect(
            comparePartialDates((career[i - 1]!.props as { end: string }).end, start),
          ).toBeLessThanOrEqual(0);
        if (i < career.length - 1) expect(s.props.end).toBeDefined();
        if (i > 0) expect(s.to).not.toBe(career[i - 1]!.to);
      });
    }
    expect(lengths.size).toBeGreaterThanOrEqual(6);
  });

  it('skews company sizes and concentrates moves between rivals of a cluster', () => {
    const m = generateSynthetic({ people: 5000, randomSeed: 11 });
    const { stints } = m.peopleBatch(0, 5000);
    const size = new Map<string, number>();
    for (const s of stints) size.set(s.to, (size.get(s.to) ?? 0) + 1);
    const sizes = [...size.values()].sort((a, b) => b - a);
    expect(sizes[0]!).toBeGreaterThan(10 * sizes[Math.floor(sizes.length / 2)]!);
    const cluster = new Map(m.organizations.map((o) => [o.id, o.cluster]));
    let moves = 0;
    let rival = 0;
    for (let i = 1; i < stints.length; i++) {
      if (stints[i]!.from !== stints[i - 1]!.from) continue;
      moves += 1;
      if (cluster.get(stints[i]!.to) === cluster.get(stints[i - 1]!.to)) rival += 1;
    }
    expect(rival / moves).toBeGreaterThan(0.6);
  });

  it('marks every fact as stated by the synthetic source, in the facts-file format', () => {
    const m = generateSynthetic({ people: 20, randomSeed: 5 });
    const { people, stints } = m.peopleBatch(0, 20);
    const file = {
      source: {
        id: SYNTHETIC_SOURCE_ID,
        title: 'Synthetic market',
        publisher: 'Talent Graph generator',
        published: '2025',
        language: 'en',
      },
      nodes: [
        ...people.map((p) => ({ label: 'Person', id: p.id, name: p.props.name, nameAr: p.props.nameAr })),
        ...m.organizations.map((o) => ({
          label: 'Organization',
          id: o.id,
          name: o.name,
          nameAr: o.nameAr,
          kind: o.kind,
        })),
      ],
      facts: stints.map((s) => ({ ...s.props, type: 'WORKED_AT', from: s.from, to: s.to })),
    };
    const r = parseFactsFile(file);
    expect(r.ok ? [] : r.issues).toEqual([]);
    for (const s of [...stints, ...m.events.participations, ...m.events.reports]) {
      expect(s.props).toMatchObject({
        certainty: 'stated',
        evidence: 'synthetic',
        sources: [SYNTHETIC_SOURCE_ID],
      });
    }
  });

  it('rejects a non-positive number of people', () => {
    expect(() => generateSynthetic({ people: 0 })).toThrow('people must be a whole number ≥ 1, got 0');
  });
});
