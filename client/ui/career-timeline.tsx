// A person's career: one bar per stint along a time axis (open ends fade), arrows for moves between organisations.
import { edgeCertainty } from '../../model/certainty.js';
import { displayName, shortName } from '../graph/names.js';
import { certaintyName, roleName } from '../graph/vocabulary.js';
import { ahead } from '../i18n/arrows.js';
import { formatDate, formatDateRange } from '../i18n/dates.js';
import type { Lang } from '../i18n/lang.js';
import type { Career } from '../state/details.js';
import { moveCertaintyOf, spanFraction } from '../state/details.js';
import { useApp, useAppState, useT } from './app-context.js';

const ROW = 26;
const WIDTH = 300;
const LABEL_W = 110;
/** Characters of an organisation's name beside its bar (the list below the chart names it whole). */
const CAREER_LABEL_CHARS = 18;

/** A stint's dates, start to end as read: an unknown start, or an end it is known to have left at, is '?'. */
function stintDates(s: { start?: string | null; end?: string | null; left?: boolean }, lang: Lang): string {
  return formatDateRange(s.start ?? '?', s.end ?? (s.left ? '?' : ''), lang);
}

export function CareerTimeline({ career }: { career: Career }) {
  const { actions } = useApp();
  const lang = useAppState((s) => s.lang);
  const theme = useAppState((s) => s.theme);
  const t = useT();
  if (!career.stints.length) return <p className="hint">{t('careerEmpty')}</p>;
  const span = career.span;
  const barX = (d: string | undefined, fallback: number) =>
    LABEL_W + (span && d ? spanFraction(d, span) : fallback) * (WIDTH - LABEL_W - 8);
  // Undated stints someone moved into start after the undated ones they left, so move arrows point forward.
  const movedInto = new Set(career.moves.map((m) => m.to));
  const rows = career.stints.map((s, i) => {
    const x1 = barX(s.start, movedInto.has(s) && !s.start ? 0.62 : 0);
    const x2 = s.end
      ? Math.max(barX(s.end, 1), x1 + 6)
      : s.left
        ? Math.max(x1 + 24, barX(undefined, 0.6))
        : WIDTH - 8;
    return { s, i, x1, x2, y: i * ROW + 8 };
  });
  const color = theme === 'dark' ? '#7d9fd9' : '#5b7db8';
  return (
    <figure className="career" data-testid="career">
      <svg
        viewBox={`0 0 ${WIDTH} ${rows.length * ROW + 22}`}
        width="100%"
        role="img"
        aria-label={t('career')}
        direction="ltr"
      >
        <defs>
          <linearGradient id="open-end" x1="0" x2="1">
            <stop offset="0.6" stopColor={color} />
            <stop offset="1" stopColor={color} stopOpacity="0.1" />
          </linearGradient>
          <marker
            id="move-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="#e0441b" />
          </marker>
        </defs>
        {rows.map(({ s, x1, x2, y }) => (
          <g key={s.edge.id}>
            <text x={LABEL_W - 6} y={y + 12} textAnchor="end" className="career-label">
              <title>{s.org ? displayName(s.org, lang) : s.orgId}</title>
              {shortName(s.org ? displayName(s.org, lang) : s.orgId, CAREER_LABEL_CHARS)}
            </text>
            <rect
              x={x1}
              y={y + 2}
              width={Math.max(4, x2 - x1)}
              height={14}
              rx={3}
              fill={s.left && !s.end ? 'url(#open-end)' : color}
              opacity={edgeCertainty(s.edge) === 'stated' ? 1 : 0.5}
            >
              <title>{`${s.org ? displayName(s.org, lang) : s.orgId}: ${stintDates(s, lang)}`}</title>
            </rect>
          </g>
        ))}
        {career.moves.flatMap((m, i) => {
          const b = rows.find((r) => r.s === m.to)!;
          // An implied move is drawn as implied facts are: fainter and thinner (and dashed, which SVG can do); one no
          // source backs, dotted. One arrow from each stint left for the stint joined (a division's and its parent's):
          // one move.
          return [m.from, ...m.also].map((from) => {
            const a = rows.find((r) => r.s === from)!;
            // Each arrow is one chain of facts: as certain as its own stint left and the stint joined.
            const certainty = moveCertaintyOf([from], m.to);
            const implied = certainty !== 'stated';
            return (
              <path
                key={`${i}:${from.id}`}
                d={`M${a.x2},${a.y + 16} C${a.x2 + 10},${a.y + 26} ${b.x1 - 10},${b.y} ${b.x1},${b.y + 4}`}
                fill="none"
                stroke="#e0441b"
                strokeWidth={implied ? 1 : 1.5}
                strokeDasharray={certainty === 'implied' ? '3 2' : implied ? '1 2' : undefined}
                opacity={implied ? 0.5 : 1}
                markerEnd="url(#move-arrow)"
                data-certainty={certainty}
              />
            );
          });
        })}
        {!span && (
          <text x={WIDTH - 8} y={rows.length * ROW + 18} textAnchor="end" className="career-axis">
            {t('datesUnknown')}
          </text>
        )}
        {span && (
          <>
            <text x={LABEL_W} y={rows.length * ROW + 18} className="career-axis">
              {formatDate(span.from, lang)}
            </text>
            <text x={WIDTH - 8} y={rows.length * ROW + 18} textAnchor="end" className="career-axis">
              {formatDate(span.to, lang)}
            </text>
          </>
        )}
      </svg>
      <figcaption>
        <ol className="career-list">
          {career.stints.map((s) => (
            <li key={s.edge.id} data-certainty={edgeCertainty(s.edge)}>
              <button
                type="button"
                className="link-button"
                dir="auto"
                onClick={() => actions.details.selectNode(s.orgId)}
              >
                {s.org ? displayName(s.org, lang) : s.orgId}
              </button>{' '}
              {/* Spaces stay outside the role's isolate (a Latin-letter role in Arabic kept it on its far side). */}
              {roleName(s.edge.properties, lang) && (
                <>
                  <span dir="auto">({roleName(s.edge.properties, lang)})</span>{' '}
                </>
              )}
              <bdi className="dates">{stintDates(s, lang)}</bdi>
              {/* The list says what the bars only fade: a stint a source only implies, or one no source backs. */}
              {edgeCertainty(s.edge) !== 'stated' && (
                <span className={`badge badge-${edgeCertainty(s.edge)}`}>
                  {certaintyName(edgeCertainty(s.edge), lang)}
                </span>
              )}
            </li>
          ))}
        </ol>
        {career.moves.length > 0 && (
          <p className="moves">
            {career.moves.map((m, i) => (
              // Laid out in the interface's direction, each name isolated, so that the arrow points the way it is
              // read whatever script the names are in ("ميتا ← xAI" in Arabic).
              <span
                key={i}
                className={`move certainty-${m.certainty}`}
                dir={lang === 'ar' ? 'rtl' : 'ltr'}
                data-testid="career-move"
                data-certainty={m.certainty}
              >
                {[
                  ...new Set([m.from, ...m.also].map((f) => (f.org ? displayName(f.org, lang) : f.orgId))),
                ].map((name, j) => (
                  <span key={name}>
                    {j > 0 && ' · '}
                    <bdi>{name}</bdi>
                  </span>
                ))}
                {` ${ahead(lang)} `}
                <bdi>{m.to.org ? displayName(m.to.org, lang) : m.to.orgId}</bdi>
                {m.at && (
                  <>
                    {' ('}
                    <bdi>{formatDate(m.at, lang)}</bdi>)
                  </>
                )}
                {m.certainty !== 'stated' && (
                  <>
                    {' '}
                    <span className={`badge badge-${m.certainty}`}>{certaintyName(m.certainty, lang)}</span>
                  </>
                )}
              </span>
            ))}
          </p>
        )}
      </figcaption>
    </figure>
  );
}
