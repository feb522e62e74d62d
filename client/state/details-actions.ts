// Selection and the details panel: the selected node's facts with evidence and sources (/api/nodes/:id), a person's
// career (/api/people/:id/career), an organisation's talent in and out (/api/flows), a flow's people and evidence.
import type { FlowsResponse } from '../../model/api-responses.js';
import { SOURCED_CERTAINTIES_CYPHER } from '../../model/certainty.js';
import { isOurFlowType } from './our-database.js';
import { placingCypher, viewPeopleCypher } from '../../model/flow-cypher.js';
import type { MoveWindow } from '../../model/flows-api.js';
import { movedInWindowCypher } from '../../model/move-window-cypher.js';
import type { GraphData, GraphNode } from '../../model/graph.js';
import { FACT_REL_TYPES } from '../../model/labels.js';
import type { ExportGraph } from '../graph/exports.js';
import { exportedSources } from './view-data.js';
import type { DetailsState } from './app-state.js';
import { errorText, isNotFound, type ActionContext } from './context.js';
import { careerOf, isOurNode } from './details.js';
import {
  DEFAULT_DERIVATION_POLL_MS,
  flowIdOf,
  impliedByFlow,
  impliedFactsOf,
  peopleByFlow,
  stringList,
} from './flows.js';
import type { GalleryQuery } from './gallery.js';
import { pairedIdParts } from './id-chunks.js';
import { mergeGraphs } from '../../model/graph.js';
import {
  DEFAULT_FLOW_DETAILS_PEOPLE,
  MAX_FLOW_DETAILS_PEOPLE,
  MAX_FLOW_DETAILS_REPORTS,
  MAX_SOURCE_IDS,
} from '../../model/api-limits.js';

/**
 * What "Show Cypher" opens for a talent flow's details: the user's own equivalent of GET /api/flows/:id/details
 * (which the panel reads), to run, change and learn from in the Cypher panel — its people with their sourced stints
 * at both ends (rolled up from divisions as the view counts them), the sourced facts of its reported departures,
 * and the sourced PART_OF facts the seed rolled a division of those up along. `people` null: the first
 * DEFAULT_FLOW_DETAILS_PEOPLE people the view lists; a list: those people (the flow view's, narrowed to its time
 * window). `divisions`: the view by division. `events`: the reports the view counts (a time window's), null: every
 * one behind the flow. `window`: the view's time window — only the stints of the moves dated in it ({}: every move).
 * An integration test holds the two equal.
 */
export function flowDetailsQuery(
  flow: string,
  from: string,
  to: string,
  people: string[] | null,
  divisions = false,
  events: string[] | null = null,
  window: MoveWindow = {},
): GalleryQuery {
  return {
    id: 'flow-details',
    title: { en: 'People behind a talent flow', ar: 'الأشخاص وراء تدفّق الكفاءات' },
    view: 'graph',
    params: {
      flow,
      from,
      to,
      people,
      divisions,
      events,
      since: window.since ?? null,
      until: window.until ?? null,
    },
    query: `// The people behind a talent flow, their stints at both ends, and the reported departures: only facts a source
// backs, counted as the flow counts them, one row a fact. An organisation's flow also holds its people's stints at a
// division the seed rolls into an end — along sourced PART_OF facts, to its one top (not in the view by division,
// where the division's moves are its own flow's); placedBy lists the PART_OF facts a division's stint of a counted
// move or report fact is rolled up along.
MATCH (a:Organization {id: $from})-[f:TALENT_FLOW {id: $flow}]->(b:Organization {id: $to})
// By division, an organisation's flow holds only its own moves (its divisions' are their flows').
WITH a, b, f, coalesce($people, (${viewPeopleCypher('$divisions')})[0..${DEFAULT_FLOW_DETAILS_PEOPLE}]) AS people,
     coalesce(f.level, 'organization') = 'organization' AND NOT $divisions AS rolled
CALL (a, b, f, people, rolled) {
  MATCH (p:Person)-[w:WORKED_AT]->(o:Organization)
  WHERE p.id IN people AND w.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
    // Only the stints its moves rest on: a mover's earlier stint at an end is another move's.
    AND (f.factIds IS NULL OR w.id IN f.factIds)
    // In a time window ($since, $until), only those of the moves dated in it (a move's one date: its stint joined's
    // start, else the latest end among the stints left for it).
    AND ${movedInWindowCypher('f', 'p', 'w')}
  // At a division: the PART_OF facts the seed rolls it up along, when they lead into an end (its one top).
  WITH f, a, b, p, w, o, CASE WHEN o IN [a, b] OR NOT rolled THEN []
                           ELSE ${placingCypher('o', 'topOrg IN [a, b]')} END AS placedAlong
  WHERE o IN [a, b] OR size(placedAlong) > 0
  RETURN p AS about, w AS fact, o AS place,
         CASE WHEN w.id IN coalesce(f.factIds, []) THEN placedAlong ELSE [] END AS placedBy
  UNION ALL
  // A report's facts: who it says left the source end, and who it says joined the target end — of the reports the
  // view counts ($events: a time window's; null: every one behind the flow).
  MATCH (e:Event)<-[r:PARTICIPATED_IN]-(x:Organization)
  WHERE e.id IN coalesce(f.eventIds, []) AND ($events IS NULL OR e.id IN $events)
    AND r.certainty IN ${SOURCED_CERTAINTIES_CYPHER}
    AND r.role IN ['from', 'to']
  WITH e, r, x, CASE r.role WHEN 'from' THEN a ELSE b END AS endOrg
  WITH e, r, x, CASE WHEN x = endOrg THEN [] ELSE ${placingCypher('x', 'topOrg = endOrg')} END AS placedAlong
  WHERE x = endOrg OR size(placedAlong) > 0
  RETURN e AS about, r AS fact, x AS place, placedAlong AS placedBy
}
RETURN a, f, b, about, fact, place, placedBy`,
  };
}

