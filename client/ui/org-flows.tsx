// An organisation's talent in and out: for each flow, where from or to, how many named people (and who), and any
// count a source reports without names.
import type { GraphData, GraphEdge, GraphNode } from '../../model/graph.js';
import type { ImpliedFact } from '../../model/flow-response.js';
import { displayName } from '../graph/names.js';
import { certaintyName } from '../graph/vocabulary.js';
import {
  certaintyCounts,
  flowIdOf,
  impliedFactText,
  reportCount,
  reportedPartCertainty,
  reportedCounts,
} from '../state/flows.js';
import { formatNumber } from '../i18n/i18n.js';
import { useApp, useAppState, useT } from './app-context.js';

/**
 * The people listed for a flow (the API lists the first few; "+N" says how many more the count has). A person
 * whose move is only implied is marked so, with the implied facts behind it (`describe` names them).
 */
export function FlowPeople({
  edge,
  people,
  nodes,
  describe,
  implied: given,
}: {
  edge: GraphEdge;
  people: string[];
  nodes: Map<string, GraphNode>;
  describe?: (factId: string) => string;
  /** Why each listed person's move is implied (person id → facts); default: the flow view's. */
  implied?: Record<string, string[]>;
}) {
  const { actions, store } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const fromView = useAppState((s) => s.flowImplied[flowIdOf(edge.id)]);
  const implied = given ?? fromView;
  if (!people.length) return null;
  const { stated, implied: impliedCount } = certaintyCounts(edge);
  const unlisted = stated + impliedCount - people.length;
  return (
    <ul className="people" data-testid="flow-people">
      {people.map((id) => {
        const n = nodes.get(id) ?? store.get().scene.nodes[id];
        const why = implied?.[id];
        return (
          <li
            key={id}
            className={why ? 'certainty-implied' : undefined}
            data-certainty={why ? 'implied' : 'stated'}
          >
            <button type="button" className="link-button" dir="auto" onClick={() => void actions.reveal(id)}>
              {n ? displayName(n, lang) : id}
            </button>
            {why && (
              <>
                {' '}
                <span className="badge badge-implied">{certaintyName('implied', lang)}</span>{' '}
                <span className="why" dir="auto" data-testid="flow-implied-why">
                  {t('flowImpliedBecause', {
                    facts: why.map((f) => (describe ? describe(f) : f)).join('; '),
                  })}
                </span>
              </>
            )}
          </li>
        );
      })}
      {unlisted > 0 && <li className="more">+{formatNumber(unlisted, lang)}</li>}
    </ul>
  );
}

/**
 * Under a time window over the network, a note that an organisation's talent in and out counts all time (the Talent
 * flows tab asks for the window's; the canvas draws its stored flows with theirs). A flow's details show the window's
 * numbers beside all time's (flow-window-note.tsx).
 */
export function FlowsAllTimeNote() {
  const t = useT();
  const allTime = useAppState((s) => s.mode !== 'flows' && s.time.enabled);
  if (!allTime) return null;
  return (
    <p className="hint" data-testid="flow-all-time">
      {t('flowAllTime')}
    </p>
  );
}

/**
 * A flow's numbers: its named people and its reported count (people reports give without names), each saying how
 * many of it a source only implies — a count only implied never reads as stated.
 */
export function FlowCounts({ edge }: { edge: GraphEdge }) {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const { stated, implied } = certaintyCounts(edge);
  const named = stated + implied;
  const split = reportedCounts(edge);
  const reported = split.stated + split.implied;
  const reports = reportCount(edge);
  const q =
    typeof edge.properties.reportedQualifier === 'string' && /least/i.test(edge.properties.reportedQualifier)
      ? '≥ '
      : '';
  return (
    <span className="flow-counts">
      {named > 0 && <span className="flow-named">{t('namedCount', { n: formatNumber(named, lang) })}</span>}
      {implied > 0 && (
        <span className="flow-implied certainty-implied">
          {' '}
          ({t('namedImplied', { n: formatNumber(implied, lang) })})
        </span>
      )}
      {reported > 0 && (
        <span className="flow-reported">{t('reportedCount', { q, n: formatNumber(reported, lang) })}</span>
      )}
      {split.implied > 0 && (
        <span className="flow-reported-implied certainty-implied">
          {' '}
          ({t('namedImplied', { n: formatNumber(split.implied, lang) })})
        </span>
      )}
      {reported === 0 && reports > 0 && (
        <span className="flow-reported">
          {t('reportedNoNumber')}
          {reportedPartCertainty(edge) === 'implied' && ` (${t('impliedPlural')})`}
        </span>
      )}
    </span>
  );
}

export function OrgFlows({
  orgId,
  flows,
  people,
  implied = {},
  impliedFacts = {},
}: {
  orgId: string;
  flows: GraphData;
  people: Record<string, string[]>;
  implied?: Record<string, Record<string, string[]>>;
  /** What each implied fact is, by id (the answer's people[].impliedFacts). */
  impliedFacts?: Record<string, ImpliedFact>;
}) {
  const { actions } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const describe = (id: string) => impliedFactText(impliedFacts[id], id, lang);
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
            <FlowPeople
              edge={e}
              people={people[e.id] ?? []}
              nodes={nodes}
              implied={implied[e.id] ?? {}}
              describe={describe}
            />
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
