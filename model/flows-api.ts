// GET /api/flows and GET /api/flows/:id/details: the talent flows' request contract (re-exported by model/api.ts).
import { z } from 'zod';
import {
  DEFAULT_FLOW_DETAILS_PEOPLE,
  MAX_FLOW_DETAILS_PEOPLE,
  MAX_FLOW_DETAILS_REPORTS,
  MAX_FLOW_IDS,
} from './api-limits.js';
import {
  DirectionSchema,
  flagParam,
  intParam,
  listParam,
  MAX_ID_LENGTH,
  NodeIdSchema,
  optionalIntParam,
  PartialDateSchema,
  splitList,
  windowInOrder,
} from './api-params.js';

export const DEFAULT_FLOW_LIMIT = 100;
/** Flows of one organisation (`org`): its details panel lists them, so fewer by default. */
export const DEFAULT_ORG_FLOW_LIMIT = 50;
export const MAX_FLOW_LIMIT = 1_000;
/** People listed per flow: the largest flows have thousands; an organisation's overview lists the first few. */
export const DEFAULT_FLOW_PEOPLE = 100;
export const DEFAULT_ORG_FLOW_PEOPLE = 10;
export const MAX_FLOW_PEOPLE = 1_000;
export const MAX_FLOW_PEOPLE_OFFSET = 1_000_000;

/** A TALENT_FLOW's id (GET /api/flows/:id/details, GET /api/flows?ids=). */
export const FlowIdSchema = z
  .string()
  .min(1, 'expected a non-empty flow id')
  .max(MAX_ID_LENGTH, `expected a flow id of at most ${MAX_ID_LENGTH} characters`)
  .meta({
    description: "A TALENT_FLOW's id: flow:<from organisation's id>-><to organisation's id>.",
    example: 'flow:org:meta->org:xai',
  });

export const FlowsQuerySchema = z
  .strictObject({
    org: NodeIdSchema.optional().meta({
      description: 'Only flows into or out of this organisation.',
      example: 'org:meta',
    }),
    direction: DirectionSchema.default('both').meta({
      description: 'With org: in (to org), out (from org) or both.',
    }),
    divisions: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true')
      .meta({
        description:
          'true: also the flows of divisions (FAIR → xAI beside Meta → xAI), each move counted once, at the most specific level. Default false: divisions rolled into their parent organisation (PART_OF). An org that is a division shows its own flows either way.',
      }),
    since: PartialDateSchema.optional(),
    until: PartialDateSchema.optional(),
    min: intParam(0, 1_000_000, 0).meta({
      description:
        'Only flows of at least this many people (the larger of named and reported counts); 0 also keeps reports that give no number.',
    }),
    limit: optionalIntParam(1, MAX_FLOW_LIMIT).meta({
      description: `Flows to return at most, largest first; \`more\` says how many were left out. Default ${DEFAULT_FLOW_LIMIT}, or ${DEFAULT_ORG_FLOW_LIMIT} with org.`,
    }),
    peopleLimit: optionalIntParam(0, MAX_FLOW_PEOPLE).meta({
      description: `People listed per flow (\`peopleTotal\` says how many there are). Default ${DEFAULT_FLOW_PEOPLE}, or ${DEFAULT_ORG_FLOW_PEOPLE} with org.`,
    }),
    peopleOffset: intParam(0, MAX_FLOW_PEOPLE_OFFSET, 0).meta({
      description:
        'People of each flow to skip before listing: with peopleLimit, pages through the people behind the counts.',
    }),
    // The network asks for a time window's numbers of the stored flows it draws: these flows, counted as the rest.
    ids: z
      .preprocess(
        splitList,
        z
          .array(FlowIdSchema, { error: 'expected comma-separated flow ids' })
          .min(1, 'expected at least one flow id')
          .max(MAX_FLOW_IDS, `expected at most ${MAX_FLOW_IDS} flow ids`),
      )
      .optional()
      .meta({
        description: `Only these flows (comma-separated TALENT_FLOW ids, 1 to ${MAX_FLOW_IDS}; each listed once), at any level — a division's flow too, without divisions=true — and counted as any flow is: in a window, by what lies in it, and left out when nothing does (as is an unknown id). Default limit: all of them.`,
        example: 'flow:org:meta->org:xai,flow:org:fair->org:xai',
      }),
  })
  .refine((q) => windowInOrder(q.since, q.until), {
    message: 'expected since to be on or before until',
    path: ['until'],
  });
export type FlowsQuery = z.infer<typeof FlowsQuerySchema>;

/** A time window of moves, as GET /api/flows and its details take it (partial dates; either absent is open). */
export interface MoveWindow {
  since?: string;
  until?: string;
}

export const FlowParamsSchema = z.strictObject({
  id: FlowIdSchema,
});

export const FlowDetailsQuerySchema = z
  .strictObject({
    people: listParam(NodeIdSchema, MAX_FLOW_DETAILS_PEOPLE)
      .optional()
      .meta({
        description: `The people to list (comma-separated person ids, at most ${MAX_FLOW_DETAILS_PEOPLE}): those a flow view shows, e.g. narrowed to its window. Default: the flow's first ${DEFAULT_FLOW_DETAILS_PEOPLE} people as the view lists them (by division, an organisation's flow's own moves' people) that have such a stint.`,
        example: 'person:xinlei-chen',
      }),
    reports: listParam(NodeIdSchema, MAX_FLOW_DETAILS_REPORTS)
      .optional()
      .meta({
        description: `The departures reports to quote (comma-separated event ids, at most ${MAX_FLOW_DETAILS_REPORTS}): those a flow view counts, e.g. in its time window (GET /api/flows's flows[].reports); an id not behind the flow is ignored, and an empty list quotes none. Default: every report behind the flow.`,
        example: 'event:meta-to-xai-departures-2025',
      }),
    divisions: flagParam(
      "The view the flow is shown in, as GET /api/flows's divisions. Default false: an organisation's flow lists its people's sourced stints at a division the seed rolls into an end too (FAIR for Meta: sourced PART_OF facts lead it up to that end, its one top), as it counts them. true: the stints at its ends only (a division's moves are its own flow's there).",
    ),
    // The time window the view counts the flow in (GET /api/flows's since/until): its details quote that window's moves.
    since: PartialDateSchema.optional().meta({
      description:
        "The time window's start, as GET /api/flows's since: only the stints of the moves dated in the window (each move at its one date) are listed, so the details cite the sources the windowed flow cites. Default: no bound.",
    }),
    until: PartialDateSchema.optional().meta({
      description: "The time window's end, as GET /api/flows's until. Default: no bound.",
    }),
  })
  .refine((q) => windowInOrder(q.since, q.until), {
    message: 'expected since to be on or before until',
    path: ['until'],
  });
export type FlowDetailsQuery = z.infer<typeof FlowDetailsQuerySchema>;
