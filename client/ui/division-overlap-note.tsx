// In the network, a flow's details say when it and a flow of one of its divisions are both drawn (Meta → xAI beside
// FAIR → xAI): the overview flow counts its divisions' moves and reports too, so some people are on both edges and
// the two are not to be added. The label of the overview flow says so in short (client/graph/reducers.ts).
import { compareIds, type GraphEdge } from '../../model/graph.js';
import { ahead } from '../i18n/arrows.js';
import { flowIdOf } from '../state/flows.js';
import { activeDivisionOverlaps } from '../state/view-data.js';
import { useAppState, useT } from './app-context.js';

export function DivisionOverlapNote({ edge, name }: { edge: GraphEdge; name: (id: string) => string }) {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const overlaps = useAppState(activeDivisionOverlaps);
  const edges = useAppState((s) => s.scene.edges);
  const flowId = flowIdOf(edge.id);
  // In the note's (the interface's) direction, each name isolated: the arrow points the way it is read.
  const flowName = (id: string) => {
    const e = edges[id] ?? Object.values(edges).find((x) => flowIdOf(x.id) === id);
    return e ? (
      <span className="flow-name">
        <bdi>{name(e.source)}</bdi> {ahead(lang)} <bdi>{name(e.target)}</bdi>
      </span>
    ) : (
      <bdi>{id}</bdi>
    );
  };
  // The details tell the whole flow (named moves and reports): every division flow drawn beside any of its parts.
  const divisions = [
    ...new Set([...overlaps].filter(([id]) => flowIdOf(id) === flowId).flatMap(([, ds]) => ds)),
  ].sort(compareIds);
  if (divisions.length)
    return (
      <p className="hint" data-testid="flow-division-overlap">
        {t('flowIncludesDrawnDivisions')}{' '}
        {divisions.map((d, i) => (
          <span key={d}>
            {i > 0 && t('listSeparator')}
            {flowName(d)}
          </span>
        ))}
      </p>
    );
  // A division's flow whose overview flow is drawn too: its people are counted there as well.
  const parent = [...overlaps.entries()].find(([, ds]) => ds.includes(flowId))?.[0];
  if (!parent) return null;
  return (
    <p className="hint" data-testid="flow-division-overlap">
      {t('flowCountedInDrawnParent')} {flowName(flowIdOf(parent))}
    </p>
  );
}
