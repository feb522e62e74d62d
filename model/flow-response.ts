// The answers of GET /api/people/:id/career, GET /api/flows and GET /api/flows/:id/details (zod): the one
// definition of their shape, which the server builds (typed by z.output), the client reads and the OpenAPI
// document and contract test check.
import { z } from 'zod';
import { CERTAINTIES } from './labels.js';
import { GraphDataSchema, GraphEdgeSchema, GraphNodeSchema } from './graph-schema.js';

const nullableString = z.string().nullable();

/** A fact a report of departures rests on: its from/to PARTICIPATED_IN facts, or a PART_OF that places one. */
const ReportFact = z.object({
  id: z.string(),
  role: nullableString,
  certainty: nullableString,
  evidence: nullableString,
  evidenceEn: nullableString,
  sources: z.array(z.string()),
});

const EvidenceSchema = z.object({
  fact: z.string(),
  evidence: nullableString,
  evidenceEn: nullableString,
  certainty: nullableString,
});

/** The certainty of a derived move or flow: stated only when every fact behind it is stated. */
export const FlowCertainty = z.enum(CERTAINTIES);

export const CareerResponseSchema = z.object({
  person: GraphNodeSchema,
  stints: z.array(
    z.object({
      id: z.string(),
      org: z.object({ id: z.string(), name: nullableString, nameAr: nullableString }),
      role: nullableString,
      roleAr: nullableString,
      start: nullableString.meta({
        description:
          'When the stint began, as text as the timeline tells it: ours a partial date (2025, 2025-03), a foreign graph’s Integer year or Cypher date its text (2022, 2024-01-01); null when it has none.',
      }),
      end: nullableString.meta({
        description: 'When the stint ended, as `start` is written; null when it has none.',
      }),
      left: z.boolean().meta({
        description:
          'Whether the person left: the stint has an end (of any type: the timeline tells its leaving), or says it was left (`left: true`) without a date.',
      }),
      certainty: nullableString,
      evidence: nullableString,
      evidenceEn: nullableString,
      note: nullableString,
      sources: z.array(z.string()),
    }),
  ),
  moves: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      fromStint: z.string().meta({
        description:
          'The stint left that leads the move (the first by date, then id); for a stated move the first stated one: an implied stint left beside it is in also, and does not date it.',
      }),
      toStint: z.string().meta({
        description:
          'The stint joined: of one stint several facts start on different dates (one join: the same organisation, told by different sources, overlapping, ending alike, roles alike or unsaid), the surest start — the earliest stated one, else the earliest — which dates the move and makes it as sure as the dashboard counts the hire.',
      }),
      joined: z.array(z.string()).meta({
        description:
          'The other facts of the same join as toStint (an implied April start beside a stated May one), in start order: the same stint joined, one move, cited in evidence.',
      }),
      also: z.array(z.object({ from: z.string(), fromStint: z.string() })).meta({
        description:
          'The other stints left for the same stint joined (a division’s beside its parent’s): one move, as the flows count it, not one per stint left.',
      }),
      when: nullableString,
      certainty: FlowCertainty.meta({
        description:
          'stated only when the stint joined and a stint left are both stated (one chain of facts stated throughout). Only stints a source backs make moves (a stint with no certainty of ours is listed, unsourced, and makes none).',
      }),
      impliedBy: z
        .array(z.string())
        .meta({ description: 'The implied stints behind an implied move (of every stint left for it).' }),
      evidence: z.array(EvidenceSchema).meta({
        description:
          'The stints the move rests on, each with its certainty: for a stated move the stint joined and each stated stint left (an implied stint left beside them backs nothing of it); for an implied move every stint left and the one joined.',
      }),
    }),
  ),
  sources: z.array(GraphNodeSchema),
  graph: GraphDataSchema,
});

const OrgBrief = z.object({ id: z.string(), name: nullableString, nameAr: nullableString });

/** Whether the server that answers is deriving the talent flows again after a write through POST /api/cypher. */
export const DerivationStatusSchema = z
  .object({
    running: z.boolean().meta({
      description:
        'The talent flows are being derived again — by this server after a write through POST /api/cypher changed the database, or by any process holding the derivation lock (another API worker, `npm run seed`): the flows answered may be from before it. Ask again once it is false.',
    }),
    failed: nullableString.meta({
      description:
        'The last derivation failed (its process logs why) or was cut short (its process stopped; the next start derives them again): the flows answered may be from before the change, or half swapped, until a derivation succeeds (a later write, `npm run seed`). Null when it succeeded.',
    }),
  })
  .meta({
    description:
      'Whether the flows answered are derived from the facts as they stand: one derivation runs at a time on a database, and its lock says what it does.',
  });
