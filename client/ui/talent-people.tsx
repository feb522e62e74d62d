// The dashboard's people panel: what it lists for the bar, row or band clicked, and one named move or one report
// in it with the facts and quotes behind it (the PART_OF facts it is counted along among them).
import type { TalentMove, TalentReport } from '../../model/talent-response.js';
import type { TalentFilter } from '../api/api.js';
import type { Lang } from '../state/app-state.js';
import { formatNumber } from '../i18n/i18n.js';
import { useT } from './app-context.js';
import { Evidence } from './fact-item.js';
import { relName } from '../graph/vocabulary.js';
import { periodLabel } from './talent-charts.js';
import { briefName } from '../graph/names.js';

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

/**
 * One fact behind a move or report: its quote and sources; a PART_OF fact the count is rolled along first says what it
 * places where, and how sure it is (it makes the count implied when it is).
 */
function FactEvidence({ fact, from, lang }: { fact: TalentMove['facts'][number]; from: string; lang: Lang }) {
  const t = useT();
  const placing = fact.placing;
  return (
    <>
      {placing && (
        <p className="fact-head talent-placing" data-testid="talent-placing">
          <bdi>{briefName(placing.division, lang)}</bdi> · {relName('PART_OF', lang)}{' '}
          <bdi>{briefName(placing.parent, lang)}</bdi>
          {fact.certainty === 'implied' && (
            <>
              {' · '}
              <span className="certainty-implied">{t('implied')}</span>
            </>
          )}
        </p>
      )}
      <Evidence
        edge={{
          id: fact.id,
          type: fact.type,
          source: from,
          target: fact.org ?? '',
          properties: { evidence: fact.evidence, evidenceEn: fact.evidenceEn, certainty: fact.certainty },
        }}
        sources={fact.sources.map((id) => ({ id, node: null }))}
      />
    </>
  );
}

export function MoveItem({ move, lang }: { move: TalentMove; lang: Lang }) {
  const t = useT();
  return (
    <li className="talent-move" data-testid="talent-move" data-certainty={move.certainty}>
      <p>
        <strong dir="auto">{briefName(move.person, lang)}</strong> ·{' '}
        {t(move.kind === 'hire' ? 'dashboardHire' : 'dashboardDeparture')}
        {move.when ? ` · ${periodLabel(move.when, lang)}` : ''} ·{' '}
        <span className={`certainty-${move.certainty}`}>{t(move.certainty)}</span>
        {move.counterparts.length > 0 && (
          <>
            {' · '}
            {move.kind === 'hire' ? '←' : '→'}{' '}
            <span dir="auto">
              {move.counterparts.map((c) => briefName(c.org, lang)).join(t('listSeparator'))}
            </span>
          </>
        )}
      </p>
      {move.facts.map((f) => (
        <FactEvidence key={f.id} fact={f} from={move.person.id} lang={lang} />
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
        <FactEvidence key={f.id} fact={f} from={report.id} lang={lang} />
      ))}
    </li>
  );
}
