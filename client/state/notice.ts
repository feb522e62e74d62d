// A notice over the explorer (info, warning, error): its message is kept as a key and values, so it is put in the
// language shown when drawn, and it says which views it speaks of, so it shows only over those.
import { countOf, countOfTotal, t, type CountedNoun, type MessageKey, type Vars } from '../i18n/i18n.js';
import type { Lang, Mode } from './url.js';

export interface Notice {
  kind: 'info' | 'warn' | 'error';
  /** A message of client/state/i18n.ts, shown in the UI language. */
  key: MessageKey;
  vars?: Vars;
  /** Values that are themselves messages ("what" failed: the flows, a path), put in the language shown, not the one set. */
  varKeys?: Record<string, MessageKey>;
  /**
   * Numbers among the values written with their noun in the language shown (i18n.ts countOf; ofTotal: the total a
   * part is counted of, countOfTotal): Arabic's noun agrees with its number ("١٠٠ من ١٠٢ جار").
   */
  nouns?: Record<string, { noun: CountedNoun; ofTotal?: boolean }>;
  /** An optional one-click follow-up ("show more"). */
  action?: { key: MessageKey; run: () => void };
  /**
   * The view the notice speaks of: 'scene' for the network scene, 'nodes' for what the details column did to it
   * (expanded a node, added one: the dashboard has that column too), 'flows' for the flow view; none for what holds
   * in every view. A notice is shown only over the views it speaks of (shownNotice).
   */
  about?: NoticeAbout;
}

export type NoticeAbout = 'scene' | 'nodes' | 'flows';

/**
 * The views each NoticeAbout is shown in: the scene's where the scene is drawn, what the details column did there and
 * in the dashboard, the flows' over the flows only.
 */
const NOTICE_VIEWS: Record<NoticeAbout, readonly Mode[]> = {
  scene: ['network', 'timeline'],
  nodes: ['network', 'timeline', 'dashboard'],
  flows: ['flows'],
};

/**
 * The notice to show over the current view: the notice, unless it speaks of a view not on screen (it stays, and is
 * shown again on going back; a new notice replaces it as before).
 */
export function shownNotice(s: { notice: Notice | null; mode: Mode }): Notice | null {
  const { notice } = s;
  if (!notice?.about) return notice;
  return NOTICE_VIEWS[notice.about].includes(s.mode) ? notice : null;
}

/** A notice's text in the UI language (the language may have changed since it was set). */
export function noticeText(notice: Notice, lang: Lang): string {
  const vars: Vars = { ...notice.vars };
  for (const [name, key] of Object.entries(notice.varKeys ?? {})) vars[name] = t(lang, key);
  for (const [name, { noun, ofTotal }] of Object.entries(notice.nouns ?? {}))
    vars[name] = (ofTotal ? countOfTotal : countOf)(lang, noun, Number(vars[name]));
  return t(lang, notice.key, vars);
}
