// Legend and filters: node labels with counts (click to show or hide), relationship types, certainty and sources.
// Everything here edits state; the canvas follows. (Node size and colour rules are in the Appearance panel.)
import { useEffect, useMemo } from 'react';
import { CERTAINTIES, isInternalLabel, isInternalRelType, NODE_LABELS } from '../../model/labels.js';
import { edgeColor, labelStyle, legendGlyphColor, REPORTED_FLOW_COLOR } from '../graph/style.js';
import { certaintyName, labelName, relName } from '../graph/vocabulary.js';
import { formatDate } from '../i18n/dates.js';
import { formatNumber } from '../i18n/i18n.js';
import { holdsOurFacts, ourFactTypes } from '../state/our-database.js';
import { COLOR_RULE_KEYS } from './appearance-panel.js';
import { labelCounts, relTypeCounts, sceneSources, unsourcedCounts } from '../state/visibility.js';
import type { GraphNode } from '../../model/graph.js';
import { useActiveVisibility, useApp, useAppState, useT } from './app-context.js';

export function LeftPanel() {
  const { actions } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const theme = useAppState((s) => s.theme);
  // Coloured by a metric or community, the canvas shows no kind's colour: the kinds keep their shapes, in grey.
  const colorBy = useAppState((s) => s.colorBy);
  const byKind = colorBy === 'kind';
  const filters = useAppState((s) => s.filters);
  const mode = useAppState((s) => s.mode);
  const flowDivisions = useAppState((s) => s.flowDivisions);
  const knownSources = useAppState((s) => s.sources);
  const hiddenCount = useAppState((s) => Object.keys(s.scene.hidden).length);
  const { scene, vis } = useActiveVisibility();
  const counts = useMemo(() => labelCounts(scene, vis), [scene, vis]);
  const relCounts = useMemo(() => relTypeCounts(scene, vis), [scene, vis]);
  // A foreign graph's Person and WORKED_AT are its own: named as it names them, and no fact of ours without a source.
  const ours = useAppState((s) => holdsOurFacts(s.schema));
  const factTypes = useAppState((s) => ourFactTypes(s.schema));
  const unsourced = useMemo(() => unsourcedCounts(scene, vis, factTypes), [scene, vis, factTypes]);
  const sources = useMemo(() => sceneSources(scene), [scene]);
  // A count the filters cut says of how many, as the toolbar's "Nodes shown: x of y": a bare "0" read as none at all.
  const shownOf = (c: { visible: number; total: number }) =>
    c.visible === c.total
      ? formatNumber(c.total, lang)
      : t('legendShownOf', { shown: formatNumber(c.visible, lang), total: formatNumber(c.total, lang) });
  const allSourceIds = sources.map((s) => s.id);
  // Keyed by the ids' text: a new array of the same sources asks for nothing again.
  const sourceKey = allSourceIds.join(',');
  useEffect(() => {
    if (sourceKey) void actions.details.ensureSources(sourceKey.split(','));
  }, [actions, sourceKey]);

  // The dashboard takes none of these filters (it counts every source, certainty and period apart): the panel says
  // so rather than offer checkboxes that change nothing there.
  if (mode === 'dashboard')
    return (
      <div className="left-panel">
        <p className="hint" data-testid="dashboard-panel-note">
          {t('dashboardPanelNote')}
        </p>
      </div>
    );

  // The app's own storage labels (the talent index, the derivation lock) are no data: a query may draw them (the
  // schema's picture does), but the legend does not list them among the graph's kinds.
  const labels = [
    ...NODE_LABELS.filter((l) => counts[l]),
    ...Object.keys(counts).filter(
      (l) => !(NODE_LABELS as readonly string[]).includes(l) && !isInternalLabel(l),
    ),
  ];

  const relTypes = Object.entries(relCounts)
    .filter(([type]) => !isInternalRelType(type))
    .sort((a, b) => b[1].total - a[1].total);
  // A legend with no entries (nothing loaded: the flows failed, the scene is empty) is left out, heading and all,
  // rather than shown as a bare heading.
  const showHidden = hiddenCount > 0 && mode !== 'flows';

  return (
    <div className="left-panel">
      {(labels.length > 0 || showHidden) && (
        <section aria-labelledby="legend-h">
          <h2 id="legend-h">{t('legend')}</h2>
          <ul className="legend" data-testid="legend">
            {labels.map((l) => {
              const c = counts[l]!;
              const shown = !filters.hiddenLabels.includes(l);
              const st = labelStyle(l);
              return (
                <li key={l}>
                  <button
                    type="button"
                    className="legend-item"
                    aria-pressed={shown}
                    onClick={() => actions.toggleLabel(l)}
                    data-testid={`legend-${l}`}
                  >
                    <span
                      className="glyph"
                      style={{ color: legendGlyphColor(l, theme, byKind) }}
                      data-colour={byKind ? 'kind' : 'neutral'}
                      aria-hidden="true"
                    >
                      {st.glyph}
                    </span>
                    <span className="legend-name">{labelName(l, lang, ours)}</span>
                    <span className="count">{shownOf(c)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          {!byKind && (
            <p className="hint" data-testid="legend-colour-note">
              {t('legendShapesOnly', { metric: t(COLOR_RULE_KEYS[colorBy]) })}
            </p>
          )}
          {showHidden && (
            <button type="button" className="link-button" onClick={actions.scene.showAll}>
              {t('showHidden', { n: hiddenCount })}
            </button>
          )}
        </section>
      )}

      {relTypes.length > 0 && (
        <section aria-labelledby="rel-h">
          <h2 id="rel-h">{t('relTypes')}</h2>
          <ul className="legend">
            {relTypes.map(([type, c]) => (
              <li key={type}>
                <button
                  type="button"
                  className="legend-item"
                  aria-pressed={!filters.hiddenRelTypes.includes(type)}
                  onClick={() => actions.toggleRelType(type)}
                >
                  <span
                    className="edge-swatch"
                    style={{
                      background:
                        type === 'TALENT_FLOW_REPORTED' ? REPORTED_FLOW_COLOR[theme] : edgeColor(type, theme),
                    }}
                    aria-hidden="true"
                  />
                  <span className="legend-name">{relName(type, lang, ours)}</span>
                  <span className="count">{shownOf(c)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="cert-h">
        <h2 id="cert-h">{t('certainty')}</h2>
        {CERTAINTIES.map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              checked={filters.certainties.includes(c)}
              onChange={() => actions.toggleCertainty(c)}
              data-testid={`certainty-${c}`}
            />
            <span className={`certainty-sample certainty-${c}`} aria-hidden="true" />
            {certaintyName(c, lang)}
          </label>
        ))}
        <p className="hint">{t('impliedNote')}</p>
        {/* Facts no source backs: said, with how many are drawn (only while no certainty is hidden). */}
        {unsourced.total > 0 && (
          <p className="hint unsourced-note" data-testid="unsourced-note">
            <span className="certainty-sample certainty-unsourced" aria-hidden="true" />{' '}
            {t('unsourcedNote', {
              count: formatNumber(unsourced.total, lang),
              shown: formatNumber(unsourced.visible, lang),
            })}
          </p>
        )}
        {mode !== 'flows' && <p className="hint">{t('pastNote')}</p>}
      </section>

      {mode === 'flows' && (
        <section aria-labelledby="div-h">
          <h2 id="div-h" className="visually-hidden">
            {t('flowDivisions')}
          </h2>
          <label className="check">
            <input
              type="checkbox"
              checked={flowDivisions}
              onChange={(e) => actions.setFlowDivisions(e.target.checked)}
              data-testid="flow-divisions"
            />
            {t('flowDivisions')}
          </label>
          <p className="hint">{t('flowDivisionsHint')}</p>
        </section>
      )}

      {sources.length > 0 && (
        <section aria-labelledby="src-h">
          <h2 id="src-h">{t('sources')}</h2>
          {/* The flows here count every source's moves: unticking one hides nothing in this tab (visibility.ts). */}
          {mode === 'flows' && (
            <p className="hint" data-testid="flows-source-note">
              {t('flowsSourceFilterNote')}
            </p>
          )}
          {sources.map((src) => (
            <div key={src.id} className="source-row">
              <label className="check source-check">
                <input
                  type="checkbox"
                  checked={!filters.hiddenSources.includes(src.id)}
                  onChange={() => actions.toggleSource(src.id)}
                />
                <SourceLabel
                  id={src.id}
                  node={knownSources[src.id] ?? scene.nodes[src.id]}
                  facts={src.facts}
                />
              </label>
              {/* The whole source, with its quotes, in the reader. */}
              <button
                type="button"
                className="link-button source-read"
                data-testid="source-read"
                title={t('readerOpenSource')}
                aria-label={t('readerOpenSource')}
                onClick={() => void actions.reader.open(src.id)}
              >
                {t('readerRead')}
              </button>
            </div>
          ))}
          {allSourceIds.some((id) => filters.hiddenSources.includes(id)) && (
            <button
              type="button"
              className="link-button"
              onClick={() => actions.setFilters({ hiddenSources: [] })}
            >
              {t('allSources')}
            </button>
          )}
        </section>
      )}
    </div>
  );
}

function SourceLabel({ id, node, facts }: { id: string; node: GraphNode | undefined; facts: number }) {
  const lang = useAppState((s) => s.lang);
  const p = node?.properties ?? {};
  const publisher = (lang === 'ar' ? (p.publisherAr ?? p.publisher) : (p.publisher ?? p.publisherAr)) as
    string | undefined;
  return (
    <span>
      <bdi>{publisher ?? id}</bdi>{' '}
      {typeof p.published === 'string' && <span className="dates">{formatDate(p.published, lang)}</span>}{' '}
      <span className="count">({formatNumber(facts, lang)})</span>
    </span>
  );
}
