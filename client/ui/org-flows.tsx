// An organisation's talent in and out: for each flow, where from or to, how many named people (and who), and any
// count a source reports without names.
import type { GraphData, GraphEdge, GraphNode } from '../../model/graph.js';
import { displayName } from '../graph/names.js';
import { flowCount, reportedCount, stringList } from '../state/flows.js';
import { formatNumber } from '../state/i18n.js';
import { useApp, useAppState, useT } from './app-context.js';

export function FlowPeople({ edge, nodes }: { edge: GraphEdge; nodes: Map<string, GraphNode> }) {
  const { actions, store } = useApp();
  const lang = useAppState((s) => s.lang);
  const people = stringList(edge.properties.people);
  if (!people.length) return null;
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

export function OrgFlows({ orgId, flows }: { orgId: string; flows: GraphData }) {
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
            <FlowPeople edge={e} nodes={nodes} />
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
