// The schema overview of a database that is not ours, beside the sample the canvas draws: every label with its
// glyph, colour and count, and every relationship type with its start and end labels and count (GET /api/schema).
// The nodes without a label (the schema's entry `label: null`, a null start or end) are named so in the UI language,
// drawn with the glyph the canvas gives a node with no label.
import { labelStyle } from '../graph/style.js';
import { labelName, NO_LABEL, relName } from '../graph/vocabulary.js';
import { countOf, formatNumber } from '../i18n/i18n.js';
import { holdsOurFacts } from '../state/our-database.js';
import { OVERVIEW_PER_LABEL, overviewCounts } from '../state/overview.js';
import { useAppState, useT } from './app-context.js';

export function SchemaOverview() {
  const schema = useAppState((s) => s.schema);
  const lang = useAppState((s) => s.lang);
  const theme = useAppState((s) => s.theme);
  const t = useT();
  const { labels, types } = overviewCounts(schema);
  // Its names as the database spells them, ours too (a Person of its own is not our "شخص"): the server's word.
  const ours = holdsOurFacts(schema);
  const name = (label: string | null) => labelName(label ?? NO_LABEL, lang, ours);
  const ends = (labels: (string | null)[]) => labels.map(name).join(' | ') || '?';
  const glyph = (label: string | null) => {
    const st = labelStyle(label ?? undefined);
    return (
      <span className="glyph" style={{ color: st.color[theme] }} aria-hidden="true">
        {st.glyph}
      </span>
    );
  };
  return (
    <section className="schema-overview" data-testid="schema-overview" aria-labelledby="overview-h">
      <h3 id="overview-h">{t('overviewTitle')}</h3>
      <p className="hint">{t('overviewIntro', { n: countOf(lang, 'Nodes', OVERVIEW_PER_LABEL) })}</p>
      <h4>{t('overviewLabels')}</h4>
      <ul className="overview-list" data-testid="overview-labels">
        {labels.map((l) => (
          <li key={l.label ?? ''} data-label={l.label ?? ''} data-no-label={l.label === null || undefined}>
            {glyph(l.label)} <bdi>{name(l.label)}</bdi>{' '}
            <span className="count">{formatNumber(l.count, lang)}</span>
          </li>
        ))}
      </ul>
      <h4>{t('overviewTypes')}</h4>
      <ul className="overview-list" data-testid="overview-types">
        {types.map((r) => (
          <li key={r.type} data-type={r.type}>
            {/* Read left to right in both languages, as the Cypher pattern (:From)-[:TYPE]->(:To) is. */}
            <span dir="ltr" className="overview-pattern">
              <bdi>{ends(r.from)}</bdi> — <span className="rel">{relName(r.type, lang, ours)}</span> →{' '}
              <bdi>{ends(r.to)}</bdi>
            </span>{' '}
            <span className="count">{formatNumber(r.count, lang)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
