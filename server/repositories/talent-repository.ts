// Reads an organisation's stints, the moves into and out of them (or, for counts alone, its stored talent index), and
// the departures reports that name it (server/queries/talent.ts); driver types stop here.
import { textList, textOrNull } from '../../model/properties.js';
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import {
  briefOf,
  personRowOf,
  placingsOf,
  type Brief,
  type TalentPersonRow,
  type TalentPlacing,
} from '../../model/talent-rows.js';
import { decodeTalentIndex, TALENT_INDEX_FORMAT, type TalentIndex } from '../../model/talent-index.js';
import { DEPARTURES_EVENT_KIND } from '../../model/data-model.js';
import { fallbackId, toJson } from '../db/convert.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { READ_TALENT_INDEX, TALENT_REPORTS, TALENT_STINTS } from '../queries/talent.js';
import { allowLongQuery, longQueryOptions, requireNode, type LongQueryLimits } from './lookup.js';

export interface TalentReportRow {
  id: string;
  name: string | null;
  direction: 'hire' | 'departure';
  count: number | null;
  countQualifier: string | null;
  since: string | null;
  until: string | null;
  date: string | null;
  published: string | null;
  counterpart: Brief | null;
  implied: string[];
  facts: {
    id: string;
    org: string | null;
    role: string | null;
    certainty: string | null;
    evidence: string | null;
    evidenceEn: string | null;
    note: string | null;
    sources: string[];
  }[];
  /** The PART_OF facts the report is counted along (TALENT_REPORTS placedBy). */
  placedBy: TalentPlacing[];
}

export interface TalentData {
  org: Brief;
  /** Empty when `index` is read instead. */
  people: TalentPersonRow[];
  /** The stored talent index, when the counts alone were asked for and the organisation has one. */
  index: TalentIndex | null;
  reports: TalentReportRow[];
}

const brief = (n: Node | null) => briefOf(n, fallbackId);

/** Decoded talent indexes kept between requests (each checked against the stored build on every read). */
export const DEFAULT_TALENT_INDEX_CACHE = 8;

export function createTalentRepository(db: Database, limits: LongQueryLimits) {
  // The largest organisation's index is ~3 MB of text and 70k moves: reading and decoding it again on every request
  // cost ~90 ms. A copy is reused while the stored index has the same build (a recompute writes a new one).
  const cache = new Map<string, { build: string; index: TalentIndex }>();
  const readIndex = async (
    tx: Parameters<Parameters<Database['read']>[0]>[0],
    org: string,
    divisions: boolean,
  ): Promise<TalentIndex | null> => {
    const key = `${divisions}|${org}`;
    const held = cache.get(key);
    const rec = (
      await tx.run(READ_TALENT_INDEX, {
        org,
        divisions,
        known: held?.build ?? null,
        format: neo4j.int(TALENT_INDEX_FORMAT),
      })
    ).records[0];
    const build = textOrNull(rec?.get('build'));
    if (!rec || build === null) return null;
    if (held && held.build === build) {
      cache.delete(key);
      cache.set(key, held); // most recently used last
      return held.index;
    }
    const index = decodeTalentIndex(rec.get('events'));
    cache.delete(key);
    if (index) {
      cache.set(key, { build, index });
      while (cache.size > DEFAULT_TALENT_INDEX_CACHE) cache.delete(cache.keys().next().value!);
    }
    return index;
  };
  /** The organisation (404 when the id names none, or a node that is not one), with the long-query allowance. */
  const openOrganisation = async (
    tx: Parameters<Parameters<Database['read']>[0]>[0],
    ctl: Parameters<Parameters<Database['read']>[0]>[1],
    orgId: string,
  ) => {
    const found = await requireNode(tx, orgId, 'organisation');
    if (!found.node.labels.includes('Organization')) throw notFound(`No organisation with id '${orgId}'.`);
    await allowLongQuery(tx, ctl, limits);
    return found;
  };
  const rowsOf = (records: { get(key: string): unknown }[]) =>
    records.map((r) =>
      personRowOf(
        {
          person: r.get('person') as Node,
          stints: r.get('stints') as Record<string, unknown>[],
          moves: r.get('moves') as Record<string, unknown>[],
        },
        fallbackId,
      ),
    );
  return {
    /**
     * The stints and moves, with their quotes, of the listed people only (a drill-down into a large organisation's
     * counts: the index says who is behind a bar, this reads what the sources say of them).
     */
    people(orgId: string, divisions: boolean, people: string[]): Promise<TalentPersonRow[]> {
      return db.read(async (tx, ctl) => {
        const found = await openOrganisation(tx, ctl, orgId);
        const res = await tx.run(TALENT_STINTS, { org: found.eid, divisions, evidence: true, people });
        return rowsOf(res.records);
      }, longQueryOptions(limits));
    },
    /**
     * Everything the talent series of one organisation is computed from; 404 when it is not an organisation.
     * Without evidence (the counts alone), or with `preferIndex` (a drill-down reads its people's facts apart), a
     * stored talent index replaces the stints when the organisation has one.
     */
    read(orgId: string, divisions: boolean, evidence = true, preferIndex = false): Promise<TalentData> {
      return db.read(async (tx, ctl) => {
        const found = await openOrganisation(tx, ctl, orgId);
        const params = { org: found.eid, divisions, evidence, people: null };
        const key = textOrNull((found.node.properties as Record<string, unknown>).id);
        const stored =
          (evidence && !preferIndex) || key === null ? null : await readIndex(tx, key, divisions);
        const stints = stored ? null : await tx.run(TALENT_STINTS, params);
        // Reports are few and read whole either way (their PARTICIPATED_IN facts carry their quotes): the PART_OF
        // facts they are counted along are quoted too, so the counts alone list the same reports as the moves do.
        const reports = await tx.run(TALENT_REPORTS, {
          ...params,
          evidence: true,
          departuresKind: DEPARTURES_EVENT_KIND,
        });
        return {
          org: brief(found.node)!,
          index: stored,
          people: rowsOf(stints?.records ?? []),
          reports: reports.records.map((r) => {
            const e = (r.get('event') as Node).properties as Record<string, unknown>;
            const count = toJson(e.count as never);
            return {
              // API ids (TALENT_REPORTS): a foreign graph's report has no id of ours, and String(e.id) made every
              // one "undefined", one report where the dashboard merges a report's rows (model/report-merge.ts).
              id: r.get('eventId') as string,
              name: textOrNull(e.name),
              direction: r.get('direction') as 'hire' | 'departure',
              count: typeof count === 'number' ? count : null,
              countQualifier: textOrNull(e.countQualifier),
              since: textOrNull(e.since),
              until: textOrNull(e.until),
              date: textOrNull(e.date),
              published: textOrNull(r.get('published')),
              counterpart: brief(r.get('counterpart') as Node | null),
              implied: textList(r.get('implied')),
              placedBy: placingsOf(r.get('placedBy')),
              facts: (r.get('facts') as Relationship[]).map((f, i) => {
                const p = f.properties as Record<string, unknown>;
                return {
                  id: (r.get('factIds') as string[])[i]!,
                  org: null,
                  role: textOrNull(p.role),
                  certainty: textOrNull(p.certainty),
                  evidence: textOrNull(p.evidence),
                  evidenceEn: textOrNull(p.evidenceEn),
                  note: textOrNull(p.note),
                  sources: textList(p.sources),
                };
              }),
            };
          }),
        };
      }, longQueryOptions(limits));
    },
  };
}
export type TalentRepository = ReturnType<typeof createTalentRepository>;
