// The documented data model: every label, relationship type and property with its meaning, plus the names of
// the constraints and indexes the seed creates. The facts-file schema is built from these tables, so the
// docs (GET /api/schema, docs/data-model.md) and the validation cannot drift apart.
import { CERTAINTIES, type FactRelType, type NodeLabel, type RelType } from './labels.js';

/** How a property is validated and stored. `date` is a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
export type PropertyType =
  | 'string'
  | 'string[]'
  | 'date'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'url'
  | 'id'
  | 'id[]'
  | 'enum'
  | 'language';

export interface PropertyDoc {
  name: string;
  type: PropertyType;
  description: string;
  /** Required in a facts file (derived properties are never in a file). */
  required?: boolean;
  /** Computed by the seed; not accepted in a facts file. */
  derived?: boolean;
  /** For `enum`. */
  values?: readonly string[];
  /** Known values of an open vocabulary (documentation only). */
  examples?: readonly string[];
}

export interface LabelDoc {
  label: NodeLabel;
  /** The id prefix of this label's nodes: `person:elon-musk`. */
  idPrefix: string;
  description: string;
  properties: PropertyDoc[];
}

export interface RelTypeDoc {
  type: RelType;
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
  description: string;
  derived?: boolean;
  properties: PropertyDoc[];
}

export const ORGANIZATION_KINDS = [
  'company',
  'lab',
  'team',
  'division',
  'media',
  'publisher',
  'university',
  'court',
  'government',
  'fund',
] as const;
export const PRODUCT_KINDS = ['model', 'model-family', 'service', 'app', 'platform', 'podcast'] as const;
export const EVENT_KINDS = [
  'acquisition',
  'bid',
  'lawsuit',
  'offer',
  'departures',
  'statement',
  'cancellation',
  'hiring',
  'court-filing',
  'founding',
] as const;
/** The event kind whose `count` feeds TALENT_FLOW.reportedCount. */
export const DEPARTURES_EVENT_KIND = 'departures' satisfies (typeof EVENT_KINDS)[number];
/** PARTICIPATED_IN roles that give a departures event its direction. */
export const DEPARTURE_ROLES = { from: 'from', to: 'to' } as const;

const common: PropertyDoc[] = [
  {
    name: 'id',
    type: 'id',
    required: true,
    description:
      'Stable application id: a prefix and a kebab-case slug, e.g. `person:elon-musk`. Unique per label.',
  },
  {
    name: 'name',
    type: 'string',
    required: true,
    description: 'The name in English (or as the source writes it in Latin script).',
  },
  { name: 'nameAr', type: 'string', description: 'The name in Arabic, where known.' },
  {
    name: 'aliases',
    type: 'string[]',
    description: 'Other spellings and short names, in both scripts (e.g. `Musk`, `ماسك`).',
  },
  { name: 'description', type: 'string', description: 'A short description in English.' },
  { name: 'descriptionAr', type: 'string', description: 'A short description in Arabic.' },
  {
    name: 'certainty',
    type: 'enum',
    values: CERTAINTIES,
    description: '`stated` when a source states the node’s details, `implied` when it only implies them.',
  },
  {
    name: 'note',
    type: 'string',
    description: 'Editorial note: why something is implied, how a relative date was resolved.',
  },
  {
    name: 'aliasesText',
    type: 'string',
    derived: true,
    description: 'The aliases joined with ` | ` (full-text indexed).',
  },
  {
    name: 'searchText',
    type: 'string',
    derived: true,
    description:
      'name, nameAr and aliases normalised by `normalizeName()` (lower case, no diacritics/tashkeel, Arabic letter variants folded), joined with ` | ` (full-text indexed).',
  },
  {
    name: 'synthetic',
    type: 'boolean',
    derived: true,
    description: '`true` on nodes of the synthetic market (`npm run seed -- --synthetic`).',
  },
];