export type DerivationStatus = z.infer<typeof DerivationStatusSchema>;

export const FlowsResponseSchema = z.object({
  org: GraphNodeSchema.nullable(),
  total: z.number().int().meta({
    description:
      'Flows matching the filters before the limit cuts. In a time window, flows with something in it (a move dated in it, a report overlapping it), ranked by what lies in it — unless `estimated`.',
  }),
  estimated: z.boolean().meta({
    description:
      'In a time window, some matching flows were derived without dated moves (by an older seed; seed again to date them): those are kept when their since…until overlaps the window and ranked by all-time size, so `total` is an upper bound and the page may hold fewer flows than the window has.',
  }),
  more: z.number().int(),
  derivation: DerivationStatusSchema,
  flows: z.array(
    z.object({
      id: z.string(),
      from: OrgBrief,
      to: OrgBrief,
      level: z.enum(['organization', 'division']).meta({
        description:
          "organization: the overview, divisions rolled into their parent (PART_OF); division: a division's own flow.",
      }),
      parent: nullableString.meta({
        description: 'A division flow’s overview flow (the one it rolls into).',
      }),
      count: z.number().int(),
      byCertainty: z
        .object({ stated: z.number().int(), implied: z.number().int() })
        .meta({ description: '`count` split by the certainty of each person’s move.' }),
      certainty: FlowCertainty.meta({
        description:
          'stated when at least one stated move or stated report is behind the flow; otherwise implied.',
      }),
      reportedCount: z.number().int().nullable(),
      reportedQualifier: nullableString,
      atLeast: z.number().int(),
      people: z.array(
        z.object({
          id: z.string(),
          name: nullableString,
          nameAr: nullableString,
          when: nullableString,
          facts: z.array(z.string()),
          certainty: FlowCertainty.meta({
            description: 'stated only when every fact behind the move is stated.',
          }),
          impliedBy: z.array(z.string()).meta({ description: 'The implied facts behind an implied move.' }),
          impliedFacts: z
            .array(
              z.object({
                id: z.string(),
                type: z.enum(['WORKED_AT', 'PART_OF']).nullable(),
                org: OrgBrief.nullable(),
                parent: OrgBrief.nullable(),
              }),
            )
            .meta({
              description:
                'impliedBy described, in its order: a stint (WORKED_AT) at org, or a PART_OF fact placing org (a division) in parent; type and org null for a fact not found beside the move.',
            }),
        }),
      ),
      peopleTotal: z.number().int(),
      undated: z.number().int(),
      reports: z.array(
        z.object({
          id: z.string(),
          count: z.number().nullable(),
          countQualifier: nullableString,
          since: nullableString,
          until: nullableString,
          date: nullableString,
          certainty: FlowCertainty,
          facts: z.array(ReportFact),
          placedBy: z.array(ReportFact).meta({
            description:
              'The sourced PART_OF facts that place a division’s fact of the report in the end it counts for (role null): the report rests on them too.',
          }),
        }),
      ),
      since: nullableString,
      until: nullableString,
      span: z.object({ since: nullableString, until: nullableString }).meta({
        description:
          'The earliest and latest dates of what this view counts: the moves (as careers date them) and reports in the time window, or by division the overview flow’s own moves and its reports; otherwise its named moves and reports (since/until, but for dates of two precisions, which are compared at the common one, the coarser ending a span on a tie). The graph’s edge carries them as spanSince/spanUntil.',
      }),
      moveSpan: z.object({ since: nullableString, until: nullableString }).meta({
        description:
          'The part of span of the named moves counted (the graph’s edge: moveSpanSince/moveSpanUntil; the explorer dates the named part of the flow by it). A flow derived before its named moves were spanned apart gives its since/until, reports and all.',
      }),
      reportSpan: z.object({ since: nullableString, until: nullableString }).meta({
        description:
          'The part of span of the reports kept (the graph’s edge: reportSpanSince/reportSpanUntil; the explorer dates the reported part by it).',
      }),
      sources: z.array(z.string()).meta({
        description:
          'The sources of the parts this view draws (the graph’s edge: sources): statedSources where it counts a stated mover, impliedSources where it counts an implied one (all time, the implied moves of people counted stated draw no part), and reportSources; in a time window those of the moves and reports in it (unless sourcesAllTime). A flow derived before its moves’ sources were kept apart cites every source behind it.',
      }),
      statedSources: z.array(z.string()).nullable().meta({
        description:
          'The sources the stints of the flow’s stated named moves cite, with those of the PART_OF facts an overview flow rolls a division’s move up along (a flow derived before they were cited leaves them out until derived again): by division those of the overview flow’s own moves; in a time window those of the stated moves dated in it of the people it counts stated (impliedSources: the implied moves dated in it of those it counts implied; an implied move of a person counted stated is cited by neither) — all time’s when sourcesAllTime says so (the graph’s edge: statedSources; the explorer cites them for the stated part). null for a flow derived before they were kept apart.',
      }),
      impliedSources: z.array(z.string()).nullable().meta({
        description:
          'The same for the implied named moves of the people it counts implied, all time too: an implied move of a person counted stated draws no part and is cited by neither (the graph’s edge: impliedSources; the explorer cites them for the implied part). A flow derived before `npm run seed` kept them apart also cites, all time, the implied moves of people counted stated.',
      }),
      sourcesAllTime: z.boolean().meta({
        description:
          'true in a time window when statedSources and impliedSources (so the named parts’ sources) are of all the level’s moves, not only of those in the window: a flow derived by an older seed, without each mover’s sources beside their moves or without dated moves (`npm run seed -- --derive` derives it again); the graph’s edge then carries sourcesAllTime: true. false without a window, or when they are the window’s. reportSources are always the reports kept’s.',
      }),
      outdated: z.boolean().meta({
        description:
          'true for a flow derived by other rules than this version’s (its stored derivation is not model/flow-derivation.ts DERIVATION_VERSION, or it has none): which moves it counts, their dates and certainties may not be those its people’s careers show, until `npm run seed -- --derive` derives it again; the graph’s edge then carries outdated: true. The server’s start-up log counts such flows too.',
      }),
      reportSources: z.array(z.string()).meta({
        description:
          'The sources the from/to facts of the reports kept cite — those at the flow’s ends, or at divisions the seed rolls into them along sourced PART_OF facts, with those of the PART_OF facts in their placedBy (the graph’s edge: reportSources; the explorer cites them for the reported part). A stated report cites its stated facts only, not an implied one beside them.',
      }),
    }),
  ),
  graph: GraphDataSchema,
});

