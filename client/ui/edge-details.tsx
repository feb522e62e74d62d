// Details of a relationship: a fact (its two ends, dates, certainty and evidence) or, in the talent-flow view, a
// flow (the people behind the count, their stints' evidence, reported departures with theirs, and the PART_OF facts
// that count a division's in an end).
import { edgeCertainty, isDerivedType } from '../../model/certainty.js';
import type { GraphEdge } from '../../model/graph.js';
import { displayName, factDates } from '../graph/names.js';
import { certaintyName, relName, roleName } from '../graph/vocabulary.js';
import { ahead } from '../i18n/arrows.js';
import type { DetailsState } from '../state/app-state.js';
import { factText, flowIdOf } from '../state/flows.js';
import { edgeSources } from '../state/visibility.js';
import { isOurEdge } from '../state/details.js';
import { ourDerivedTypes } from '../state/our-database.js';
import { flowDetailsQuery } from '../state/details-actions.js';
import { useApp, useAppState, useOurNames, useT } from './app-context.js';
import { Evidence } from './fact-item.js';
import { RelationshipProperties } from './relationship-item.js';
import { FlowCounts, FlowPeople } from './org-flows.js';
import { FlowOutdated, FlowSourcesAllTime, FlowWindowNote } from './flow-window-note.js';
import { DivisionOverlapNote } from './division-overlap-note.js';

