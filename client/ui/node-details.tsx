// Details of a node: names in both scripts, properties, actions (expand, collapse, hide, path), the career of a
// person, the talent in and out of an organisation, and every fact touching it with its evidence.
import { displayName, otherName } from '../graph/names.js';
import { labelStyle } from '../graph/style.js';
import { shownLabel } from '../state/our-database.js';
import { labelName, propertyName, valueName } from '../graph/vocabulary.js';
import type { DetailsState } from '../state/app-state.js';
import { factsOf, isOurEdge, isOurNode } from '../state/details.js';
import { countOfTotal, formatNumber } from '../i18n/i18n.js';
import { useApp, useAppState, useOurNames, useT } from './app-context.js';
import { CareerTimeline } from './career-timeline.js';
import { FactItem, safeUrl } from './fact-item.js';
import { FlowsAllTimeNote, OrgFlows } from './org-flows.js';
import { PropertyValue } from './property-value.js';
import { RelationshipItem } from './relationship-item.js';

const HIDDEN_PROPS = new Set(['id', 'name', 'nameAr', 'searchText', 'aliasesText', 'factIds', 'text']);

export function NodeDetails({ details }: { details: DetailsState }) {
  const { store, actions, canvas } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const theme = useAppState((s) => s.theme);
  const mode = useAppState((s) => s.mode);
  const more = useAppState((s) => s.more[details.id]);
  const inScene = useAppState((s) => Boolean(s.scene.nodes[details.id]));
  const knownSources = useAppState((s) => s.sources);
  const ourNames = useOurNames();
  const graph = details.graph ?? { nodes: [], edges: [] };
  const node = graph.nodes.find((n) => n.id === details.id) ?? store.get().scene.nodes[details.id];
  if (!node) return <p className="error">{t('notFound', { id: details.id })}</p>;
  // Our label first on our database; on another the node's own first label (a foreign Company:Organization is a Company).
  const label = shownLabel(node.labels, ourNames);
  const style = labelStyle(label);
  const facts = factsOf(node.id, graph, knownSources);
  const cut = details.factTotal !== undefined && details.factTotal > facts.length ? details.factTotal : null;
  const other = otherName(node, lang);
  // A node that is not ours (a foreign graph's, whatever its label) has relationships, not sourced facts: each is
  // listed as it is, and its own `id`, `text` or `factIds` property is data like any other. On a database that holds
  // none of our facts no node is ours, even a Person with an `id` of its own: its keys and words are the graph's.
  const ours = ourNames && isOurNode(node);
  // Ours leave out what the panel shows elsewhere and what says nothing; a foreign node's are its data, each kept
  // (an empty string or list is a value too) and shown with its Cypher type, its key and words as stored.
  const props = Object.entries(node.properties).filter(
    ([k, v]) =>
      !ours || (!HIDDEN_PROPS.has(k) && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)),
  );
  const url = safeUrl(node.properties.url);

  return (
    <article className="node-details" data-testid="node-details">
      <header>
        <p className="kind">
          <span className="glyph" style={{ color: style.color[theme] }} aria-hidden="true">
            {style.glyph}
          </span>{' '}
          {labelName(label, lang, ourNames)}
          {ours &&
            typeof node.properties.kind === 'string' &&
            `${t('listSep')}${valueName(node.properties.kind, lang)}`}
        </p>
        {/* The blocks keep the UI's direction, so a Latin name sits at the Arabic panel's right edge as the rest does;
            only the text is isolated, keeping its own order (a dir="auto" block took the name's direction, its side too). */}
        <h3 data-testid="details-title">
          <bdi>{displayName(node, lang)}</bdi>
        </h3>
        {other && (
          <p className="other-name" lang={lang === 'ar' ? 'en' : 'ar'}>
            <bdi>{other}</bdi>
          </p>
        )}
      </header>

      <div className="details-actions">
        {mode !== 'flows' && (
          <>
            <button
              type="button"
              className="tool-button"
              onClick={() => (inScene ? void actions.scene.expand(node.id) : void actions.reveal(node.id))}
              data-testid="expand-button"
            >
              {t('expand')}
            </button>
            <button
              type="button"
              className="tool-button"
              onClick={() => actions.scene.collapse(node.id)}
              disabled={!inScene}
            >
              {t('collapse')}
            </button>
            <button
              type="button"
              className="tool-button"
              onClick={() => actions.scene.hide([node.id])}
              disabled={!inScene}
            >
              {t('hide')}
            </button>
          </>
        )}
        <button type="button" className="tool-button" onClick={() => actions.setPathEnd('from', node.id)}>
          {t('pathFrom')}
        </button>
        <button type="button" className="tool-button" onClick={() => actions.setPathEnd('to', node.id)}>
          {t('pathTo')}
        </button>
        <button
          type="button"
          className="tool-button"
          onClick={() => {
            const q = actions.scene.expandQuery(node.id);
            if (q) actions.cypher.open(q);
          }}
        >
          {t('showCypher')}
        </button>
        {inScene && (
          <button
            type="button"
            className="icon-button"
            aria-label="centre"
            onClick={() => canvas.current?.focusNode(node.id)}
          >
            ◎
          </button>
        )}
      </div>
      {more && more.total > more.shown && (
        <p className="notice notice-info">
          {t('moreNeighbours', {
            shown: formatNumber(more.shown, lang),
            total: countOfTotal(lang, 'Neighbours', more.total),
          })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void actions.scene.expand(node.id, more.shown + 100)}
          >
            {t('showMore')}
          </button>
        </p>
      )}

      {props.length > 0 && (
        <section>
          <h4>{t('properties')}</h4>
          <dl className="props">
            {props.map(([k, v]) => (
              <div key={k}>
                <dt>{ours ? propertyName(k, lang) : k}</dt>
                <dd lang={ours && k.endsWith('Ar') ? 'ar' : undefined}>
                  <bdi>
                    {ours && k === 'url' && url ? (
                      <a href={url} target="_blank" rel="noopener noreferrer">
                        {url}
                      </a>
                    ) : (
                      <PropertyValue name={k} value={v} types={node.types} lang={lang} typed={!ours} />
                    )}
                  </bdi>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      {ours && node.labels.includes('Person') && (
        <section>
          <h4>{t('career')}</h4>
          {details.careerStatus === 'ready' && details.career ? (
            <CareerTimeline career={details.career} />
          ) : (
            <p className="hint">{t('loading')}</p>
          )}
        </section>
      )}

      {ours && node.labels.includes('Organization') && (
        <section>
          <h4>{t('talentInOut')}</h4>
          <button
            type="button"
            className="tool-button"
            data-testid="open-dashboard"
            onClick={() => actions.openDashboard(node.id)}
          >
            {t('dashboardOpen')}
          </button>
          {details.flowsStatus === 'ready' && details.flowsDerivation?.running ? (
            <p className="hint flows-derivation" role="status" data-testid="org-flows-derivation">
              {t('flowsDeriving')}
            </p>
          ) : details.flowsStatus === 'ready' && details.flowsDerivation?.failed ? (
            <p className="error flows-derivation" role="status" data-testid="org-flows-derivation">
              {t('flowsDerivationFailed')}
            </p>
          ) : null}
          {details.flowsStatus === 'ready' && details.flows && <FlowsAllTimeNote />}
          {details.flowsStatus === 'ready' && details.flows ? (
            <OrgFlows
              orgId={node.id}
              flows={details.flows}
              people={details.flowPeople ?? {}}
              implied={details.flowImplied ?? {}}
              impliedFacts={details.flowImpliedFacts ?? {}}
            />
          ) : details.flowsStatus === 'error' ? (
            <p className="error">{details.error}</p>
          ) : (
            <p className="hint">{t('loading')}</p>
          )}
        </section>
      )}

      <section>
        <h4>
          {t(ours ? 'facts' : 'relationships')}{' '}
          <span className="count" data-testid="details-fact-count">
            (
            {cut
              ? t('factsOfTotal', { shown: formatNumber(facts.length, lang), total: formatNumber(cut, lang) })
              : formatNumber(facts.length, lang)}
            )
          </span>
        </h4>
        {/* The server lists a node's first 2,000 facts: the rest are said to exist, and where to read them. */}
        {cut !== null && (
          <p className="hint" data-testid="details-facts-cut" role="note">
            {t('factsCut', { shown: formatNumber(facts.length, lang), total: formatNumber(cut, lang) })}
          </p>
        )}
        <ul className="facts">
          {facts.map((f) =>
            // A relationship of a type that is not ours (beside our facts in a shared database) is listed as it is.
            ours && isOurEdge(f.edge) ? (
              <FactItem key={f.edge.id} {...f} />
            ) : (
              <RelationshipItem key={f.edge.id} {...f} />
            ),
          )}
        </ul>
      </section>
    </article>
  );
}