const kind = (examples: readonly string[], what: string): PropertyDoc => ({
  name: 'kind',
  type: 'string',
  required: true,
  examples,
  description: `What kind of ${what} (open vocabulary, lower case), e.g. ${examples.map((e) => `\`${e}\``).join(', ')}.`,
});

/**
 * What CSV imports added to a person or organisation, recorded so that re-seeding a facts file keeps it
 * (seed/imported-values.ts); never in a facts file.
 */
const importRecords = (withKind: boolean): PropertyDoc[] => {
  const record = (name: string, type: PropertyDoc['type'], of: string): PropertyDoc => ({
    name,
    type,
    derived: true,
    description: `The \`${of}\` a CSV import added (docs/import.md): a re-seed of the facts file keeps it beside the file's own values.`,
  });
  return [
    record('importedName', 'string', 'name'),
    record('importedNameAr', 'string', 'nameAr'),
    ...(withKind ? [record('importedKind', 'string', 'kind')] : []),
    record('importedAliases', 'string[]', 'aliases'),
  ];
};

export const NODE_DOCS: readonly LabelDoc[] = [
  {
    label: 'Person',
    idPrefix: 'person',
    description: 'A person named by a source.',
    properties: [...common, ...importRecords(false)],
  },
  {
    label: 'Organization',
    idPrefix: 'org',
    description: 'A company, lab, team inside a company, media outlet or other organisation.',
    properties: [...common, kind(ORGANIZATION_KINDS, 'organisation'), ...importRecords(true)],
  },
  {
    label: 'Product',
    idPrefix: 'product',
    description: 'An AI model, model family or service.',
    properties: [...common, kind(PRODUCT_KINDS, 'product')],
  },
  {
    label: 'Event',
    idPrefix: 'event',
    description:
      'Something that happened: an acquisition, bid, lawsuit, offer, wave of departures, statement, cancellation…',
    properties: [
      ...common.map((p) =>
        p.name === 'name'
          ? { ...p, required: false, description: 'A short English title; defaults to the summary.' }
          : p,
      ),
      kind(EVENT_KINDS, 'event'),
      {
        name: 'date',
        type: 'date',
        description:
          'When it happened, at the precision the source gives (relative dates resolved against the source’s date).',
      },
      {
        name: 'amountUsd',
        type: 'number',
        description: 'Amount in US dollars, only where a source states one.',
      },
      {
        name: 'amountQualifier',
        type: 'string',
        examples: ['more than', 'up to', 'about'],
        description: 'How the source qualifies the amount, e.g. `more than`.',
      },
      {
        name: 'amountPeriod',
        type: 'string',
        examples: ['per year', 'over four years'],
        description: 'The period the amount covers, as the source states it.',
      },
      { name: 'summary', type: 'string', description: 'One-sentence English summary.' },
      { name: 'summaryAr', type: 'string', description: 'One-sentence Arabic summary.' },
      {
        name: 'count',
        type: 'integer',
        description: 'For `departures`: how many people the source says left (without naming them).',
      },
      {
        name: 'countQualifier',
        type: 'string',
        examples: ['at least', 'about'],
        description: 'How the source qualifies the count, e.g. `at least`.',
      },
      {
        name: 'since',
        type: 'date',
        description: 'Start of the period a count or statement covers (e.g. “since January”).',
      },
      { name: 'until', type: 'date', description: 'End of that period, where the source gives one.' },
    ],
  },
  {
    label: 'Source',
    idPrefix: 'source',
    description:
      'A report that states facts: a news article, or a report another source cites (“according to WIRED”).',
    properties: [
      ...common.filter((p) => !['name', 'aliases', 'nameAr'].includes(p.name)),
      {
        name: 'name',
        type: 'string',
        description: 'Display name; defaults to the title, else the publisher.',
      },
      { name: 'aliases', type: 'string[]', description: 'Other names of the report.' },
      { name: 'title', type: 'string', description: 'Original title, in the original language.' },
      { name: 'titleEn', type: 'string', description: 'English rendering of the title.' },
      { name: 'publisher', type: 'string', required: true, description: 'Who published it, in English.' },
      { name: 'publisherAr', type: 'string', description: 'The publisher’s Arabic name.' },
      { name: 'published', type: 'date', description: 'Publication date at the precision known.' },
      { name: 'language', type: 'language', description: 'ISO 639-1 code of the text, e.g. `ar`, `en`.' },
      { name: 'url', type: 'url', description: 'Where it can be read, when known.' },
      {
        name: 'text',
        type: 'string',
        description: 'File name of the verbatim text beside the facts file; evidence is checked against it.',
      },
      {
        name: 'fullText',
        type: 'string',
        derived: true,
        description:
          'The verbatim text of the `text` file, stored by the seed; GET /api/sources/:id serves it (graphs leave it out).',
      },
      { name: 'citedBy', type: 'id', description: 'For a cited report: the id of the Source that cites it.' },
      {
        name: 'factIds',
        type: 'string[]',
        derived: true,
        description:
          'Ids of the facts its facts file declared at the last seed (used to remove facts deleted from the file).',
      },
      {
        name: 'keptFields',
        type: 'string[]',
        derived: true,
        description:
          'The fields a CSV import, a script or a citing file gave the Source before its facts file declared it, which the file does not declare: every seed of the file keeps them (docs/import.md).',
      },
      {
        name: 'people',
        type: 'integer',
        derived: true,
        description: 'On the synthetic market’s Source: how many people it generated.',
      },
      {
        name: 'randomSeed',
        type: 'integer',
        derived: true,
        description: 'On the synthetic market’s Source: the random seed it used.',
      },
    ],
  },
];

