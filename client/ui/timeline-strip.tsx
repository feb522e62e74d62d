// Timeline mode: the dated events and moves in order; choosing one moves the slider to its date and shows it. An
// event reported over a period reads "since <its start>": the period's start is not the day it happened. A timeline
// the server cut at its limit says so above the strip, which scrolls sideways and would hide its end, and offers to
// read on. It lists what the filters its chips name leave — certainty, sources, hidden labels, relationship types and
// nodes (state/timeline-items.ts) — as the canvas above it draws, and says how many items they hide.
import { useMemo } from 'react';
import { UNSOURCED } from '../../model/certainty.js';
import { mayPrecede } from '../../model/dates.js';
import { certaintyName } from '../graph/vocabulary.js';
import { formatDate } from '../i18n/dates.js';
import { countOfTotal } from '../i18n/i18n.js';
import { stripItems } from '../state/timeline-items.js';
import { sceneSources } from '../state/visibility.js';
import { useActiveScene, useApp, useAppState, useT } from './app-context.js';

/**
 * The certainty an item is drawn and marked with: its own; unsourced when unknown (nothing says a source backs it);
 * 'none' for one that claims none (null: a foreign graph's own relationship or node), drawn plain as the canvas draws
 * such a relationship, with no badge.
 */
const drawnCertainty = (c: string | null | undefined): string => (c === null ? 'none' : (c ?? UNSOURCED));

export function TimelineStrip() {
  const { actions } = useApp();
  const t = useT();
  const all = useAppState((s) => s.time.items);
  const filters = useAppState((s) => s.filters);
  // The sources the chips and the left panel name: the scene's (as filter-chips.tsx reads them); its hidden nodes
  // and facts, which the hidden-nodes chip counts.
  const scene = useActiveScene();
  const sourceIds = useMemo(() => sceneSources(scene).map((s) => s.id), [scene]);
  const { shown: items, hidden } = useMemo(
    () => stripItems(all, filters, sourceIds, scene.hidden),
    [all, filters, sourceIds, scene.hidden],
  );
  const lang = useAppState((s) => s.lang);
  const to = useAppState((s) => s.time.window.to);
  const truncated = useAppState((s) => s.time.truncated === true);
  const readOn = useAppState((s) => !!s.time.nextAfter);
  const loading = useAppState((s) => s.time.loading === true);
  // Where a cut timeline ends is the last item read, shown or not (a cut part holds at least one).
  const last = all[all.length - 1];
  const partial = truncated && last && (
    <p className="timeline-partial" role="status" data-testid="timeline-partial">
      <span>{t('timelinePartial', { date: formatDate(last.date, lang) })}</span>
      {readOn && (
        <button
          type="button"
          data-testid="timeline-read-on"
          onClick={() => void actions.time.readOnTimeline()}
        >
          {t('timelineReadOn')}
        </button>
      )}
    </p>
  );
  const filtered = hidden > 0 && (
    <p className="timeline-filtered" role="status" data-testid="timeline-filtered">
      {t('timelineFiltered', { n: hidden, total: countOfTotal(lang, 'TimelineItems', all.length) })}
    </p>
  );
  // Nothing read yet is not nothing dated: while the timeline is asked for, the strip says so.
  if (!all.length)
    return (
      partial ||
      (loading ? (
        <p className="timeline-empty" role="status" data-testid="timeline-loading">
          {t('timelineLoading')}
        </p>
      ) : (
        <p className="timeline-empty" data-testid="timeline-empty">
          {t('timelineEmpty')}
        </p>
      ))
    );
  return (
    <>
      {partial}
      {filtered}
      {/* Nothing to list when the filters hide every item: the note above says so. */}
      {items.length > 0 && (
        <ol className="timeline-strip" aria-label={t('modeTimeline')}>
          {items.map((it, i) => (
            <li
              key={`${it.id}-${i}`}
              className={`${mayPrecede(it.date, to) ? 'past' : 'future'} certainty-${drawnCertainty(it.certainty)}`}
              data-certainty={drawnCertainty(it.certainty)}
            >
              <button
                type="button"
                onClick={() => {
                  // A reported period shows as of its end when the event gives one (its count is the period's).
                  actions.time.setWindow({ from: null, to: it.until ?? it.date });
                  const target = it.nodes[0];
                  if (target) void actions.reveal(target);
                }}
              >
                <time dateTime={it.date}>
                  {it.dateKind === 'since'
                    ? it.until
                      ? t('timelinePeriod', {
                          since: formatDate(it.date, lang),
                          until: formatDate(it.until, lang),
                        })
                      : t('timelineSince', { date: formatDate(it.date, lang) })
                    : formatDate(it.date, lang)}
                </time>
                <span dir="auto">{lang === 'ar' ? (it.textAr ?? it.text) : it.text}</span>
                {(it.certainty === 'implied' || it.certainty === UNSOURCED) && (
                  <span className={`badge badge-${it.certainty}`}>{certaintyName(it.certainty, lang)}</span>
                )}
              </button>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
