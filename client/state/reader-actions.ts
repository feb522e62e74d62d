// The source reader: a citation opens the whole article (GET /api/sources/:id) with the fact's quote highlighted. A
// report known only through the article that cites it (no text of its own) opens that article's text.
import { errorText, type ActionContext } from './context.js';
import { parseSourceAnswer, type SourceAnswer } from './reader.js';

export function createReaderActions(ctx: ActionContext) {
  const { store, api } = ctx;
  let seq = 0;

  async function fetchSource(id: string): Promise<SourceAnswer> {
    if (!api.source) throw new Error('this API client cannot read sources');
    return parseSourceAnswer(await api.source(id));
  }

  return {
    /** Opens the reader on a source, with the quote of `factId` highlighted (if given). */
    async open(sourceId: string, factId: string | null = null): Promise<void> {
      const mine = ++seq;
      store.set({ reader: { status: 'loading', sourceId, factId, source: null, holder: null } });
      try {
        const source = await fetchSource(sourceId);
        let holder: SourceAnswer | null = source;
        if (source.text === null && source.citedBy) {
          const citing = source.citedBy.id;
          holder = await fetchSource(citing);
        }
        if (mine !== seq) return;
        store.set({ reader: { status: 'ready', sourceId, factId, source, holder } });
      } catch (err) {
        if (mine !== seq) return;
        store.set({
          reader: { status: 'error', sourceId, factId, source: null, holder: null, error: errorText(err) },
        });
      }
    },
    /** Highlights another quote of the open source. */
    select(factId: string): void {
      store.set((s) => (s.reader ? { reader: { ...s.reader, factId } } : {}));
    },
    close(): void {
      seq += 1;
      store.set({ reader: null });
    },
  };
}
export type ReaderActions = ReturnType<typeof createReaderActions>;
