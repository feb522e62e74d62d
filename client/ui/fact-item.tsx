// One fact: its relation, the other end, dates, certainty, and how we know — the quote in its own language and
// script, its English rendering, and the source (publisher, date, link; a click opens the quote in the source's
// reader); a source the source filter hides is said to be hidden. All text is rendered as text.
import { nonBlankText } from '../../model/properties.js';
import { edgeCertainty } from '../../model/certainty.js';
import type { GraphEdge, GraphNode } from '../../model/graph.js';
import { isRtlText } from '../graph/label-drawing.js';
import { displayName, factDates, type Lang } from '../graph/names.js';
import { certaintyName, relName, roleName } from '../graph/vocabulary.js';
import { formatDate } from '../i18n/dates.js';
import type { MessageKey } from '../i18n/i18n.js';
import { useApp, useAppState, useOurNames, useT } from './app-context.js';

const NONE: readonly string[] = [];

/**
 * A fact that points at the node whose details list it, in words read from that node's side (its other end follows):
 * Meta "includes FAIR", the bid "involved Elon Musk", a source "reports …". An arrow before the fact's own verb read
 * the other way round ("← part of FAIR" as if Meta were part of FAIR).
 */
const INCOMING: Record<string, MessageKey> = {
  WORKED_AT: 'relInWorkedAt',
  FOUNDED: 'relInFounded',
  PART_OF: 'relInPartOf',
  DEVELOPS: 'relInDevelops',
  PARTICIPATED_IN: 'relInParticipatedIn',
  RELATIVE_OF: 'relInRelativeOf',
  REPORTED_BY: 'relInReportedBy',
  TALENT_FLOW: 'relInTalentFlow',
  TALENT_FLOW_REPORTED: 'relInTalentFlowReported',
};

function incomingName(type: string, lang: Lang, t: ReturnType<typeof useT>, ours: boolean): string {
  // Our words only for our facts: a foreign graph's WORKED_AT is its own type, named as stored (relName's `ours`).
  const key = ours && Object.hasOwn(INCOMING, type) ? INCOMING[type] : undefined;
  return key ? t(key) : t('relInOther', { rel: relName(type, lang, ours) });
}

