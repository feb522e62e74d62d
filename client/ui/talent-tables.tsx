// The dashboard's tables: the ranked lists of where an organisation's people came from and went to (each row a bar of
// its stated and implied moves), and the numbers behind the bars chart. A row or cell opens the people behind it.
import type { TalentResponse } from '../../model/talent-response.js';
import type { Lang } from '../state/app-state.js';
import { formatNumber, t as translate, type MessageKey } from '../i18n/i18n.js';
import { useT } from './app-context.js';
import { Info } from './talent-info.js';
import { periodLabel } from './talent-charts.js';
import { BAR_SERIES, type barsOption } from './talent-bars.js';
import { briefName } from '../graph/names.js';

/** One piece of a ranked row's count: its words, and a title saying what a terse one stands for. */
interface CountPart {
  text: string;
  title?: string;
  testId?: string;
}

/**
 * A ranked row's numbers in words: its named people, how many of them a source only implies; those no source dates
 * ("+n undated", titled with why they are apart), split the same way; and the count reports give without names
 * ("—" where they give none, titled so), how many of it implied — so no implied number reads as stated
 * ("3 (1 implied) · +2 undated · reported 4 (4 implied)").
 */
export function rankedCountParts(r: TalentResponse['sources'][number], lang: Lang): CountPart[] {
  const n = (x: number) => formatNumber(x, lang);
  const implied = (x: number) => (x > 0 ? ` (${n(x)} ${translate(lang, 'implied')})` : '');
  const sep = translate(lang, 'listSep');
  const undated = r.undated.stated + r.undated.implied;
  const reported = r.reported.stated + r.reported.implied;
  const parts: CountPart[] = [{ text: n(r.named.stated + r.named.implied) + implied(r.named.implied) }];
  if (undated > 0)
    parts.push(
      { text: sep },
      {
        text: translate(lang, 'dashboardRankedUndated', { n: undated }) + implied(r.undated.implied),
        title: translate(lang, 'dashboardRankedUndatedTitle'),
        testId: 'talent-row-undated',
      },
    );
  if (reported > 0 || r.reported.unquantified > 0)
    parts.push(
      { text: `${sep}${translate(lang, 'reported')} ` },
      reported > 0
        ? { text: n(reported) + implied(r.reported.implied) }
        : { text: '—', title: translate(lang, 'dashboardRankedUnquantifiedTitle') },
    );
  return parts;
}

/** A ranked row's count as plain text (rankedCountParts joined). */
export const rankedCountText = (r: TalentResponse['sources'][number], lang: Lang): string =>
  rankedCountParts(r, lang)
    .map((p) => p.text)
    .join('');

type Bucket = TalentResponse['undated']['hires'];
const anyMove = (b: Bucket) =>
  b.named.stated + b.named.implied + b.reported.stated + b.reported.implied + b.reported.unquantified > 0;

/**
 * Why a "Came from" (hires) or "Went to" (departures) card lists no organisation: moves in the window are known but
 * none says where from or to; none falls in the window while some outside it are known; or no source reports any.
 */
export function rankedEmptyKey(data: TalentResponse, kind: 'hire' | 'departure'): MessageKey {
  const of = (b: { hires: Bucket; departures: Bucket }) => (kind === 'hire' ? b.hires : b.departures);
  const inWindow = [...data.periods, data.undated, data.imprecise].some((b) => anyMove(of(b)));
  const hire = kind === 'hire';
  if (inWindow) return hire ? 'dashboardSourcesUnknown' : 'dashboardDestinationsUnknown';
  if (anyMove(of(data.outside))) return hire ? 'dashboardSourcesOutside' : 'dashboardDestinationsOutside';
  return hire ? 'dashboardSourcesNone' : 'dashboardDestinationsNone';
}

export function Ranked(props: {
  title: MessageKey;
  rows: TalentResponse['sources'];
  lang: Lang;
  testId: string;
  /** Hires (where people came from) or departures (where they went): the bars' colours. */
  kind: 'hire' | 'departure';
  /** What the card says when it lists no organisation (rankedEmptyKey), the organisation's name in it. */
  empty: string;
  onOpen: (orgId: string) => void;
}) {
  const t = useT();
  const max = Math.max(
    1,
    ...props.rows.map((r) =>
      Math.max(r.named.stated + r.named.implied, r.reported.stated + r.reported.implied),
    ),
  );
  return (
    <section className="talent-card">
      <h4>
        {t(props.title)} <Info text={t('infoRanked')} />
      </h4>
      {props.rows.length === 0 && (
        <p className="hint" data-testid={`${props.testId}-none`}>
          {props.empty}
        </p>
      )}
      <ol className="talent-ranked" data-testid={props.testId} data-kind={props.kind}>
        {props.rows.map((r) => (
          <li key={r.org.id}>
            <button
              type="button"
              className="talent-row"
              onClick={() => props.onOpen(r.org.id)}
              data-org={r.org.id}
            >
              <span className="talent-row-name" dir="auto">
                {briefName(r.org, props.lang)}
              </span>
              <span className="talent-row-bar" aria-hidden="true">
                <span className="stated" style={{ width: `${(100 * r.named.stated) / max}%` }} />
                <span className="implied" style={{ width: `${(100 * r.named.implied) / max}%` }} />
              </span>
              <span className="talent-row-count">
                {rankedCountParts(r, props.lang).map((p, i) =>
                  p.title ? (
                    <span key={i} title={p.title} data-testid={p.testId} className="talent-row-terse">
                      {p.text}
                    </span>
                  ) : (
                    p.text
                  ),
                )}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The numbers behind the bars chart, by period and series: a cell opens the people behind it, as its bar does.
 * `barOpt` is the chart's option, so the table shows the very numbers the bars draw.
 */
export function NumbersTable({
  data,
  barOpt,
  lang,
  openBar,
}: {
  data: TalentResponse;
  barOpt: ReturnType<typeof barsOption>;
  lang: Lang;
  openBar: (p: Record<string, unknown>) => void;
}) {
  const t = useT();
  return (
    <details className="talent-numbers" data-testid="talent-numbers">
      <summary>{t('dashboardNumbers')}</summary>
      <div className="talent-table-wrap">
        <table className="talent-table">
          <thead>
            <tr>
              <th />
              {data.periods.map((p) => (
                <th key={p.label} scope="col">
                  {periodLabel(p.label, lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {BAR_SERIES.map((ser, si) => (
              <tr key={ser.key}>
                <th scope="row">{t(ser.key)}</th>
                {data.periods.map((p, pi) => {
                  const v = Math.abs((barOpt.series[si] as { data: number[] }).data[pi] ?? 0);
                  return (
                    <td key={p.label}>
                      {v === 0 ? (
                        formatNumber(0, lang)
                      ) : (
                        <button
                          type="button"
                          className="link-button"
                          data-testid={`talent-cell-${si}-${pi}`}
                          onClick={() => openBar({ seriesIndex: si, dataIndex: pi })}
                        >
                          {formatNumber(v, lang)}
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
