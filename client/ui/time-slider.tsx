// The time slider: all time, as of a date, or a window; play/pause steps through the dates in the data. A scene with
// no dated fact shows it disabled rather than not at all: the bar keeps its height, so the canvas above it keeps its
// size when the first scene arrives (a resized canvas reallocates sigma's drawing buffers and redraws the whole scene).
import { useMemo } from 'react';
import { formatDate } from '../i18n/dates.js';
import { sceneDates } from '../state/time.js';
import { timeSteps } from '../state/time-actions.js';
import { useActiveScene, useApp, useAppState, useT } from './app-context.js';
import { DateRange } from './date-text.js';

export function TimeSlider() {
  const { actions } = useApp();
  const t = useT();
  const time = useAppState((s) => s.time);
  const lang = useAppState((s) => s.lang);
  const scene = useActiveScene();
  // The flow view's parts are spanned by the window the slider chose: their spans are no steps of it.
  const partSpans = useAppState((s) => s.mode !== 'flows');
  const dataSteps = useMemo(
    () => timeSteps(sceneDates(scene, partSpans), time.extraDates),
    [scene, partSpans, time.extraDates],
  );
  // Without dated data the slider stays disabled, whatever date a link chose.
  const empty = dataSteps.length === 0;
  // A chosen date no fact carries (a link's at=2017) is a step too, so the handle sits where that date falls rather
  // than at the next date the data has.
  const { enabled, window: chosen } = time;
  const steps = useMemo(
    () =>
      empty || !enabled
        ? dataSteps
        : timeSteps(dataSteps, [chosen.to, ...(chosen.from ? [chosen.from] : [])]),
    [dataSteps, empty, enabled, chosen.to, chosen.from],
  );
  /** The last step's index; 0 with no steps, so every index the controls hold stays in range. */
  const last = Math.max(0, steps.length - 1);
  const indexOf = (d: string | null) => {
    if (!d) return 0;
    let i = steps.findIndex((s) => s >= d);
    if (i < 0) i = last;
    return i;
  };
  const toIndex = time.enabled ? indexOf(time.window.to) : last;
  const fromIndex = time.window.from ? indexOf(time.window.from) : 0;
  // With no dates there is no window to show: its "from" handle would have no date to set.
  const windowMode = !empty && time.enabled && time.window.from !== null;

  return (
    <div
      className="time-slider"
      role="group"
      aria-label={t('time')}
      aria-disabled={empty || undefined}
      title={empty ? t('timeNoDates') : undefined}
      data-testid="time-slider"
      data-empty={empty || undefined}
      // The timeline's extra dates load as the pointer or focus arrives, before the first change.
      onPointerEnter={() => !empty && void actions.time.ensureTimeline()}
      onFocus={() => !empty && void actions.time.ensureTimeline()}
    >
      <button
        type="button"
        className="icon-button play"
        aria-label={time.playing ? t('pause') : t('play')}
        title={time.playing ? t('pause') : t('play')}
        disabled={empty}
        onClick={() => (time.playing ? actions.time.pause() : actions.time.play())}
        data-testid="time-play"
      >
        {time.playing ? '❚❚' : '▶'}
      </button>
      <label className="check">
        <input
          type="checkbox"
          checked={!time.enabled}
          disabled={empty}
          onChange={(e) => actions.time.setEnabled(!e.target.checked)}
          data-testid="time-all"
        />
        {t('timeAll')}
      </label>
      <select
        aria-label={t('time')}
        value={windowMode ? 'window' : 'asof'}
        disabled={empty || !time.enabled}
        onChange={(e) =>
          actions.time.setWindow({ from: e.target.value === 'window' ? steps[0]! : null, to: time.window.to })
        }
      >
        <option value="asof">{t('timeAsOf')}</option>
        <option value="window">{t('timeWindow')}</option>
      </select>
      {windowMode && (
        <input
          type="range"
          className="range"
          min={0}
          max={last}
          value={fromIndex}
          aria-label={t('timeFrom')}
          aria-valuetext={steps[fromIndex] && formatDate(steps[fromIndex], lang)}
          onChange={(e) => {
            const i = Number(e.target.value);
            actions.time.setWindow({ from: steps[Math.min(i, toIndex)]!, to: time.window.to });
          }}
        />
      )}
      <input
        type="range"
        className="range"
        min={0}
        max={last}
        value={toIndex}
        disabled={empty}
        aria-label={windowMode ? t('timeTo') : t('timeAsOf')}
        aria-valuetext={steps[toIndex] && formatDate(steps[toIndex], lang)}
        data-testid="time-range"
        onChange={(e) => {
          const i = Number(e.target.value);
          actions.time.setWindow({ from: windowMode ? steps[Math.min(fromIndex, i)]! : null, to: steps[i]! });
        }}
      />
      <output className="time-value" data-testid="time-value">
        {empty ? (
          t('timeNoDates')
        ) : time.enabled ? (
          windowMode ? (
            <DateRange from={time.window.from!} to={time.window.to} lang={lang} />
          ) : (
            formatDate(time.window.to, lang)
          )
        ) : (
          t('timeAll')
        )}
      </output>
    </div>
  );
}
