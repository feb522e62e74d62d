// The dashboard's people panel as a card: under the charts, often below the fold, so it comes into view and takes
// the focus when a bar, number, row or band opens it — otherwise the click seems to do nothing.
import { useEffect, useRef } from 'react';
import { reportKey } from '../../model/report-merge.js';
import type { TalentMove } from '../../model/talent-response.js';
import type { Lang } from '../state/app-state.js';
import { useT } from './app-context.js';
import { MoveItem, ReportItem, type Drill } from './talent-people.js';

export function PeopleSection({
  drill,
  moves,
  lang,
  onClose,
}: {
  drill: Drill;
  moves: TalentMove[] | null;
  lang: Lang;
  onClose: () => void;
}) {
  const t = useT();
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // On each new drill (a new object per click), not on the moves arriving: the reader may have scrolled on since.
  // No smooth scrolling: the list is where the eyes should go at once, and tests read its place right after.
  useEffect(() => {
    section.current?.scrollIntoView({ block: 'start' });
    // The heading says what is listed; focus moves there so a keyboard or screen-reader user lands on it too.
    heading.current?.focus({ preventScroll: true });
  }, [drill]);
  return (
    <section
      ref={section}
      className="talent-card talent-people"
      data-testid="talent-people"
      aria-live="polite"
    >
      <h4 dir="auto" ref={heading} tabIndex={-1}>
        {drill.title}{' '}
        <button type="button" className="link-button" onClick={onClose}>
          {t('dashboardClose')}
        </button>
      </h4>
      {drill.moves && !moves && <p className="hint">{t('loading')}</p>}
      {(!drill.moves || (moves && moves.length === 0)) && drill.reports.length === 0 && (
        <p className="hint">{t('dashboardNoPeople')}</p>
      )}
      <ul>
        {(drill.moves && moves ? moves : []).map((m) => (
          <MoveItem key={`${m.person.id}-${m.kind}-${m.when ?? ''}`} move={m} lang={lang} />
        ))}
        {drill.reports.map((r) => (
          <ReportItem key={reportKey(r)} report={r} lang={lang} />
        ))}
      </ul>
    </section>
  );
}
