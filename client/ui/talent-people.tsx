// The dashboard's people panel: what it lists for the bar, row or band clicked, and one named move or one report
// in it with the facts and quotes behind it.
import type { TalentMove, TalentReport } from '../../model/talent-response.js';
import type { TalentFilter } from '../api/api.js';
import type { Lang } from '../state/app-state.js';
import { formatNumber } from '../i18n/i18n.js';
import { useT } from './app-context.js';
import { Evidence } from './fact-item.js';
import { orgName, periodLabel } from './talent-charts.js';

/** What the people panel lists: the moves and reports behind one bar, row or band. */
export interface Drill {
  title: string;
  /**
   * Which named moves, asked of the server when the panel opens (detail=moves with these filters): only the people
   * behind the bar, row or band, with their facts and quotes — a large organisation has tens of thousands.
   */
  moves: TalentFilter | null;
  reports: TalentReport[];
}

export function MoveItem({ move, lang }: { move: TalentMove; lang: Lang }) {
  const t = useT();
  return (
    <li className="talent-move" data-testid="talent-move" data-certainty={move.certainty}>
      <p>
        <strong dir="auto">{orgName(move.person, lang)}</strong> ·{' '}
        {t(move.kind === 'hire' ? 'dashboardHire' : 'dashboardDeparture')}
        {move.when ? ` · ${periodLabel(move.when, lang)}` : ''} ·{' '}
        <span className={`certainty-${move.certainty}`}>{t(move.certainty)}</span>
        {move.counterparts.length > 0 && (
          <>
            {' · '}
            {move.kind === 'hire' ? '←' : '→'}{' '}
            <span dir="auto">
              {move.counterparts.map((c) => orgName(c.org, lang)).join(t('listSeparator'))}
            </span>
          </>
        )}
      </p>
      {move.facts.map((f) => (
        <Evidence
          key={f.id}
          edge={{
            id: f.id,
            type: f.type,
            source: move.person.id,
            target: f.org ?? '',
            properties: { evidence: f.evidence, evidenceEn: f.evidenceEn, certainty: f.certainty },
          }}
          sources={f.sources.map((id) => ({ id, node: null }))}
        />
      ))}
    </li>
  );
}

export function ReportItem({ report, lang }: { report: TalentReport; lang: Lang }) {
  const t = useT();
  return (
    <li className="talent-move" data-testid="talent-report" data-certainty={report.certainty}>
      <p dir="auto">
        <strong>{report.name ?? report.id}</strong> ·{' '}
        {t('dashboardReportLine', {
          count: report.count === null ? '—' : formatNumber(report.count, lang),
          qualifier: report.countQualifier ?? '',
          certainty: t(report.certainty),
        })}
      </p>
      {report.facts.map((f) => (
        <Evidence
          key={f.id}
          edge={{
            id: f.id,
            type: f.type,
            source: report.id,
            target: '',
            properties: { evidence: f.evidence, evidenceEn: f.evidenceEn, certainty: f.certainty },
          }}
          sources={f.sources.map((id) => ({ id, node: null }))}
        />
      ))}
    </li>
  );
}