const factCommon: PropertyDoc[] = [
  {
    name: 'id',
    type: 'id',
    required: true,
    description: 'Stable fact id, `fact:` + kebab-case slug; unique across all sources.',
  },
  {
    name: 'sources',
    type: 'id[]',
    description: 'Ids of the Source nodes that state the fact; defaults to the facts file’s source.',
  },
  {
    name: 'evidence',
    type: 'string',
    required: true,
    description:
      'The shortest verbatim excerpt of the source that states the fact, in the source’s language.',
  },
  {
    name: 'evidenceEn',
    type: 'string',
    required: true,
    description: 'A faithful English rendering of the evidence.',
  },
  {
    name: 'certainty',
    type: 'enum',
    values: CERTAINTIES,
    required: true,
    description: '`stated` when the source states the fact, `implied` when it only implies it.',
  },
  {
    name: 'note',
    type: 'string',
    description: 'Why the fact is implied, or how a relative date was resolved.',
  },
];

export const REL_DOCS: readonly RelTypeDoc[] = [
  {
    type: 'WORKED_AT',
    from: ['Person'],
    to: ['Organization'],
    description:
      'One stint of a person at an organisation. Leadership is a stint with a role (CEO, CTO…). A move is one stint’s end followed by another’s start.',
    properties: [
      ...factCommon,
      {
        name: 'role',
        type: 'string',
        description: 'Job title or role in English (CEO, research scientist…).',
      },
      { name: 'roleAr', type: 'string', description: 'The role as the source writes it in Arabic.' },
      { name: 'start', type: 'date', description: 'When the stint began, at the precision known.' },
      {
        name: 'end',
        type: 'date',
        description:
          'When it ended; never invented — a stint a source says ended without a date has `left: true` and no `end`.',
      },
      {
        name: 'left',
        type: 'boolean',
        description: '`true` when the stint has ended (set automatically when `end` is given).',
      },
    ],
  },
  {
    type: 'FOUNDED',
    from: ['Person', 'Organization'],
    to: ['Organization'],
    description: 'A person (or organisation) founded or co-founded an organisation.',
    properties: [...factCommon, { name: 'date', type: 'date', description: 'When, at the precision known.' }],
  },
  {
    type: 'PART_OF',
    from: ['Organization'],
    to: ['Organization'],
    description: 'An organisation (team, lab, subsidiary) is part of another.',
    properties: [
      ...factCommon,
      { name: 'since', type: 'date', description: 'Since when, if stated (e.g. after an acquisition).' },
    ],
  },
  {
    type: 'DEVELOPS',
    from: ['Organization', 'Person'],
    to: ['Product'],
    description: 'An organisation (or person) develops or makes a product.',
    properties: [...factCommon],
  },
  {
    type: 'PARTICIPATED_IN',
    from: ['Person', 'Organization', 'Product'],
    to: ['Event'],
    description:
      'A person, organisation or product took part in an event, in a role (a product can be the subject of a cancellation).',
    properties: [
      ...factCommon,
      {
        name: 'role',
        type: 'string',
        required: true,
        examples: [
          'acquirer',
          'target',
          'bidder',
          'invited-partner',
          'plaintiff',
          'defendant',
          'offerer',
          'offeree',
          'speaker',
          'subject',
          'from',
          'to',
        ],
        description:
          'The part played; for `departures` events `from` (the organisation left) and `to` (where they went).',
      },
      { name: 'roleAr', type: 'string', description: 'The role in Arabic, if useful.' },
    ],
  },
  {
    type: 'RELATIVE_OF',
    from: ['Person'],
    to: ['Person'],
    description: 'A family tie.',
    properties: [
      ...factCommon,
      {
        name: 'relation',
        type: 'string',
        required: true,
        examples: ['brother', 'sister', 'parent', 'spouse'],
        description: 'What the start person is to the end person, read from → to (e.g. `brother`).',
      },
    ],
  },
  {
    type: 'REPORTED_BY',
    from: ['Event', 'Person', 'Organization', 'Product'],
    to: ['Source'],
    description:
      'A source reports on this node; every event links to each source that reports it, and to the cited reports behind it.',
    properties: [...factCommon],
  },
  {
    type: 'TALENT_FLOW',
    from: ['Organization'],
    to: ['Organization'],
    derived: true,
    description:
      'Derived by every seed run: people who moved from one organisation to another. Never written in a facts file.',
    properties: [
      { name: 'id', type: 'string', description: '`flow:<from id>-><to id>`.' },
      {
        name: 'count',
        type: 'integer',
        description:
          'How many named people moved (a stint at A that ended, followed by their next stint, at B).',
      },
      {
        name: 'moves',
        type: 'integer',
        description: 'How many named moves (a person who moved A→B twice counts twice).',
      },
      { name: 'people', type: 'string[]', description: 'Ids of those people.' },
      {
        name: 'factIds',
        type: 'string[]',
        description: 'Ids of the WORKED_AT facts behind the named moves (both stints).',
      },
      {
        name: 'reportedCount',
        type: 'integer',
        description:
          'The largest unnamed count a source gives (a `departures` event), or null; as sure as the report it is from (the first of eventIds).',
      },
      { name: 'reportedQualifier', type: 'string', description: 'That count’s qualifier, e.g. `at least`.' },
      {
        name: 'eventIds',
        type: 'string[]',
        description:
          'Ids of the `departures` events behind reportedCount, largest count first (a stated one ahead of an implied one as large).',
      },
      {
        name: 'since',
        type: 'date',
        description:
          "Earliest date of a move (as careers date it: the stint joined's start, else the stint left's end) or report period.",
      },
      { name: 'until', type: 'date', description: 'Latest date of a move (dated so) or report period.' },
      {
        name: 'movedSince',
        type: 'date',
        description: "Earliest date of a named move (dated so), without the reports; '' when none is dated.",
      },
      {
        name: 'movedUntil',
        type: 'date',
        description: "Latest date of a named move (dated so), without the reports; '' when none is dated.",
      },
      {
        name: 'reportSince',
        type: 'date',
        description:
          "Only on a flow with reports: the earliest date of a report's period, without the named moves; '' when none is dated.",
      },
      {
        name: 'reportUntil',
        type: 'date',
        description:
          "Only on a flow with reports: the latest date of a report's period, without the named moves; '' when none is dated.",
      },
      {
        name: 'sources',
        type: 'string[]',
        description: 'Ids of the sources of all the stints, reports and PART_OF facts behind the flow.',
      },
      {
        name: 'statedSources',
        type: 'string[]',
        description:
          'Ids of the sources the stints of its stated named moves cite, with those of the PART_OF facts an overview flow rolls them up along — of the chains of facts stated throughout, not of an implied one into the same stint (the explorer cites them for the stated part).',
      },
      {
        name: 'impliedSources',
        type: 'string[]',
        description:
          'The same for the implied named moves of the people it counts implied (cited for the implied part; an implied move of a person counted stated draws no part and is not cited here).',
      },
      {
        name: 'impliedMoveSources',
        type: 'string[]',
        description:
          'Only on a flow with an implied named move: the sources of every implied named move, also of the people counted stated — the list moveSourceRefs index (a time window may count such a person implied, by that move alone).',
      },
      {
        name: 'reportSources',
        type: 'string[]',
        description:
          'Ids of the sources its reports’ from/to facts cite, with those of the PART_OF facts a report is rolled up along (cited for the reported part); a stated report’s are those of the chain of facts that states it.',
      },
      {
        name: 'partOfSources',
        type: 'string[]',
        description:
          'Ids of the sources of the PART_OF facts its moves and reports are rolled up along (an overview flow; also in sources, and in the list of the part each backs); absent on a flow derived before they were cited.',
      },
      {
        name: 'level',
        type: 'string',
        description:
          '`organization` (the overview: divisions rolled into their top organisation along PART_OF) or `division` (a flow with a division at either end).',
      },
      {
        name: 'parent',
        type: 'string',
        description: 'A division flow’s overview flow (the one it rolls into), or null.',
      },
      {
        name: 'statedCount',
        type: 'integer',
        description:
          'People whose move rests on stated facts only (both stints, and any PART_OF rolled through).',
      },
      { name: 'impliedCount', type: 'integer', description: 'People whose move rests on an implied fact.' },
      {
        name: 'certainty',
        type: 'enum',
        values: CERTAINTIES,
        description:
          '`stated` when at least one stated move or stated report is behind the flow, else `implied`.',
      },
      {
        name: 'partCertainties',
        type: 'string[]',
        description:
          'The certainties of the parts the explorer draws of the flow, each once, stated first: its stated named moves, its implied ones, and its reports (as sure as the report its number is from; with no number, implied only when every report is). A path search steps on the flow while one of them is shown; absent on a flow derived before they were kept (judged by its certainty).',
      },
      {
        name: 'derivation',
        type: 'integer',
        description:
          'The version of the rules the flow was derived by (model/flow-derivation.ts DERIVATION_VERSION). A flow of another version, or of none, was derived by other rules: the server warns at start-up and GET /api/flows marks it `outdated` until `npm run seed -- --derive` derives it again.',
      },
      {
        name: 'impliedPeople',
        type: 'string[]',
        description: 'With impliedFacts, pairs (person, implied fact): why each implied move is implied.',
      },
      {
        name: 'impliedFacts',
        type: 'string[]',
        description: 'The implied fact of each pair of impliedPeople.',
      },
      {
        name: 'divisionPeople',
        type: 'string[]',
        description: 'People of an overview flow who are counted in one of its division flows.',
      },
      {
        name: 'moveDates',
        type: 'string[]',
        description:
          "Beside each person of people, the dates of their moves on this flow as a career dates them (one per stint joined: its start, else the latest end among the stints left for it): distinct, earliest first, separated by spaces; '' when none is known. A time window counts and ranks the flows by them.",
      },
      {
        name: 'statedDates',
        type: 'string[]',
        description:
          "Only on a flow with an implied move: beside each person of people, the dates of their stated moves (as moveDates; '' when none). In a time window a person is stated when one of their moves dated in it is.",
      },
      {
        name: 'impliedMovePeople',
        type: 'string[]',
        description:
          'With impliedMoveFacts and impliedMoveDates, triples (person, implied fact, date of the move or empty) for every implied move (a move: the stint joined, stated when one chain of facts into it is), so a time window shows why the moves in it are implied.',
      },
      {
        name: 'impliedMoveFacts',
        type: 'string[]',
        description: 'The implied fact of each triple of impliedMovePeople.',
      },
      {
        name: 'impliedMoveDates',
        type: 'string[]',
        description: "The date of the move of each triple of impliedMovePeople ('' when none is known).",
      },
      {
        name: 'directPeople',
        type: 'string[]',
        description:
          'Only on an overview flow with divisionPeople: the people with a move of their own between its ends themselves (not one a division flow counts: leaving a division and its parent for one stint is one move). The view by division counts them.',
      },
      {
        name: 'directDates',
        type: 'string[]',
        description: 'Beside each person of directPeople, the dates of those moves (as moveDates).',
      },
      {
        name: 'directImpliedPeople',
        type: 'string[]',
        description:
          'With directImpliedFacts, pairs (person, implied fact) for the implied moves of directPeople.',
      },
      {
        name: 'directImpliedFacts',
        type: 'string[]',
        description: 'The implied fact of each pair of directImpliedPeople.',
      },
      {
        name: 'directStatedDates',
        type: 'string[]',
        description:
          'Beside each person of directPeople, the dates of their stated moves (as statedDates; only with an implied one).',
      },
      {
        name: 'directImpliedMovePeople',
        type: 'string[]',
        description: 'As impliedMovePeople, for the moves of directPeople.',
      },
      {
        name: 'directImpliedMoveFacts',
        type: 'string[]',
        description: 'The implied fact of each triple of directImpliedMovePeople.',
      },
      {
        name: 'directImpliedMoveDates',
        type: 'string[]',
        description: 'The date of the move of each triple of directImpliedMovePeople.',
      },
      {
        name: 'directStatedSources',
        type: 'string[]',
        description: 'As statedSources, for the moves of directPeople: the view by division cites them.',
      },
      {
        name: 'directImpliedSources',
        type: 'string[]',
        description: 'As impliedSources, for the moves of directPeople.',
      },
      {
        name: 'directImpliedMoveSources',
        type: 'string[]',
        description:
          'As impliedMoveSources, for the moves of directPeople (indexed by directMoveSourceRefs).',
      },
      {
        name: 'moveSourceRefs',
        type: 'string[]',
        description:
          "Beside each person of people, the sources of their dated moves: beside each date of their moveDates entry (split alike, by spaces), the indices in statedSources of those its stated moves cite, then '/', then the indices in impliedMoveSources (impliedSources where it is absent) of its implied moves' ('0,2/1'); '' when no move is dated. A time window cites the sources of the moves dated in it; absent on a flow derived before they were kept (a window then cites all time's, and says so).",
      },
      {
        name: 'directMoveSourceRefs',
        type: 'string[]',
        description:
          'As moveSourceRefs, beside each person of directPeople and their directDates, indexing directStatedSources and directImpliedMoveSources (directImpliedSources where it is absent).',
      },
      {
        name: 'impliedEventIds',
        type: 'string[]',
        description: 'The departures events whose from/to facts (or PART_OF rolled through) are implied.',
      },
    ].map((p) => ({ ...p, derived: true }) as PropertyDoc),
  },
];

