// An organisation's talent in and out: for each flow, where from or to, how many named people (and who), and any
// count a source reports without names.
import type { GraphData, GraphEdge, GraphNode } from '../../model/graph.js';
import { displayName } from '../graph/names.js';
import { flowCount, reportedCount } from '../state/flows.js';
import { formatNumber } from '../state/i18n.js';
import { useApp, useAppState, useT } from './app-context.js';

/** The people listed for a flow (the API lists the first few; "+N" says how many more the count has). */
export function FlowPeople({
  edge,
  people,
  nodes,
}: {
  edge: GraphEdge;
  people: string[];
  nodes: Map<string, GraphNode>;
}) {
  const { actions, store } = useApp();
  const lang = useAppState((s) => s.lang);
  if (!people.length) return null;
  const unlisted = flowCount(edge) - people.length;
  return (
    <ul className="people" data-testid="flow-people">
      {people.map((id) => {
        const n = nodes.get(id) ?? store.get().scene.nodes[id];
        return (
          <li key={id}>
            <button type="button" className="link-button" dir="auto" onClick={() => void actions.reveal(id)}>
              {n ? displayName(n, lang) : id}
            </button>
          </li>
        );
      })}
      {unlisted > 0 && <li className="more">+{formatNumber(unlisted, lang)}</li>}
    </ul>
  );
}

export function FlowCounts({ edge }: { edge: GraphEdge }) {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const named = flowCount(edge);
  const reported = reportedCount(edge);
  const q =
    typeof edge.properties.reportedQualifier === 'string' && /least/i.test(edge.properties.reportedQualifier)
      ? '≥ '
      : '';
  return (
    <span className="flow-counts">
      {named > 0 && <span className="flow-named">{t('namedCount', { n: formatNumber(named, lang) })}</span>}
      {reported > 0 && (
        <span className="flow-reported">{t('reportedCount', { q, n: formatNumber(reported, lang) })}</span>
      )}
    </span>
  );
}

export function OrgFlows({
  orgId,
  flows,
  people,
}: {
  orgId: string;
  flows: GraphData;
  people: Record<string, string[]>;
}) {
  const { actions } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const nodes = new Map(flows.nodes.map((n) => [n.id, n]));
  const edges = flows.edges.filter((e) => e.type === 'TALENT_FLOW');
  const incoming = edges.filter((e) => e.target === orgId);
  const outgoing = edges.filter((e) => e.source === orgId);
  if (!incoming.length && !outgoing.length) return <p className="hint">{t('noFlows')}</p>;
  const list = (items: GraphEdge[], other: (e: GraphEdge) => string) => (
    <ul className="flows">
      {items.map((e) => {
        const o = nodes.get(other(e));
        return (
          <li key={e.id}>
            <button
              type="button"
              className="link-button"
              dir="auto"
              onClick={() => actions.details.selectNode(other(e))}
            >
              {o ? displayName(o, lang) : other(e)}
            </button>{' '}
            <FlowCounts edge={e} />
            <FlowPeople edge={e} people={people[e.id] ?? []} nodes={nodes} />
          </li>
        );
      })}
    </ul>
  );
  return (
    <div className="org-flows" data-testid="org-flows">
      {outgoing.length > 0 && (
        <>
          <h4>{t('talentOut')}</h4>
          {list(outgoing, (e) => e.target)}
        </>
      )}
      {incoming.length > 0 && (
        <>
          <h4>{t('talentIn')}</h4>
          {list(incoming, (e) => e.source)}
        </>
      )}
    </div>
  );
}
