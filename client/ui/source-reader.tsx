// The source reader: the whole article a citation points to, the fact's quote highlighted (<mark>) and scrolled
// into view, in the article's own language and direction (right-to-left for Arabic), with the quote's English
// rendering beside it and the other quotes of the source one click away. All text is rendered as text.
import { nonBlankText } from '../../model/properties.js';
import { useEffect, useRef } from 'react';
import type { GraphNode } from '../../model/graph.js';
import { formatDate } from '../i18n/dates.js';
import { distinctQuotes, readerQuote, readerSegments } from '../state/reader.js';
import { useApp, useAppState, useT } from './app-context.js';
import { CloseButton } from './close-button.js';
import { safeUrl } from './fact-item.js';

function SourceMeta({ node, lang }: { node: GraphNode; lang: 'en' | 'ar' }) {
  const t = useT();
  const p = node.properties;
  const srcLang = nonBlankText(p.language);
  const publisher =
    lang === 'ar' ? (nonBlankText(p.publisherAr) ?? nonBlankText(p.publisher)) : nonBlankText(p.publisher);
  const url = safeUrl(p.url);
  return (
    <div className="reader-meta">
      {nonBlankText(p.title) && (
        <h2 id="reader-title" lang={srcLang} dir={srcLang === 'ar' ? 'rtl' : 'auto'}>
          {nonBlankText(p.title)}
        </h2>
      )}
      {nonBlankText(p.titleEn) && nonBlankText(p.titleEn) !== nonBlankText(p.title) && (
        <p className="reader-title-en" lang="en" dir="ltr">
          {nonBlankText(p.titleEn)}
        </p>
      )}
      <p className="hint">
        <bdi>{publisher ?? node.id}</bdi>
        {nonBlankText(p.published) && (
          <>
            {' · '}
            <bdi>
              <time dateTime={nonBlankText(p.published)}>{formatDate(nonBlankText(p.published)!, lang)}</time>
            </bdi>
          </>
        )}
        {url && (
          <>
            {' · '}
            <a href={url} target="_blank" rel="noopener noreferrer" data-testid="reader-link">
              {t('readerLink')} ↗
            </a>
          </>
        )}
      </p>
    </div>
  );
}

export function SourceReader() {
  const { actions } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const reader = useAppState((s) => s.reader);
  const markRef = useRef<HTMLElement | null>(null);
  const closeRef = useRef<HTMLButtonElement | null>(null);
  const quote = reader ? readerQuote(reader) : null;

  const open = reader !== null;
  useEffect(() => {
    if (!open) return;
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') actions.reader.close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, actions]);

  // The highlighted quote is brought into view whenever it changes.
  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [reader?.status, reader?.factId]);

  if (!reader) return null;
  const holder = reader.holder;
  const source = reader.source;
  const text = holder?.text ?? null;
  const holderLang = nonBlankText(holder?.source.properties.language);
  const quotes = holder ? distinctQuotes(holder.quotes) : [];
  const rtl = holderLang === 'ar';
  return (
    <div className="reader-backdrop" onClick={(e) => e.target === e.currentTarget && actions.reader.close()}>
      <div
        className="reader"
        role="dialog"
        aria-modal="true"
        aria-labelledby="reader-heading"
        data-testid="source-reader"
      >
        <div className="reader-head">
          <h2 id="reader-heading" className="visually-hidden">
            {t('readerTitle')}
          </h2>
          {source && <SourceMeta node={source.source} lang={lang} />}
          <CloseButton
            ref={closeRef}
            label={t('readerClose')}
            testId="reader-close"
            onClick={actions.reader.close}
          />
        </div>
        {reader.status === 'loading' && <p className="hint">{t('loading')}</p>}
        {reader.status === 'error' && (
          <p className="error" role="alert">
            {reader.error}
          </p>
        )}
        {reader.status === 'ready' && source && holder && (
          <>
            {holder !== source && (
              <p className="hint" data-testid="reader-cited-in">
                {t('readerCitedIn', {
                  source: nonBlankText(holder.source.properties.publisher) ?? holder.source.id,
                })}
              </p>
            )}
            <div className="reader-body">
              {text === null ? (
                <p className="hint" data-testid="reader-no-text">
                  {t('readerNoText')}
                </p>
              ) : (
                <article
                  className="reader-text"
                  lang={holderLang}
                  dir={rtl ? 'rtl' : 'auto'}
                  aria-label={t('readerArticle')}
                  data-testid="reader-text"
                >
                  {readerSegments(text, quote).map((seg, i) =>
                    seg.mark ? (
                      <mark key={i} ref={markRef} data-testid="reader-mark">
                        {seg.text}
                      </mark>
                    ) : (
                      <span key={i}>{seg.text}</span>
                    ),
                  )}
                </article>
              )}
              <aside className="reader-side">
                {quote ? (
                  <>
                    <h3>{t('readerEnglish')}</h3>
                    {quote.evidenceEn ? (
                      <p className="evidence-en" lang="en" dir="ltr" data-testid="reader-english">
                        {quote.evidenceEn}
                      </p>
                    ) : (
                      <p className="hint">{t('noEvidence')}</p>
                    )}
                    {quote.start === null && <p className="hint">{t('readerQuoteNotFound')}</p>}
                  </>
                ) : null}
                {holder.quotes.length > 0 && (
                  <section className="reader-quotes" aria-labelledby="reader-quotes-h">
                    <h3 id="reader-quotes-h">{t('readerQuotes', { n: quotes.length })}</h3>
                    {/* The list shows the English renderings: it reads left to right in either interface language. */}
                    <ol dir="ltr">
                      {quotes.map(({ quote: q, facts }) => {
                        const current = reader.factId !== null && facts.includes(reader.factId);
                        return (
                          <li key={facts[0]}>
                            <button
                              type="button"
                              className={`link-button${current ? ' current' : ''}`}
                              aria-current={current ? 'true' : undefined}
                              lang={q.evidenceEn ? 'en' : holderLang}
                              dir="auto"
                              onClick={() => actions.reader.select(q.fact)}
                            >
                              {q.evidenceEn ?? q.evidence ?? q.fact}
                            </button>
                          </li>
                        );
                      })}
                    </ol>
                  </section>
                )}
              </aside>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
