// GET /api/sources/:id: a source's metadata and text, and each of its quotes located in that text.
import { textOrNull } from '../../model/properties.js';
import { locateQuote } from '../../model/quotes.js';
import type { SourceQuote, SourceResponse, SourcesResponse } from '../../model/api-responses.js';
import type { SourceRepository } from '../repositories/source-repository.js';

export function createSourceService(sources: SourceRepository) {
  return {
    /** GET /api/sources?ids=…: the Source nodes that exist, without their text. */
    async byIds(ids: string[]): Promise<SourcesResponse> {
      return { sources: await sources.byIds([...new Set(ids)]) };
    },
    async source(id: string): Promise<SourceResponse> {
      const rec = await sources.withQuotes(id);
      const quotes: SourceQuote[] = rec.facts.map(({ edge, from, to }) => {
        const p = edge.properties;
        const evidence = textOrNull(p.evidence);
        const span = rec.text !== null && evidence ? locateQuote(rec.text, evidence) : null;
        return {
          fact: edge.id,
          type: edge.type,
          from,
          to,
          evidence,
          evidenceEn: textOrNull(p.evidenceEn),
          certainty: textOrNull(p.certainty),
          sources: Array.isArray(p.sources)
            ? p.sources.filter((x): x is string => typeof x === 'string')
            : [],
          start: span?.start ?? null,
          end: span?.end ?? null,
          exact: span?.exact ?? false,
        };
      });
      // Reading order: quotes in the order they appear in the text, those not located last.
      quotes.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || a.fact.localeCompare(b.fact));
      return {
        source: rec.source,
        text: rec.text,
        citedBy: rec.citedBy,
        quotes,
        quoteCount: rec.total,
        truncated: rec.total > quotes.length,
      };
    },
  };
}
export type SourceService = ReturnType<typeof createSourceService>;
