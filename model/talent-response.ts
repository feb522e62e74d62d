// The answer of GET /api/orgs/:id/talent (zod, for the server's tests, the OpenAPI document and the client):
// an organisation's hires and departures per period, named moves and reported counts kept apart, each split
// by certainty, with the people, reports and quotes behind every number.
import { z } from 'zod';

const nullableString = z.string().nullable();
const Certainty = z.enum(['stated', 'implied']);
const OrgBrief = z.object({ id: z.string(), name: nullableString, nameAr: nullableString });

/** Named people, each counted once, split by the certainty of the fact behind their hire or departure. */
const NamedCount = z
  .object({ stated: z.number().int(), implied: z.number().int() })
  .meta({ description: 'Named people, each once, split by certainty (stated + implied = all of them).' });

/** Reported (unnamed) people: the counts of departures reports, never added to the named ones. */
const ReportedCount = z
  .object({
    stated: z.number().int(),
    implied: z.number().int(),
    unquantified: z.number().int().meta({ description: 'Reports that give no number.' }),
  })
  .meta({
    description:
      'People that reports count without naming them: for each counterpart the largest count a report states (reports overlap, so they are not summed), added over counterparts with each report once (one naming two counterparts is counted once in a total, beside each counterpart in a ranked row); split by the certainty of the report. Never added to the named counts.',
  });

const SourceIds = z.array(z.string());

/** The Source ids behind each number of a NamedCount, in its place. */
const NamedCited = z.object({ stated: SourceIds, implied: SourceIds });

/** The Source ids behind each number of a ReportedCount, in its place. */
const ReportedCited = NamedCited.extend({ unquantified: SourceIds });

const FlowCited = z.object({ named: NamedCited, reported: ReportedCited }).meta({
  description:
    'The Source ids behind each number of `named` and `reported`, in the same places, sorted: a named count cites the facts of the moves it counts (a person counted stated by their stated moves only; the stints at the organisation and the PART_OF facts placing them, not where the person came from or went to), a reported count the facts of the reports it counts (of a stated report, its stated chains only). A chart or export cites the lists of the numbers it draws.',
});

const FlowCounts = z.object({ named: NamedCount, reported: ReportedCount, cited: FlowCited });

const Bucket = z.object({ hires: FlowCounts, departures: FlowCounts });

export const TalentPeriodSchema = z.object({
  label: z.string().meta({ description: '2024, 2024-Q1 or 2024-01.' }),
  start: z.string().meta({ description: 'First day of the period (YYYY-MM-DD).' }),
  end: z.string().meta({ description: 'Last day of the period (YYYY-MM-DD).' }),
  hires: FlowCounts,
  departures: FlowCounts,
  net: z
    .object({ named: z.number().int(), reported: z.number().int() })
    .meta({ description: 'Hires minus departures, named and reported apart (never added together).' }),
});

export const TalentSeriesSchema = z.object({
  org: OrgBrief,
  periods: z
    .array(TalentPeriodSchema)
    .meta({ description: 'Every period of the window, in order; no moves → zeros.' }),
  undated: Bucket.meta({ description: 'Hires and departures whose date no source gives, counted apart.' }),
  imprecise: Bucket.meta({
    description:
      'Hires and departures in the window dated less precisely than the interval (a year with interval=month) or reported over a span that crosses periods: counted apart, never placed in a period.',
  }),
  outside: Bucket.meta({ description: 'Dated hires and departures before or after the window.' }),
});

const TalentFact = z.object({
  id: z.string(),
  type: z.string().meta({
    description:
      'WORKED_AT, PARTICIPATED_IN, or PART_OF: a fact that places a division the count rolls up along (in the organisation, or a counterpart in its top).',
  }),
  org: nullableString.meta({
    description:
      'The organisation of a WORKED_AT fact; the division a PART_OF fact places; null for PARTICIPATED_IN.',
  }),
  start: nullableString,
  end: nullableString,
  role: nullableString,
  certainty: nullableString,
  evidence: nullableString,
  evidenceEn: nullableString,
  note: nullableString.meta({
    description: 'The fact’s editorial note: why it is implied, how a date was resolved.',
  }),
  sources: z.array(z.string()),
  placing: z
    .object({ division: OrgBrief, parent: OrgBrief })
    .nullable()
    .meta({ description: 'Of a PART_OF fact: the division it places and the organisation it places it in.' }),
});

