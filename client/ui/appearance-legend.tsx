// The legend of the appearance rule, over the canvas's corner (the inline start, so it mirrors in Arabic): the
// colour rule's ranges with their bounds (or its communities, largest first) and node counts, and the size rule's
// span. Shown while the rule is not the default (kinds are in the side panel's legend).
import { binColor, type PaletteName, type RangeBin } from '../graph/metrics.js';
import type { Lang } from '../graph/names.js';
import { formatMetric, formatNumber, t as translate } from '../i18n/i18n.js';
import { useAppState, useT } from './app-context.js';
import { COLOR_RULE_KEYS, SIZE_RULE_KEYS } from './appearance-panel.js';

export function AppearanceLegend() {
  const t = useT();
  const legend = useAppState((s) => s.appearanceLegend);
  const lang = useAppState((s) => s.lang);
  const theme = useAppState((s) => s.theme);
  const sizeBy = useAppState((s) => s.sizeBy);
  const colorBy = useAppState((s) => s.colorBy);
  if (sizeBy === 'degree' && colorBy === 'kind') return null;
  // The canvas's report is for the rule in state once it has caught up; until then the legend says it is measuring.
  const current = legend && legend.sizeBy === sizeBy && legend.colorBy === colorBy ? legend : null;
  const pending = !current || current.pending;
  return (
    <aside className="appearance-legend" aria-label={t('appearanceLegend')} data-testid="appearance-legend">
      {colorBy !== 'kind' && (
        <section>
          <h3>{t('legendColorBy', { metric: t(COLOR_RULE_KEYS[colorBy]) })}</h3>
          {current?.ranges && (
            <ul>
              {current.ranges.map((r, i) => {
                const color = binColor(current.palette, theme, r.color);
                return (
                  <li
                    key={i}
                    data-testid="legend-range"
                    data-color={color}
                    data-count={r.count}
                    data-min={r.min}
                    data-max={r.max}
                  >
                    <span className="range-swatch" style={{ background: color }} aria-hidden="true" />
                    <span className="range-bounds">{binText(r, current.palette, lang)}</span>
                    <span className="count">{formatNumber(r.count, lang)}</span>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
      <section>
        <h3>{t('legendSizeBy', { metric: t(SIZE_RULE_KEYS[sizeBy]) })}</h3>
        {current?.sizeSpan && (
          <p className="size-span" data-testid="legend-size">
            <span className="size-dot small" aria-hidden="true" />
            <bdi>{formatMetric(current.sizeSpan.min, lang)}</bdi>
            <span aria-hidden="true">…</span>
            <span className="size-dot large" aria-hidden="true" />
            <bdi>{formatMetric(current.sizeSpan.max, lang)}</bdi>
          </p>
        )}
      </section>
      {pending && <p className="hint">{t('legendPending')}</p>}
    </aside>
  );
}

/** A bin's name: a metric range's bounds, a community's number, or the "other" bin's count of communities. */
export function binText(r: RangeBin, palette: PaletteName, lang: Lang): string {
  if (palette === 'community')
    return r.groups !== undefined
      ? translate(lang, 'legendOtherCommunities', { n: formatNumber(r.groups, lang) })
      : translate(lang, 'legendCommunity', { n: formatNumber(r.min, lang) });
  const [min, max] = [formatMetric(r.min, lang), formatMetric(r.max, lang)];
  return r.min === r.max ? min : translate(lang, 'legendRange', { min, max });
}