/** Only http(s) links are followed; anything else (javascript:, data:) is shown as text. */
export function safeUrl(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function SourceCitation({
  id,
  node,
  lang,
  factId = null,
}: {
  id: string;
  node: GraphNode | null | undefined;
  lang: Lang;
  /** The fact whose quote the reader highlights when the citation is opened. */
  factId?: string | null;
}) {
  const { actions } = useApp();
  const t = useT();
  const p = node?.properties ?? {};
  const publisher =
    lang === 'ar'
      ? (nonBlankText(p.publisherAr) ?? nonBlankText(p.publisher))
      : (nonBlankText(p.publisher) ?? nonBlankText(p.publisherAr));
  const url = safeUrl(p.url);
  const title = nonBlankText(p.title);
  return (
    <span className="citation" data-testid="citation">
      —{' '}
      <button
        type="button"
        className="link-button citation-open"
        data-testid="citation-open"
        title={t('readerOpen')}
        onClick={() => void actions.reader.open(id, factId)}
      >
        <cite dir="auto">{publisher ?? id}</cite>
      </button>
      {nonBlankText(p.published) && (
        <>
          {/* The UI language's separator: an Arabic citation reads "بوابة روزا اليوسف، 2025-08-29". */}
          {t('listSeparator')}
          <time dateTime={nonBlankText(p.published)}>{formatDate(nonBlankText(p.published)!, lang)}</time>
        </>
      )}
      {title && (
        <span className="citation-title" dir="auto" lang={nonBlankText(p.language)}>
          {' '}
          «{title}»
        </span>
      )}
      {url && (
        <>
          {' '}
          <a href={url} target="_blank" rel="noopener noreferrer">
            ↗
          </a>
        </>
      )}
    </span>
  );
}

export function Evidence({
  edge,
  sources,
}: {
  edge: GraphEdge;
  sources: { id: string; node: GraphNode | null }[];
}) {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const known = useAppState((s) => s.sources);
  // The filter acts on the facts of the network and the timeline; the Talent flows tab and the dashboard count every
  // source (the flows tab says so), so there no source of a fact is called hidden.
  const hiddenSources = useAppState((s) =>
    s.mode === 'network' || s.mode === 'timeline' ? s.filters.hiddenSources : NONE,
  );
  const evidence = nonBlankText(edge.properties.evidence);
  const evidenceEn = nonBlankText(edge.properties.evidenceEn);
  const srcLang = sources
    .map((s) => nonBlankText((s.node ?? known[s.id])?.properties.language))
    .find(Boolean);
  const quoteLang = srcLang ?? (evidence && isRtlText(evidence) ? 'ar' : 'en');
  return (
    <div className="evidence-block">
      {evidence ? (
        <blockquote
          className="evidence"
          lang={quoteLang}
          dir={quoteLang === 'ar' ? 'rtl' : 'auto'}
          data-testid="evidence"
        >
          {evidence}
        </blockquote>
      ) : (
        <p className="hint">{t('noEvidence')}</p>
      )}
      {evidenceEn && evidenceEn !== evidence && (
        <p className="evidence-en" lang="en" dir="ltr">
          {evidenceEn}
        </p>
      )}
      {/* A fact citing a shown and a hidden source is drawn, resting on the shown one: the hidden one is marked, not
          dropped — the reader still learns that another report states it, and why it is left out of what this view
          exports. The order stays the fact's own: the quote above is one source's words, and moving another source
          up under it would read as if that one had said them. */}
      {sources.map((s) => {
        const hidden = hiddenSources.includes(s.id);
        return (
          <p
            key={s.id}
            className={hidden ? 'fact-source fact-source-hidden' : 'fact-source'}
            data-testid={hidden ? 'fact-source-hidden' : 'fact-source'}
          >
            <SourceCitation id={s.id} node={s.node ?? known[s.id]} lang={lang} factId={edge.id} />
            {hidden && <span className="badge badge-hidden-source">{t('sourceHiddenByFilter')}</span>}
          </p>
        );
      })}
      {nonBlankText(edge.properties.note) && (
        <p className="hint" dir="auto">
          {nonBlankText(edge.properties.note)}
        </p>
      )}
    </div>
  );
}

export function FactItem({
  edge,
  other,
  otherId,
  outgoing,
  sources,
}: {
  edge: GraphEdge;
  other: GraphNode | null;
  otherId: string;
  outgoing: boolean;
  sources: { id: string; node: GraphNode | null }[];
}) {
  const { actions } = useApp();
  const lang = useAppState((s) => s.lang);
  const t = useT();
  const ourNames = useOurNames();
  const certainty = edgeCertainty(edge);
  // A stint's role has its own Arabic (roleAr); a part played in an event is a word of the vocabulary.
  const role = roleName(edge.properties, lang);
  const dates = factDates(edge, lang);
  return (
    <li className={`fact certainty-${certainty}`} data-testid="fact">
      <div className="fact-head">
        <span className="rel" data-testid="fact-rel" data-direction={outgoing ? 'out' : 'in'}>
          {outgoing ? relName(edge.type, lang, ourNames) : incomingName(edge.type, lang, t, ourNames)}
        </span>{' '}
        <button
          type="button"
          className="link-button"
          dir="auto"
          onClick={() => actions.details.selectNode(otherId)}
        >
          {other ? displayName(other, lang) : otherId}
        </button>
        {/* Spaces stay outside the role's isolate (a Latin-letter role in Arabic kept it on its far side). */}
        {role && (
          <>
            {' '}
            <span className="role" dir="auto">
              ({role})
            </span>
          </>
        )}
        {dates && (
          <>
            {' '}
            <span className="dates">{dates}</span>
          </>
        )}
        <span className={`badge badge-${certainty}`}>{certaintyName(certainty, lang)}</span>
      </div>
      <Evidence edge={edge} sources={sources} />
    </li>
  );
}
