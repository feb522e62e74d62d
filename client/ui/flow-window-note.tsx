// A stored flow's numbers in the time window over the network, in its details, as the canvas draws them (the
// server's count, client/state/flow-window.ts); while they are not known (loading, or asking failed), a note that the
// numbers shown are all time's — as the canvas's label says then.
import type { GraphEdge } from '../../model/graph.js';
import { currentFlowCounts } from '../state/flow-window.js';
import { flowIdOf } from '../state/flows.js';
import { useAppState, useT } from './app-context.js';
import { FlowCounts } from './org-flows.js';

export function FlowWindowNote({ edge }: { edge: GraphEdge }) {
  const t = useT();
  const onNetwork = useAppState((s) => s.mode !== 'flows' && s.time.enabled);
  const window = useAppState((s) => s.time.window);
  const counts = useAppState(currentFlowCounts);
  if (!onNetwork) return null;
  const c = counts?.[flowIdOf(edge.id)];
  if (!c)
    return (
      <p className="hint" data-testid="flow-all-time">
        {t('flowAllTimePending')}
      </p>
    );
  const when = window.from ? `${window.from} – ${window.to}` : `${t('timeAsOf')} ${window.to}`;
  const nothing = c.stated + c.implied === 0 && c.reports === 0 && !c.reportedCount;
  // The whole flow with the window's numbers, shown as its all-time ones are (FlowCounts).
  const windowed: GraphEdge = {
    ...edge,
    properties: {
      ...edge.properties,
      statedCount: c.stated,
      impliedCount: c.implied,
      reportedCount: c.reportedCount,
      reportedQualifier: c.reportedQualifier,
      reports: c.reports,
    },
  };
  return (
    <>
      <p data-testid="flow-window-counts">
        {nothing ? (
          t('flowNothingInWindow', { window: when })
        ) : (
          <>
            <bdi>{t('flowInWindow', { window: when })}</bdi> <FlowCounts edge={windowed} />
          </>
        )}
      </p>
      <p className="hint" data-testid="flow-all-time">
        {t('flowAllTimeBelow')}
      </p>
    </>
  );
}
