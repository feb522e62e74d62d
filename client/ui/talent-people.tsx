// The dashboard's people panel: what it lists for the bar, row or band clicked, and one named move or one report
// in it with the facts and quotes behind it (the PART_OF facts it is counted along among them).
import type { MergedReport } from '../../model/report-merge.js';
import type { TalentMove } from '../../model/talent-response.js';
import type { TalentFilter } from '../api/api.js';
import type { Lang } from '../state/app-state.js';
import { ahead, back } from '../i18n/arrows.js';
import { formatNumber } from '../i18n/i18n.js';
import { useT } from './app-context.js';
import { Evidence } from './fact-item.js';
import { edgeCertainty } from '../../model/certainty.js';
import { certaintyName, relName, roleName } from '../graph/vocabulary.js';
import { periodLabel } from './talent-charts.js';
import { briefName, factDates } from '../graph/names.js';

/** What the people panel lists: the moves and reports behind one bar, row or band. */
export interface Drill {
  title: string;
  /**
   * Which named moves, asked of the server when the panel opens (detail=moves with these filters): only the people
   * behind the bar, row or band, with their facts and quotes — a large organisation has tens of thousands.
   */
  moves: TalentFilter | null;
  /** Each report once (model/report-merge.ts), as the numbers count it: the server gives one row per counterpart. */
  reports: MergedReport[];
}

/** A counterpart of a move or report and how sure the facts that lead there are. */
type Counterpart = TalentMove['counterparts'][number];

/**
 * Where a move or report leads (→ in English) or comes from (←), arrows pointing the reading way: each counterpart
 * named, an implied one marked implied.
 */
function Counterparts({ list, kind, lang }: { list: Counterpart[]; kind: 'hire' | 'departure'; lang: Lang }) {
  const t = useT();
  if (list.length === 0) return null;
  return (
    <>
      {' · '}
      {kind === 'hire' ? back(lang) : ahead(lang)}{' '}
      {list.map((c, i) => (
        <span key={c.org.id}>
          {i > 0 && t('listSeparator')}
          <span data-testid="talent-counterpart" data-certainty={c.certainty}>
            <bdi>{briefName(c.org, lang)}</bdi>
            {c.certainty !== 'stated' && (
              <>
                {' '}
                <span className={`badge badge-${c.certainty}`}>{certaintyName(c.certainty, lang)}</span>
              </>
            )}
          </span>
        </span>
      ))}
    </>
  );
}

/**
 * One fact behind a move or report: what it is (a PART_OF fact the count is rolled along says what it places where),
 * how sure it is — as every fact in the app says it, a badge and the fact's note on why it is implied — its quote
 * and sources. A move's own certainty is its weakest fact's; this says which fact.
 */
function FactEvidence({ fact, from, lang }: { fact: TalentMove['facts'][number]; from: string; lang: Lang }) {
  const placing = fact.placing;
  const certainty = edgeCertainty({ type: fact.type, properties: { certainty: fact.certainty } });
  const role = roleName({ role: fact.role }, lang);
  const dates = factDates({ properties: { start: fact.start, end: fact.end } }, lang);
  return (
    <div className={`talent-fact certainty-${certainty}`} data-fact={fact.id} data-certainty={certainty}>
      <p className="fact-head">
        {placing ? (
          <span className="talent-placing" data-testid="talent-placing">
            <bdi>{briefName(placing.division, lang)}</bdi> · {relName('PART_OF', lang)}{' '}
            <bdi>{briefName(placing.parent, lang)}</bdi>
          </span>
        ) : (
          <span className="rel">
            {relName(fact.type, lang)}
            {role && (
              <>
                {' '}
                <span dir="auto">({role})</span>
              </>
            )}
          </span>
        )}
        {dates && (
          <>
            {' '}
            <span className="dates">{dates}</span>
          </>
        )}
        <span className={`badge badge-${certainty}`} data-testid="talent-fact-certainty">
          {certaintyName(certainty, lang)}
        </span>
      </p>
      <Evidence
        edge={{
          id: fact.id,
          type: fact.type,
          source: from,
          target: fact.org ?? '',
          properties: {
            evidence: fact.evidence,
            evidenceEn: fact.evidenceEn,
            certainty: fact.certainty,
            note: fact.note,
          },
        }}
        sources={fact.sources.map((id) => ({ id, node: null }))}
      />
    </div>
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
        <Counterparts list={move.counterparts} kind={move.kind} lang={lang} />
      </p>
      {move.facts.map((f) => (
        <FactEvidence key={f.id} fact={f} from={move.person.id} lang={lang} />
      ))}
    </li>
  );
}

export function ReportItem({ report, lang }: { report: MergedReport; lang: Lang }) {
  const t = useT();
  return (
    <li className="talent-move" data-testid="talent-report" data-certainty={report.certainty}>
      <p>
        <strong dir="auto">{report.name ?? report.id}</strong> ·{' '}
        {t(report.countQualifier ? 'dashboardReportLine' : 'dashboardReportLineBare', {
          count: report.count === null ? '—' : formatNumber(report.count, lang),
          qualifier: report.countQualifier ?? '',
          certainty: t(report.certainty),
        })}
        <Counterparts list={report.counterparts} kind={report.kind} lang={lang} />
      </p>
      {report.facts.map((f) => (
        <FactEvidence key={f.id} fact={f} from={report.id} lang={lang} />
      ))}
    </li>
  );
}
