// Answers of the HTTP API for stand-ins of the client's Api, typed by the model's schemas: a test double that
// leaves out a field the server sends no longer compiles, so the client is tested on the answers it will get.
import type {
  CareerResponse,
  CypherResponse,
  FlowsResponse,
  NodeResponse,
  PathsResponse,
  SchemaResponse,
  SourceQuote,
  TimelineItem,
  TimelineResponse,
} from '../../../model/api-responses.js';
import type { Flow, FlowPerson } from '../../../model/flow-response.js';
import type { GraphData, GraphNode } from '../../../model/graph.js';
import { schemaInfo, type Api, type SchemaInfo } from '../../../client/api/api.js';

const EMPTY: GraphData = { nodes: [], edges: [] };
const stub = (id: string): GraphNode => ({ id, labels: [], properties: {} });

/** GET /api/nodes/:id: the node with `graph` as its neighbourhood. */
export function nodeAnswer(node: GraphNode, graph: GraphData = EMPTY): NodeResponse {
  return { node, facts: [], factCount: 0, truncated: false, sources: [], graph };
}

export function pathsAnswer(p: Partial<PathsResponse> = {}): PathsResponse {
  return {
    from: stub('from'),
    to: stub('to'),
    paths: [],
    maxLength: 6,
    derived: false,
    types: [],
    certainties: ['stated', 'implied'],
    sources: [],
    graph: EMPTY,
    ...p,
  };
}

export function careerAnswer(personId: string, p: Partial<CareerResponse> = {}): CareerResponse {
  return { person: stub(personId), stints: [], moves: [], sources: [], graph: EMPTY, ...p };
}

export function flowPerson(p: Partial<FlowPerson> & { id: string }): FlowPerson {
  return {
    name: null,
    nameAr: null,
    when: null,
    facts: [],
    certainty: 'stated',
    impliedBy: [],
    impliedFacts: [],
    ...p,
  };
}

/** A flow of the answer: only its id and people matter to the client (its numbers travel on the graph's edges). */
export function flowOf(id: string, people: FlowPerson[] = []): Flow {
  const [from = 'org:a', to = 'org:b'] = id.replace(/^flow:/, '').split('->');
  return {
    id,
    from: { id: from, name: null, nameAr: null },
    to: { id: to, name: null, nameAr: null },
    level: 'organization',
    parent: null,
    count: people.length,
    byCertainty: {
      stated: people.filter((x) => x.certainty === 'stated').length,
      implied: people.filter((x) => x.certainty === 'implied').length,
    },
    certainty: 'stated',
    reportedCount: null,
    reportedQualifier: null,
    atLeast: people.length,
    people,
    peopleTotal: people.length,
    undated: 0,
    reports: [],
    since: null,
    until: null,
    span: { since: null, until: null },
    moveSpan: { since: null, until: null },
    reportSpan: { since: null, until: null },
    sources: [],
    statedSources: [],
    impliedSources: [],
    reportSources: [],
    sourcesAllTime: false,
    outdated: false,
  };
}

export function flowsAnswer(p: Partial<FlowsResponse> = {}): FlowsResponse {
  const flows = p.flows ?? [];
  return {
    org: null,
    total: flows.length,
    estimated: false,
    more: 0,
    derivation: { running: false, failed: null },
    flows,
    graph: EMPTY,
    ...p,
  };
}

export function timelineItem(p: Partial<TimelineItem> & Pick<TimelineItem, 'date' | 'id'>): TimelineItem {
  return {
    kind: 'event',
    nodes: [],
    nodeLabels: [],
    stints: [],
    stintOrgs: [],
    stintCertainties: [],
    stintSources: [],
    stintDates: [],
    stintRoles: [],
    stintRolesAr: [],
    stintInside: [],
    nodeNames: [],
    nodeNamesAr: [],
    title: p.id,
    titleAr: p.title ?? p.id,
    eventKind: null,
    role: null,
    roleAr: null,
    certainty: null,
    dateKind: 'date',
    until: null,
    sources: [],
    ...p,
  };
}

export function timelineAnswer(
  items: TimelineItem[] = [],
  p: Partial<Omit<TimelineResponse, 'items'>> = {},
): TimelineResponse {
  return { items, truncated: false, nextAfter: null, from: null, to: null, ...p };
}

/**
 * A schema answer; a database that holds none of our sourced facts unless `sourcedFacts` says so, with as many nodes as
 * its labels count unless `nodes` says otherwise.
 */
export function emptySchema(p: Partial<SchemaResponse> = {}): SchemaInfo {
  const nodes = (p.labels ?? []).reduce((n, l) => n + l.count, 0);
  return schemaInfo({
    labels: [],
    relationshipTypes: [],
    propertyKeys: [],
    nodes,
    sourcedFacts: false,
    ...p,
  });
}

export function cypherAnswer(graph: GraphData, p: Partial<CypherResponse['summary']> = {}): CypherResponse {
  return {
    columns: ['n'],
    rows: [],
    types: [],
    graph,
    summary: {
      rowCount: 1,
      truncated: false,
      resultAvailableAfterMs: 1,
      resultConsumedAfterMs: 1,
      notifications: [],
      queryType: 'r',
      ...p,
    },
    bookmarks: [],
  };
}

export function sourceQuote(p: Partial<SourceQuote> & { fact: string }): SourceQuote {
  return {
    type: 'WORKED_AT',
    from: 'person:x',
    to: 'org:x',
    evidence: null,
    evidenceEn: null,
    certainty: null,
    sources: [],
    start: null,
    end: null,
    exact: false,
    ...p,
  };
}

/** A stand-in for the HTTP API answering nothing in particular (empty, well-formed answers); tests override parts. */
export function fakeApi(overrides: Partial<Api> = {}): Api {
  return {
    search: async () => [],
    node: async (id) => nodeAnswer(stub(id)),
    neighbors: async () => ({ graph: EMPTY, returned: 0, total: 0 }),
    paths: async () => pathsAnswer(),
    career: async (id) => careerAnswer(id),
    flows: async () => flowsAnswer(),
    flowDetails: async (id) => {
      const flow = flowOf(id);
      return {
        flow: { id, type: 'TALENT_FLOW', source: flow.from.id, target: flow.to.id, properties: {} },
        people: [],
        implied: {},
        graph: EMPTY,
        sources: [],
      };
    },
    timeline: async () => timelineAnswer(),
    schema: async () => emptySchema(),
    cypher: async () => cypherAnswer(EMPTY),
    ...overrides,
  };
}
