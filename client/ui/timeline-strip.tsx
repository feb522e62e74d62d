// Timeline mode: the dated events and moves in order; choosing one moves the slider to its date and shows it. An
// event reported over a period reads "since <its start>": the period's start is not the day it happened. A timeline
// the server cut at its limit says so above the strip, which scrolls sideways and would hide its end, and offers to
// read on.
import { UNSOURCED } from '../../model/certainty.js';
import { mayPrecede } from '../../model/dates.js';
import { certaintyName } from '../graph/vocabulary.js';
import { useApp, useAppState, useT } from './app-context.js';

export function TimelineStrip() {
  const { actions } = useApp();
  const t = useT();
  const items = useAppState((s) => s.time.items);
  const lang = useAppState((s) => s.lang);
  const to = useAppState((s) => s.time.window.to);
  const truncated = useAppState((s) => s.time.truncated === true);
  const nextFrom = useAppState((s) => s.time.nextFrom ?? null);
  const last = items[items.length - 1];
  const partial = truncated && (
    <p className="timeline-partial" role="status" data-testid="timeline-partial">
      <span>{last ? t('timelinePartial', { date: last.date }) : t('timelinePartialNone')}</span>
      {nextFrom && (
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
  if (!items.length) return partial || <p className="timeline-empty">{t('timelineEmpty')}</p>;
  return (
    <>
      {partial}
      <ol className="timeline-strip" aria-label={t('modeTimeline')}>
        {items.map((it, i) => (
          <li
            key={`${it.id}-${i}`}
            className={`${mayPrecede(it.date, to) ? 'past' : 'future'} certainty-${it.certainty ?? UNSOURCED}`}
            data-certainty={it.certainty ?? UNSOURCED}
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
                    ? t('timelinePeriod', { since: it.date, until: it.until })
                    : t('timelineSince', { date: it.date })
                  : it.date}
              </time>
              <span dir="auto">{lang === 'ar' ? (it.textAr ?? it.text) : it.text}</span>
              {(it.certainty === 'implied' || it.certainty === UNSOURCED) && (
                <span className={`badge badge-${it.certainty}`}>{certaintyName(it.certainty, lang)}</span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
