// Reads an organisation's stints, the moves into and out of them, and the departures reports that name it
// (server/queries/talent.ts); driver types stop here.
import { textList, textOrNull } from '../../model/properties.js';
import type { Node, Relationship } from 'neo4j-driver';
import { DEPARTURES_EVENT_KIND } from '../../model/data-model.js';
import { fallbackId, toJson } from '../db/convert.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { TALENT_REPORTS, TALENT_STINTS } from '../queries/talent.js';
import { allowLongQuery, longQueryOptions, requireNode, type LongQueryLimits } from './lookup.js';

export interface Brief {
  id: string;
  name: string | null;
  nameAr: string | null;
}

export interface TalentStint {
  id: string;
  org: string;
  start: string | null;
  end: string | null;
  left: boolean;
  certainty: string | null;
  /** Implied PART_OF facts that place the stint's organisation inside the one asked about. */
  implied: string[];
  evidence: string | null;
  evidenceEn: string | null;
  sources: string[];
}

export interface TalentMoveRow {
  from: string;
  to: string;
  fromIn: boolean;
  toIn: boolean;
  counterpart: Brief | null;
  other: TalentStint;
  implied: string[];
}

export interface TalentPersonRow {
  person: Brief;
  stints: TalentStint[];
  moves: TalentMoveRow[];
}

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
    sources: string[];
  }[];
}

export interface TalentData {
  org: Brief;
  people: TalentPersonRow[];
  reports: TalentReportRow[];
}

function brief(n: Node | null): Brief | null {
  if (!n) return null;
  const p = n.properties as Record<string, unknown>;
  return {
    id: textOrNull(p.id) ?? fallbackId(n.elementId),
    name: textOrNull(p.name),
    nameAr: textOrNull(p.nameAr),
  };
}

function stintOf(m: Record<string, unknown>): TalentStint {
  return {
    id: String(m.id),
    org: String(m.org),
    start: textOrNull(m.start),
    end: textOrNull(m.end),
    left: m.left === true,
    certainty: textOrNull(m.certainty),
    implied: textList(m.implied),
    evidence: textOrNull(m.evidence),
    evidenceEn: textOrNull(m.evidenceEn),
    sources: textList(m.sources),
  };
}

export function createTalentRepository(db: Database, limits: LongQueryLimits) {
  return {
    /** Everything the talent series of one organisation is computed from; 404 when it is not an organisation. */
    read(orgId: string, divisions: boolean, evidence = true): Promise<TalentData> {
      return db.read(async (tx, ctl) => {
        const found = await requireNode(tx, orgId, 'organisation');
        if (!found.node.labels.includes('Organization'))
          throw notFound(`No organisation with id '${orgId}'.`);
        await allowLongQuery(tx, ctl, limits);
        const params = { org: found.eid, divisions, evidence };
        const stints = await tx.run(TALENT_STINTS, params);
        const reports = await tx.run(TALENT_REPORTS, { ...params, departuresKind: DEPARTURES_EVENT_KIND });
        return {
          org: brief(found.node)!,
          people: stints.records.map((r) => ({
            person: brief(r.get('person') as Node)!,
            stints: (r.get('stints') as Record<string, unknown>[]).map(stintOf),
            moves: (r.get('moves') as Record<string, unknown>[]).map((m) => {
              const o = m.other as Relationship | Record<string, unknown>;
              const props =
                'properties' in o && typeof o.properties === 'object' ? (o as Relationship).properties : o;
              return {
                from: String(m.from),
                to: String(m.to),
                fromIn: m.fromIn === true,
                toIn: m.toIn === true,
                counterpart: brief(m.counterpart as Node | null),
                other: stintOf({ ...props, org: m.otherOrg }),
                implied: textList(m.implied),
              };
            }),
          })),
          reports: reports.records.map((r) => {
            const e = (r.get('event') as Node).properties as Record<string, unknown>;
            const count = toJson(e.count as never);
            return {
              id: String(e.id),
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
              facts: (r.get('facts') as Relationship[]).map((f) => {
                const p = f.properties as Record<string, unknown>;
                return {
                  id: String(p.id),
                  org: null,
                  role: textOrNull(p.role),
                  certainty: textOrNull(p.certainty),
                  evidence: textOrNull(p.evidence),
                  evidenceEn: textOrNull(p.evidenceEn),
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