export const FlowDetailsResponseSchema = z.object({
  flow: GraphEdgeSchema.meta({
    description: 'The TALENT_FLOW relationship, as graphs show it (without its id lists).',
  }),
  people: z.array(z.string()).meta({
    description:
      "The people listed: those the request named, else the flow's first people that have a stint at one of its ends.",
  }),
  implied: z.record(z.string(), z.array(z.string())).meta({
    description:
      'The listed people whose move in this flow is only implied, by id, each with the implied facts behind it (fact ids): at the level asked (by division, an organisation’s flow’s own moves), as GET /api/flows marks them: over all time, or in a time window (since, until) those who moved in it only by implied facts, with the implied facts of their moves dated in it. A listed person not named here moved by stated facts (in the window).',
  }),
  graph: GraphDataSchema.meta({
    description:
      'The flow and its two organisations; the listed people with their WORKED_AT stints at either end (each with its evidence); the departures events behind the reported count with their PARTICIPATED_IN facts from either end; the PART_OF facts that place a division of those stints or reports in the end it counts for, and the organisations they name.',
  }),
  sources: z.array(GraphNodeSchema).meta({ description: 'The Source nodes those facts cite.' }),
});

export type CareerResponse = z.output<typeof CareerResponseSchema>;
export type CareerStint = CareerResponse['stints'][number];
export type CareerMove = CareerResponse['moves'][number];
export type FlowsResponse = z.output<typeof FlowsResponseSchema>;
export type FlowDetailsResponse = z.output<typeof FlowDetailsResponseSchema>;
export type Flow = FlowsResponse['flows'][number];
export type FlowPerson = Flow['people'][number];
export type ImpliedFact = FlowPerson['impliedFacts'][number];
export type FlowReport = Flow['reports'][number];
export type FlowCertainty = z.output<typeof FlowCertainty>;