export function EdgeDetails({ details }: { details: DetailsState }) {
  const { actions, store } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const ourNames = useOurNames();
  // Our talent flows' types here: none on a database that is not ours, whose TALENT_FLOW is its own relationship.
  const derivedTypes = useAppState((s) => ourDerivedTypes(s.schema));
  const knownSources = useAppState((s) => s.sources);
  // The view the flow's details were read in (details-actions.ts loadEdge): by division, its own moves only.
  const byDivision = useAppState((s) => s.mode === 'flows' && s.flowDivisions);
  const graph = details.graph ?? { nodes: [], edges: [] };
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const flowId = flowIdOf(details.id);
  const edge = graph.edges.find((e) => e.id === details.id) ?? graph.edges.find((e) => e.id === flowId);
  if (!edge) return <p className="error">{t('notFound', { id: details.id })}</p>;
  const name = (id: string) => {
    const n =
      nodes.get(id) ?? store.get().scene.nodes[id] ?? store.get().flowData?.nodes.find((x) => x.id === id);
    return n ? displayName(n, lang) : id;
  };
  const sourcesOf = (e: GraphEdge) =>
    edgeSources(e).map((id) => ({ id, node: nodes.get(id) ?? knownSources[id] ?? null }));

  // A flow's stated, implied and reported parts all open the same details: the whole flow, each move's certainty. Only
  // ours: a foreign graph's TALENT_FLOW is shown below as the plain relationship it is, with its properties.
  if (isDerivedType(edge.type, derivedTypes)) {
    const listed = details.flowPeople?.[flowIdOf(edge.id)] ?? [];
    const describe = (factId: string) => {
      const f = graph.edges.find((e) => e.id === factId);
      return f ? factText(f, name, lang) : factId;
    };
    const people = new Set(listed);
    // The answer's facts (details-actions.ts loadEdge): the listed people's stints, the facts of the reports the
    // view counts (a time window's in the Talent flows tab, else every one behind the flow), and the PART_OF facts
    // that count a division's stint or report in an end — the flow rests on them too.
    const stints = graph.edges.filter((e) => e.type === 'WORKED_AT' && people.has(e.source));
    const reports = graph.edges.filter((e) => e.type === 'PARTICIPATED_IN');
    const placings = graph.edges.filter((e) => e.type === 'PART_OF');
    // Each fact says how sure it is in words, as every fact in the app does — not only by its border's style.
    const sure = (e: GraphEdge) => (
      <span className={`badge badge-${edgeCertainty(e)}`} data-testid="fact-certainty">
        {certaintyName(edgeCertainty(e), lang)}
      </span>
    );
    const q = flowDetailsQuery(
      flowIdOf(edge.id),
      edge.source,
      edge.target,
      listed,
      byDivision,
      details.flowReports?.[flowIdOf(edge.id)] ?? null,
      details.flowDetailsWindow,
    );
    return (
      <article className="edge-details" data-testid="flow-details">
        <p className="kind">{relName('TALENT_FLOW', lang)}</p>
        {/* In the interface's direction, each name isolated: the arrow points the way the title is read. */}
        <h3 data-testid="details-title">
          <bdi>{name(edge.source)}</bdi> {ahead(lang)} <bdi>{name(edge.target)}</bdi>
        </h3>
        {/* Under a time window over the network: the window's numbers, as the canvas draws them, then all time's. */}
        <FlowWindowNote edge={edge} />
        <FlowSourcesAllTime flowId={flowIdOf(edge.id)} />
        <FlowOutdated edge={edge} />
        <DivisionOverlapNote edge={edge} name={name} />
        <p>
          <FlowCounts edge={edge} />
          {factDates(edge, lang) && (
            <>
              {' '}
              <span className="dates">{factDates(edge, lang)}</span>
            </>
          )}
        </p>
        <FlowPeople
          edge={edge}
          people={listed}
          nodes={nodes}
          describe={describe}
          implied={details.flowImplied?.[flowIdOf(edge.id)]}
        />
        {stints.length > 0 && (
          <section>
            <h4>{t('evidence')}</h4>
            <ul className="facts">
              {stints.map((s) => (
                <li key={s.id} className={`fact certainty-${edgeCertainty(s)}`} data-testid="fact">
                  <div className="fact-head">
                    <bdi>{name(s.source)}</bdi> · {relName(s.type, lang)} <bdi>{name(s.target)}</bdi>{' '}
                    <span className="dates">{factDates(s, lang)}</span> {sure(s)}
                  </div>
                  <Evidence edge={s} sources={sourcesOf(s)} />
                </li>
              ))}
            </ul>
          </section>
        )}
        {reports.length > 0 && (
          <section>
            <h4>{t('reported')}</h4>
            <ul className="facts">
              {reports.map((r) => (
                <li key={r.id} className={`fact certainty-${edgeCertainty(r)}`} data-testid="fact">
                  <div className="fact-head">
                    <bdi>{name(r.source)}</bdi> · {roleName(r.properties, lang) ?? ''} ·{' '}
                    <bdi>{name(r.target)}</bdi> {sure(r)}
                  </div>
                  <Evidence edge={r} sources={sourcesOf(r)} />
                </li>
              ))}
            </ul>
          </section>
        )}
        {placings.length > 0 && (
          <section data-testid="flow-part-of">
            <h4>{t('flowPartOf')}</h4>
            <ul className="facts">
              {placings.map((d) => (
                <li key={d.id} className={`fact certainty-${edgeCertainty(d)}`} data-testid="fact">
                  <div className="fact-head">
                    <bdi>{name(d.source)}</bdi> · {relName(d.type, lang)} <bdi>{name(d.target)}</bdi>{' '}
                    {sure(d)}
                  </div>
                  <Evidence edge={d} sources={sourcesOf(d)} />
                </li>
              ))}
            </ul>
          </section>
        )}
        <button type="button" className="tool-button" onClick={() => actions.cypher.open(q)}>
          {t('showCypher')}
        </button>
      </article>
    );
  }

  // One of our types with no certainty of ours was written outside the seed: it says so (model/certainty.ts). A
  // relationship that is not ours (a foreign graph's, even of a type named as ours: isOurEdge) has no source behind
  // it: no certainty, no evidence, its properties as stored; on a database that holds none of our facts, none is.
  const certainty = edgeCertainty(edge, derivedTypes);
  const ours = ourNames && isOurEdge(edge);
  return (
    <article className={`edge-details certainty-${certainty}`} data-testid="edge-details">
      <p className="kind">
        {relName(edge.type, lang, ourNames)}{' '}
        {ours && <span className={`badge badge-${certainty}`}>{certaintyName(certainty, lang)}</span>}
      </p>
      {/* In the interface's direction, each name isolated: the arrow points the way the title is read. */}
      <h3 data-testid="details-title">
        <button type="button" className="link-button" onClick={() => actions.details.selectNode(edge.source)}>
          <bdi>{name(edge.source)}</bdi>
        </button>{' '}
        {ahead(lang)}{' '}
        <button type="button" className="link-button" onClick={() => actions.details.selectNode(edge.target)}>
          <bdi>{name(edge.target)}</bdi>
        </button>
      </h3>
      {/* A role and dates are our reading of a fact's properties; a foreign relationship's `start` or `role` is
          its own, listed as stored below. */}
      {ours && (roleName(edge.properties, lang) || factDates(edge, lang)) && (
        <p>
          {/* The space stays outside the role's isolate: inside it, a left-to-right role in an Arabic page kept
              the space on its own far side, and the dates ran into it. */}
          {roleName(edge.properties, lang) && (
            <>
              <span dir="auto">{roleName(edge.properties, lang)}</span>{' '}
            </>
          )}
          <span className="dates">{factDates(edge, lang)}</span>
        </p>
      )}
      {ours ? <Evidence edge={edge} sources={sourcesOf(edge)} /> : <RelationshipProperties edge={edge} />}
    </article>
  );
}
