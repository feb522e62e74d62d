// The details panel: the path between two chosen nodes (when there is one), and what we know about the selected
// node or relationship and how we know it.
import { useApp, useAppState, useT } from './app-context.js';
import { CloseButton } from './close-button.js';
import { EdgeDetails } from './edge-details.js';
import { NodeDetails } from './node-details.js';
import { PathPanel } from './path-panel.js';
import { SchemaOverview } from './schema-overview.js';
import { isForeignDatabase } from '../state/overview.js';

/**
 * "No node with id …" in the UI language, the id as the link or click named it, in a <bdi> of its own: isolated from
 * the sentence's direction, and moved whole onto the next line rather than broken at its hyphens.
 */
function MissingText({ kind, id }: { kind: 'node' | 'edge'; id: string }) {
  const t = useT();
  const [before, after] = t(kind === 'node' ? 'nodeNotFound' : 'relationshipNotFound', { id: SLOT }).split(
    SLOT,
  );
  return (
    <>
      {before}
      <bdi className="details-error-id">{id}</bdi>
      {after}
    </>
  );
}
/** Where the id goes in the message: a character no message holds. */
const SLOT = '\u0000';

export function DetailsPanel() {
  const { actions } = useApp();
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
        // Dismissed like any notice: the selection it speaks of is cleared.
        <div className="details-error" data-testid="details-error">
          <p className="error" role="alert">
            {details.missing ? <MissingText kind={details.kind} id={details.id} /> : details.error}
          </p>
          <CloseButton label={t('dismiss')} onClick={() => actions.details.selectNode(null)} />
        </div>
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
