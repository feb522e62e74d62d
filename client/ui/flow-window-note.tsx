// A stored flow's numbers in the time window over the network, in its details, as the canvas draws them (the
// server's count, client/state/flow-window.ts); while they load, that they are being counted (the numbers below are
// all time's); when they will not come (asking failed, a flow the server does not store), a note that the numbers
// shown are all time's — as the canvas's label says then. And, in either view, that a flow's named parts cite all
// time's sources in the window when an older seed derived it, and that it was derived by an older version's rules.
import type { GraphEdge } from '../../model/graph.js';
import { formatDate, formatDateRange } from '../i18n/dates.js';
import { currentFlowCounts, flowWindowStatus } from '../state/flow-window.js';
import { citesAllTime, derivedByOtherRules, flowIdOf } from '../state/flows.js';
import { activeScene, windowFlowParts } from '../state/view-data.js';
import { useAppState, useT } from './app-context.js';
import { FlowCounts } from './org-flows.js';

export function FlowWindowNote({ edge }: { edge: GraphEdge }) {
  const t = useT();
  const window = useAppState((s) => s.time.window);
  const lang = useAppState((s) => s.lang);
  // Selected apart, as values the store holds (a status is a new object on every call).
  const kind = useAppState((s) => flowWindowStatus(s, flowIdOf(edge.id))?.kind ?? null);
  const counts = useAppState((s) => {
    const status = flowWindowStatus(s, flowIdOf(edge.id));
    return status?.kind === 'counted' ? status.counts : null;
  });
  if (!kind) return null;
  const when = window.from
    ? formatDateRange(window.from, window.to, lang)
    : `${t('timeAsOf')} ${formatDate(window.to, lang)}`;
  if (kind === 'allTime')
    return (
      <p className="hint" data-testid="flow-all-time">
        {t('flowAllTimeUncounted')}
      </p>
    );
  // Pending (counts is set when counted).
  if (!counts)
    return (
      <>
        <p data-testid="flow-window-pending">
          <bdi>{t('flowWindowPending', { window: when })}</bdi>
        </p>
        <p className="hint" data-testid="flow-all-time">
          {t('flowAllTimeBelow')}
        </p>
      </>
    );
  const c = counts;
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
      // How sure the window's reported count is (FlowCounts says so of it).
      reportCertainty: c.reportCertainty,
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

/**
 * In a time window, a flow whose named parts cite the sources of all its moves, not only of those in the window (the
 * answer's sourcesAllTime: derived by an older seed) — the Talent flows tab's part, or the network's windowed counts.
 */
export function FlowSourcesAllTime({ flowId }: { flowId: string }) {
  const t = useT();
  const allTime = useAppState((s) =>
    s.mode === 'flows'
      ? (s.flowData?.edges.some((e) => flowIdOf(e.id) === flowId && citesAllTime(e)) ?? false)
      : (currentFlowCounts(s)?.[flowId]?.sourcesAllTime ?? false),
  );
  if (!allTime) return null;
  return (
    <p className="hint" data-testid="flow-sources-all-time">
      {t('flowSourcesAllTime')}
    </p>
  );
}

/**
 * A flow derived by other rules than this version's (flows.ts derivedByOtherRules): the part drawn says so (a time
 * window's by its answer's word), else the flow the details read — its moves, dates and certainties may not be the
 * careers'.
 */
export function FlowOutdated({ edge }: { edge: GraphEdge }) {
  const t = useT();
  const drawn = useAppState((s) => {
    const part = windowFlowParts(s)?.get(edge.id) ?? activeScene(s).edges[edge.id];
    return part ? derivedByOtherRules(part) : null;
  });
  if (!(drawn ?? derivedByOtherRules(edge))) return null;
  return (
    <p className="hint" data-testid="flow-outdated">
      {t('flowOutdated')}
    </p>
  );
}
