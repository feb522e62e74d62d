// The details panel: the path between two chosen nodes (when there is one), and what we know about the selected
// node or relationship and how we know it.
import { useAppState, useT } from './app-context.js';
import { EdgeDetails } from './edge-details.js';
import { NodeDetails } from './node-details.js';
import { PathPanel } from './path-panel.js';
import { SchemaOverview } from './schema-overview.js';
import { isForeignDatabase } from '../state/overview.js';

export function DetailsPanel() {
  const details = useAppState((s) => s.details);
  const t = useT();
  // On a database that is not ours, nothing selected: the schema overview beside the drawn sample.
  const foreign = useAppState((s) => isForeignDatabase(s.schema));
  // Only a floating panel (narrow screens) is open with nothing to show: it says how to fill it, not a blank box.
  const empty = useAppState((s) => s.details === null && s.pathSearch === null) && !foreign;
  const flows = useAppState((s) => s.mode === 'flows');
  return (
    // data-id: the node or relationship whose details these are (loading, shown or failed), so that a test waits for
    // the very one it clicked rather than for any title containing its name.
    <div className="details" data-testid="details" data-id={details?.id}>
      <h2 className="visually-hidden">{t('details')}</h2>
      <PathPanel />
      {!details && foreign && <SchemaOverview />}
      {empty && (
        <p className="hint" data-testid="details-empty">
          {t(flows ? 'detailsEmptyFlows' : 'detailsEmpty')}
        </p>
      )}
      {details?.status === 'loading' && <p className="hint">{t('loading')}</p>}
      {details?.status === 'error' && (
        <p className="error" role="alert">
          {details.error}
        </p>
      )}
      {details?.status === 'ready' && details.notInDatabase && (
        <p className="hint" data-testid="details-not-in-database">
          {t(details.kind === 'node' ? 'notInDatabaseNode' : 'notInDatabaseEdge')}
        </p>
      )}
      {details?.status === 'ready' && details.kind === 'node' && <NodeDetails details={details} />}
      {details?.status === 'ready' && details.kind === 'edge' && <EdgeDetails details={details} />}
    </div>
  );
}