/** The people named in a /api/flows answer (`flows[].people`: id, name, nameAr) as minimal Person nodes. */
export function flowPeople(answer: Pick<FlowsResponse, 'flows'>): GraphNode[] {
  const out = new Map<string, GraphNode>();
  for (const f of answer.flows)
    for (const p of f.people)
      out.set(p.id, {
        id: p.id,
        labels: ['Person'],
        properties: { id: p.id, name: p.name, nameAr: p.nameAr },
      });
  return [...out.values()];
}

export function createDetailsActions(ctx: ActionContext) {
  const { store, api } = ctx;

  /** Applies a patch only if the details still belong to `id` (a slow answer must not overwrite a newer selection). */
  const patch = (id: string, p: Partial<DetailsState>) =>
    store.set((s) => (s.details?.id === id ? { details: { ...s.details, ...p } } : {}));

  const knownSources = (graph: GraphData) => {
    const found: Record<string, GraphNode> = {};
    for (const n of graph.nodes) if (n.labels.includes('Source')) found[n.id] = n;
    if (Object.keys(found).length) store.set((s) => ({ sources: { ...s.sources, ...found } }));
  };

  /**
   * A drawn node the database does not hold (a map a query built, or a node deleted since) as the scene has it: the
   * node, the relationships drawn at it and their other ends. Null when the scene does not hold it either.
   */
  const drawnAround = (id: string): GraphData | null => {
    const { scene } = store.get();
    const own = scene.nodes[id];
    if (!own) return null;
    const edges = Object.values(scene.edges).filter((e) => e.source === id || e.target === id);
    const ends = edges.flatMap((e) => [scene.nodes[e.source], scene.nodes[e.target]]);
    return mergeGraphs({ nodes: [own, ...ends.filter((n): n is GraphNode => !!n)], edges });
  };

  async function loadNode(id: string): Promise<void> {
    try {
      const res = await api.node(id);
      knownSources(res.graph);
      patch(id, {
        status: 'ready',
        graph: res.graph,
        ...(res.truncated ? { factTotal: res.factCount } : {}),
      });
      const node = res.node;
      // A career and talent flows only for our people and organisations, not a foreign graph's (isOurNode).
      if (node && isOurNode(node) && node.labels.includes('Person')) void loadCareer(id, res.graph);
      // Only for the node still shown: a slow answer for another must not take over the flows' polling.
      if (node && isOurNode(node) && node.labels.includes('Organization') && store.get().details?.id === id)
        void loadOrgFlows(id);
    } catch (err) {
      const drawn = isNotFound(err) ? drawnAround(id) : null;
      if (drawn) patch(id, { status: 'ready', graph: drawn, notInDatabase: true });
      else
        patch(id, { status: 'error', error: errorText(err), ...(isNotFound(err) ? { missing: true } : {}) });
    }
  }

  async function loadCareer(id: string, fallback: GraphData): Promise<void> {
    patch(id, { careerStatus: 'loading' });
    try {
      const answer = await api.career(id);
      const graph = mergeGraphs(
        { nodes: [answer.person, ...answer.sources], edges: [] },
        answer.graph,
        fallback,
      );
      patch(id, { careerStatus: 'ready', career: careerOf(id, graph, answer.moves) });
    } catch {
      // The node's own facts hold its stints too; use them if the career endpoint fails.
      patch(id, { careerStatus: 'ready', career: careerOf(id, fallback) });
    }
  }

  let orgFlowsTimer: ReturnType<typeof setTimeout> | undefined;
  /** Asks again for the organisation's flows while the server derives them, as long as its details are shown. */
  const pollOrgFlows = (id: string) => {
    clearTimeout(orgFlowsTimer);
    orgFlowsTimer = setTimeout(() => {
      if (store.get().details?.id === id) void loadOrgFlows(id, true);
    }, DEFAULT_DERIVATION_POLL_MS);
  };

  /** `poll`: asked again while the server derives the flows; a failure keeps what the panel shows, and asks again. */
  async function loadOrgFlows(id: string, poll = false): Promise<void> {
    if (store.get().details?.id !== id) return;
    clearTimeout(orgFlowsTimer);
    if (!poll) patch(id, { flowsStatus: 'loading' });
    try {
      const answer = await api.flows({ org: id, direction: 'both' });
      const { running, failed } = answer.derivation;
      patch(id, {
        flowsStatus: 'ready',
        flows: mergeGraphs(answer.graph, { nodes: flowPeople(answer), edges: [] }),
        flowPeople: peopleByFlow(answer),
        flowImplied: impliedByFlow(answer),
        flowImpliedFacts: impliedFactsOf(answer),
        flowsDerivation: { running, failed: failed !== null },
      });
      // Only for the organisation still shown: a late answer for another must not take over the one timer.
      if (running && store.get().details?.id === id) pollOrgFlows(id);
    } catch (err) {
      if (!poll) patch(id, { flowsStatus: 'error', error: errorText(err) });
      else if (store.get().details?.id === id) pollOrgFlows(id);
    }
  }

  /** Source nodes by id through GET /api/sources (in pages of its limit), not the user's Cypher endpoint. */
  async function sourceNodes(ids: string[]): Promise<GraphNode[]> {
    if (!api.sources) return [];
    const out: GraphNode[] = [];
    for (let i = 0; i < ids.length; i += MAX_SOURCE_IDS)
      out.push(...(await api.sources(ids.slice(i, i + MAX_SOURCE_IDS))).sources);
    return out;
  }

  /**
   * A flow's details through GET /api/flows/:id/details, not the user's rate-limited Cypher endpoint: the people
   * of the flow view's list, else the flow's first ones, and the reports the view counts (`reports`: a time
   * window's), else every one — long lists in requests each endpoint accepts (pairedIdParts: at most
   * MAX_FLOW_DETAILS_PEOPLE people and MAX_FLOW_DETAILS_REPORTS reports, and a URL of bounded length) — and the
   * stints of the moves in the view's time `window` only.
   */
  async function flowDetails(
    flowId: string,
    listed: string[] | undefined,
    divisions: boolean,
    reports: string[] | undefined,
    window: MoveWindow | undefined,
  ) {
    const parts = pairedIdParts(listed, MAX_FLOW_DETAILS_PEOPLE, reports, MAX_FLOW_DETAILS_REPORTS);
    const graphs: GraphData[] = [];
    const implied: Record<string, string[]> = {};
    let people: string[] = [];
    for (const [i, part] of parts.entries()) {
      const answer = await api.flowDetails(flowId, part.a, divisions, part.b, window);
      graphs.push(answer.graph, { nodes: answer.sources, edges: [] });
      Object.assign(implied, answer.implied);
      // Without a list, the first request lists the flow's first people (the others list no one).
      if (i === 0) people = answer.people;
    }
    return { people: listed ?? people, implied, graph: mergeGraphs(...graphs) };
  }

  async function loadEdge(id: string): Promise<void> {
    const s = store.get();
    // A flow by its id opens whichever of its parts is drawn (a link's flow whose stated part is not drawn, say,
    // now that the facts or the time window left it only implied moves).
    // So too in the network, where a whole flow enters as its parts (a results table's flow with no stated move).
    const drawn = s.mode === 'flows' ? (s.flowData?.edges ?? []) : Object.values(s.scene.edges);
    const flowEdge =
      s.mode === 'flows' || !s.scene.edges[id]
        ? (drawn.find((e) => e.id === id) ??
          drawn.find((e) => e.type.startsWith('TALENT_FLOW') && flowIdOf(e.id) === flowIdOf(id)))
        : undefined;
    // The part drawn is the one selected: the canvas highlights it and a link copied now names it.
    if (flowEdge && flowEdge.id !== id)
      store.set((st) =>
        st.selection?.kind === 'edge' && st.selection.id === id
          ? { selection: { kind: 'edge', id: flowEdge.id } }
          : {},
      );
    const edge = flowEdge ?? s.scene.edges[id];
    if (!edge) {
      patch(id, { status: 'error', error: `Unknown relationship ${id}.`, missing: true });
      return;
    }
    try {
      // One of our flows opens as a flow; a foreign graph's TALENT_FLOW is a plain relationship (isOurFlowType).
      if (isOurFlowType(edge.type, s.schema)) {
        const flow =
          s.flowData?.edges.find((e) => e.id === flowIdOf(id)) ?? s.scene.edges[flowIdOf(id)] ?? edge;
        const flowId = flowIdOf(id);
        const listed = s.mode === 'flows' ? s.flowPeople[flowId] : undefined;
        // The reports the view counts (the Talent flows tab's, of its window): its details quote those only.
        const reported = s.mode === 'flows' ? s.flowReports[flowId] : undefined;
        // The window the view counts it in (the Talent flows tab's, of the answer it draws): the moves dated in it.
        const moveWindow = s.mode === 'flows' ? s.flowDataWindow : {};
        const windowed = moveWindow.since !== undefined || moveWindow.until !== undefined;
        // The view's own rule: by division, an organisation's flow holds only its own moves (its divisions' are theirs).
        const res = await flowDetails(
          flowId,
          listed,
          s.mode === 'flows' && s.flowDivisions,
          reported,
          windowed ? moveWindow : undefined,
        );
        knownSources(res.graph);
        // Why each listed person's move is implied: for the flow view's list, the view's own marks (of the time window
        // the list is of), taken with the list so a later window does not mark an older one; otherwise the answer's
        // (of the window asked, as the view marks them), as no view has marked the people it chose.
        const implied = listed ? (s.flowImplied[flowId] ?? {}) : res.implied;
        patch(id, {
          status: 'ready',
          graph: mergeGraphs({ nodes: [], edges: [flow] }, res.graph),
          flowPeople: { [flowId]: res.people },
          flowImplied: { [flowId]: implied },
          // Kept for the details' "Show Cypher", which asks for these reports too.
          ...(reported ? { flowReports: { [flowId]: reported } } : {}),
          // And the window, which it asks for too.
          ...(windowed ? { flowDetailsWindow: moveWindow } : {}),
        });
        return;
      }
      // A fact: its two ends with their facts, so the sources it cites are resolved.
      // An end the database does not hold (the query built it) is shown as drawn, and the panel says so.
      let absent = false;
      // Whether an end's answer lists every relationship of this one's type at it: all of them (not cut at its limit),
      // and of every type for a node not ours, of our fact types for ours (GET /api/nodes/:id).
      let complete = true;
      const endGraph = async (nid: string): Promise<GraphData> => {
        try {
          const res = await api.node(nid);
          const listsType =
            !res.node || !isOurNode(res.node) || (FACT_REL_TYPES as readonly string[]).includes(edge.type);
          if (res.truncated || !listsType) complete = false;
          return res.graph;
        } catch (err) {
          const drawn = isNotFound(err) ? store.get().scene.nodes[nid] : undefined;
          if (!drawn) throw err;
          absent = true;
          return { nodes: [drawn], edges: [] };
        }
      };
      const [a, b] = await Promise.all([endGraph(edge.source), endGraph(edge.target)]);
      // Both ends are in the database but neither lists it: a relationship the query built between them (a map), not a
      // fact of the database — its certainty and sources are the query's words, not a stored fact's.
      if (!absent && complete && ![...a.edges, ...b.edges].some((e) => e.id === edge.id)) absent = true;
      const graph = mergeGraphs({ nodes: [], edges: [edge] }, a, b);
      const srcIds = stringList(edge.properties.sources).filter(
        (sid) => !graph.nodes.some((n) => n.id === sid) && !store.get().sources[sid],
      );
      if (srcIds.length) graph.nodes.push(...(await sourceNodes(srcIds)));
      knownSources(graph);
      patch(id, { status: 'ready', graph, ...(absent ? { notInDatabase: true } : {}) });
    } catch (err) {
      patch(id, { status: 'error', error: errorText(err) });
    }
  }

  return {
    selectNode(id: string | null) {
      if (!id) {
        store.set({ selection: null, details: null });
        return;
      }
      store.set({ selection: { kind: 'node', id }, details: { id, kind: 'node', status: 'loading' } });
      void loadNode(id);
    },
    selectEdge(id: string) {
      store.set({ selection: { kind: 'edge', id }, details: { id, kind: 'edge', status: 'loading' } });
      void loadEdge(id);
    },
    /** Source nodes for ids the client has not seen yet (export lists, the source filter). */
    async ensureSources(ids: string[]): Promise<void> {
      const missing = ids.filter((id) => !store.get().sources[id]);
      if (!missing.length) return;
      try {
        knownSources({ nodes: await sourceNodes(missing), edges: [] });
      } catch {
        // Exports fall back to the ids.
      }
    },
    /**
     * An export's graph naming the sources its facts cite in full (view-data.ts exportedSources), their Source nodes
     * read first where not yet known: a file shared on its own must say where each fact can be read.
     */
    async withSources(data: ExportGraph): Promise<ExportGraph> {
      await this.ensureSources(exportedSources(data, {}).map((x) => x.id));
      return { ...data, sources: exportedSources(data, store.get().sources) };
    },
  };
}

export type DetailsActions = ReturnType<typeof createDetailsActions>;
