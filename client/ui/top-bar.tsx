// Top bar: name, the three modes, search, language switch, theme, export, and panel toggles for small screens.
import type { Mode } from '../state/app-state.js';
import type { MessageKey } from '../i18n/i18n.js';
import { useApp, useAppState, useT } from './app-context.js';
import { ExportMenu } from './export-menu.js';
import { SearchBox } from './search-box.js';

const MODES: { mode: Mode; key: MessageKey }[] = [
  { mode: 'network', key: 'modeNetwork' },
  { mode: 'flows', key: 'modeFlows' },
  { mode: 'timeline', key: 'modeTimeline' },
  { mode: 'dashboard', key: 'modeDashboard' },
];

export function TopBar(props: {
  leftOpen: boolean;
  rightOpen: boolean;
  onToggleLeft: () => void;
  onToggleRight: () => void;
  /** So that closing the floating details panel can hand focus back to the button that opened it. */
  rightToggleId: string;
}) {
  const { actions } = useApp();
  const mode = useAppState((s) => s.mode);
  const lang = useAppState((s) => s.lang);
  const theme = useAppState((s) => s.theme);
  const t = useT();
  return (
    <header className="top-bar">
      <button
        type="button"
        className="icon-button panel-toggle"
        aria-pressed={props.leftOpen}
        aria-label={t('leftPanel')}
        onClick={props.onToggleLeft}
      >
        ☰
      </button>
      <h1 className="brand" title={t('tagline')}>
        {t('appName')}
      </h1>
      <div role="tablist" aria-label={t('modes')} className="mode-tabs">
        {MODES.map((m) => (
          <button
            key={m.mode}
            type="button"
            role="tab"
            aria-selected={mode === m.mode}
            data-testid={`mode-${m.mode}`}
            onClick={() => actions.setMode(m.mode)}
          >
            {t(m.key)}
          </button>
        ))}
      </div>
      <SearchBox />
      <div className="top-actions">
        <button
          type="button"
          className="tool-button"
          lang={lang === 'ar' ? 'en' : 'ar'}
          aria-label={t('language')}
          data-testid="lang-switch"
          onClick={() => actions.setLang(lang === 'ar' ? 'en' : 'ar')}
        >
          {lang === 'ar' ? 'EN' : 'ع'}
        </button>
        <button
          type="button"
          className="tool-button"
          aria-label={theme === 'dark' ? t('themeLight') : t('themeDark')}
          title={theme === 'dark' ? t('themeLight') : t('themeDark')}
          onClick={() => actions.setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          {theme === 'dark' ? '☀' : '☾'}
        </button>
        <ExportMenu />
        <button
          type="button"
          className="icon-button panel-toggle"
          id={props.rightToggleId}
          aria-pressed={props.rightOpen}
          aria-label={t('rightPanel')}
          data-testid="details-toggle"
          onClick={props.onToggleRight}
        >
          {t('details')}
        </button>
      </div>
    </header>
  );
}
