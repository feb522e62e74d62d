// The Appearance panel (opened from the canvas toolbar) sets the appearance rule: node size and node colour from
// metrics of the visible scene. It only edits state; client/graph computes the metrics and draws them.
import { useRef, useState } from 'react';
import { COLOR_RULES, SIZE_RULES, type ColorBy, type SizeBy } from '../graph/metrics.js';
import type { MessageKey } from '../i18n/i18n.js';
import { useApp, useAppState, useT } from './app-context.js';

/** The name of each rule in the UI (the metric names double as colour-rule names). */
export const SIZE_RULE_KEYS: Record<SizeBy, MessageKey> = {
  fixed: 'sizeFixed',
  degree: 'sizeDegree',
  pagerank: 'sizePagerank',
  betweenness: 'sizeBetweenness',
};
export const COLOR_RULE_KEYS: Record<ColorBy, MessageKey> = {
  kind: 'colorKind',
  degree: 'sizeDegree',
  pagerank: 'sizePagerank',
  betweenness: 'sizeBetweenness',
  community: 'colorCommunity',
};

export function AppearanceButton() {
  const { actions } = useApp();
  const t = useT();
  const sizeBy = useAppState((s) => s.sizeBy);
  const colorBy = useAppState((s) => s.colorBy);
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div
      className="menu"
      ref={ref}
      onBlur={(e) => {
        if (!ref.current?.contains(e.relatedTarget as Node)) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      <button
        type="button"
        className="tool-button"
        aria-expanded={open}
        aria-controls="appearance-panel"
        onClick={() => setOpen((v) => !v)}
        data-testid="appearance-button"
      >
        {t('appearance')}
      </button>
      {open && (
        <div
          id="appearance-panel"
          role="dialog"
          aria-label={t('appearance')}
          className="appearance-panel"
          data-testid="appearance-panel"
        >
          <label className="field">
            <span>{t('sizeBy')}</span>
            <select
              value={sizeBy}
              onChange={(e) => actions.setSizeBy(e.target.value as SizeBy)}
              data-testid="appearance-size"
            >
              {SIZE_RULES.map((r) => (
                <option key={r} value={r}>
                  {t(SIZE_RULE_KEYS[r])}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('colorBy')}</span>
            <select
              value={colorBy}
              onChange={(e) => actions.setColorBy(e.target.value as ColorBy)}
              data-testid="appearance-color"
            >
              {COLOR_RULES.map((r) => (
                <option key={r} value={r}>
                  {t(COLOR_RULE_KEYS[r])}
                </option>
              ))}
            </select>
          </label>
          <p className="hint">{t('appearanceHint')}</p>
        </div>
      )}
    </div>
  );
}