const Placement = z.enum(['period', 'imprecise', 'undated', 'outside']);

const Counterpart = z.object({ org: OrgBrief, certainty: Certainty });

export const TalentMoveSchema = z.object({
  person: OrgBrief,
  kind: z.enum(['hire', 'departure']),
  when: nullableString.meta({
    description: 'The stint’s start (hire) or end (departure); null when undated.',
  }),
  placement: Placement,
  period: nullableString.meta({
    description: 'The label of the period it is counted in (placement period).',
  }),
  certainty: Certainty.meta({ description: 'Of the stint behind it (and any PART_OF fact rolled through).' }),
  impliedBy: z.array(z.string()),
  counterparts: z.array(Counterpart).meta({
    description: 'Where the person came from (hire) or went to (departure); certainty of that move.',
  }),
  facts: z.array(TalentFact).meta({
    description:
      'The stints behind it (its own, and the one at the other end of each counterpart’s move), then the PART_OF facts it is counted along.',
  }),
});

export const TalentReportSchema = z.object({
  id: z.string(),
  name: nullableString,
  kind: z.enum(['hire', 'departure']),
  count: z.number().int().nullable(),
  countQualifier: nullableString,
  since: nullableString,
  until: nullableString.meta({
    description:
      'The end of the span reported: the event’s until, else its date, else the earliest publication date of the sources a sourced REPORTED_BY names (one no source backs dates nothing).',
  }),
  placement: Placement,
  period: nullableString,
  certainty: Certainty,
  counterpart: OrgBrief.nullable(),
  facts: z.array(TalentFact).meta({
    description:
      'The from/to PARTICIPATED_IN facts it is counted by (a stated chain’s where there is one), then the PART_OF facts that chain rolls a division up along.',
  }),
});

const RankedOrg = z.object({
  org: OrgBrief,
  named: NamedCount,
  undated: NamedCount.meta({ description: 'Named people whose move is undated (not in `named`).' }),
  reported: ReportedCount,
  cited: z.object({ named: NamedCited, undated: NamedCited, reported: ReportedCited }).meta({
    description:
      'The Source ids behind each number of `named`, `undated` and `reported`, in the same places, sorted: a named count cites its moves’ facts at the organisation and those towards this organisation (the stint there, the PART_OF facts rolling it up to its top); a reported count the facts of the report rows it counts.',
  }),
});

export const TalentResponseSchema = TalentSeriesSchema.extend({
  from: nullableString,
  to: nullableString,
  interval: z.enum(['year', 'quarter', 'month']),
  divisions: z.boolean(),
  detail: z.enum(['moves', 'counts']).meta({ description: 'counts: `moves` is left empty.' }),
  cited: z.array(z.string()).meta({
    description:
      'The Source ids behind the whole answer (the facts of every move and report it lists, outside the window included, PART_OF facts rolled along included). A chart or export of part of it cites the `cited` lists beside the numbers it draws instead.',
  }),
  sources: z.array(RankedOrg).meta({
    description:
      'Organisations people came from (moves in the window), largest first by the larger of named and reported.',
  }),
  destinations: z
    .array(RankedOrg)
    .meta({ description: 'Organisations people went to, ranked the same way.' }),
  moves: z
    .array(TalentMoveSchema)
    .meta({ description: 'Every named hire and departure behind the counts (empty with detail=counts).' }),
  reports: z
    .array(TalentReportSchema)
    .meta({ description: 'Every departures report behind the reported counts.' }),
  benchmark: TalentSeriesSchema.extend({
    cited: z.array(z.string()).meta({
      description:
        'The Source ids behind the benchmark’s numbers (the facts of every move and report counted for it), apart from the main organisation’s `cited`.',
    }),
  })
    .nullable()
    .meta({
      description: 'With compare: the same series for the benchmark, and the sources behind it.',
    }),
});
export type TalentResponse = z.infer<typeof TalentResponseSchema>;
export type TalentMove = z.infer<typeof TalentMoveSchema>;
export type TalentReport = z.infer<typeof TalentReportSchema>;
export type TalentPeriod = z.infer<typeof TalentPeriodSchema>;
export type TalentSeries = z.infer<typeof TalentSeriesSchema>;