export function nodeDoc(label: NodeLabel): LabelDoc {
  return NODE_DOCS.find((d) => d.label === label)!;
}

export function relDoc(type: RelType): RelTypeDoc {
  return REL_DOCS.find((d) => d.type === type)!;
}

export function factRelDoc(type: FactRelType): RelTypeDoc {
  return relDoc(type);
}

const LABEL_BY_PREFIX = new Map(NODE_DOCS.map((d) => [d.idPrefix, d.label]));

/** Each id prefix of ours and the label it names ({person: 'Person', org: 'Organization', …}). */
export function labelsByIdPrefix(): Record<string, NodeLabel> {
  return Object.fromEntries(LABEL_BY_PREFIX);
}

/**
 * The label an id's prefix names (`org:meta` → Organization), or undefined. The prefix is what comes before the first
 * colon; an id without one names no label (slicing at indexOf's -1 made `orgs` an Organization's by its `org`).
 */
export function labelOfId(id: string): NodeLabel | undefined {
  const colon = id.indexOf(':');
  return colon < 0 ? undefined : LABEL_BY_PREFIX.get(id.slice(0, colon));
}

// Schema objects the seed creates; names are part of the contract (the server uses the full-text index by name).
export const FULLTEXT_INDEX = {
  name: 'entity_search',
  labels: ['Person', 'Organization', 'Product', 'Event', 'Source'] as const,
  properties: ['name', 'nameAr', 'aliasesText', 'searchText'] as const,
  /** Unicode word segmentation + lower case, no stop words: suits mixed Arabic/English names. Arabic letter
   * variants and tashkeel are folded by `normalizeName()` into `searchText` (and into queries), which Lucene's
   * analyzer cannot do for both languages at once without stemming names. */
  analyzer: 'standard-no-stop-words',
} as const;

export const nodeIdConstraintName = (label: NodeLabel): string => `${label.toLowerCase()}_id_unique`;
export const relIdConstraintName = (type: RelType): string => `${type.toLowerCase()}_id_unique`;

/** Range indexes besides the id constraints, for the API's filters and time queries. */
export const RANGE_INDEXES = [
  { name: 'event_date', on: 'node', target: 'Event', properties: ['date'] },
  { name: 'event_kind', on: 'node', target: 'Event', properties: ['kind'] },
  { name: 'organization_kind', on: 'node', target: 'Organization', properties: ['kind'] },
  { name: 'source_published', on: 'node', target: 'Source', properties: ['published'] },
  { name: 'worked_at_start', on: 'relationship', target: 'WORKED_AT', properties: ['start'] },
  { name: 'worked_at_end', on: 'relationship', target: 'WORKED_AT', properties: ['end'] },
  { name: 'talent_flow_count', on: 'relationship', target: 'TALENT_FLOW', properties: ['count'] },
  // The stored talent index of an organisation (model/talent-index.ts), read by organisation id and view.
  { name: 'talent_index_org', on: 'node', target: 'TalentIndex', properties: ['org', 'divisions'] },
] as const;
