// The path panel: the path between the two chosen ends, step by step — each step the fact it walks, with its quote,
// source and certainty — the other shortest paths, whether derived talent flows may be followed, and which
// relationship types; "No path within N steps" when there is none, and why nothing is searched when no type is
// ticked; the Cypher of the search; and how many of its steps the view's filters hide.
import { edgeCertainty } from '../../model/certainty.js';
import type { GraphNode } from '../../model/graph.js';
import { displayName } from '../graph/names.js';
import { certaintyName, relName } from '../graph/vocabulary.js';
import { ahead, back } from '../i18n/arrows.js';
import { countOf, countOfTotal } from '../i18n/i18n.js';
import { isForeignDatabase } from '../state/overview.js';
import { ourDerivedTypes } from '../state/our-database.js';
import { pathHiddenCount, pathHiddenNote } from '../state/path-hidden.js';
import {
  pathCertainty,
  pathNoTypesKey,
  pathSteps,
  pathsThroughSameNodes,
  pathThroughDerived,
  pathTypeChoices,
  type PathStep,
} from '../state/paths.js';
import { useApp, useAppState, useOurNames, useT } from './app-context.js';
import { CloseButton } from './close-button.js';
import { Evidence } from './fact-item.js';
import { RelationshipProperties } from './relationship-item.js';

function Step({ step, names }: { step: PathStep; names: (id: string) => string }) {
  const lang = useAppState((s) => s.lang);
  const known = useAppState((s) => s.sources);
  const t = useT();
  const ourNames = useOurNames();
  // A foreign graph's TALENT_FLOW claims no certainty of ours (no derived flow is stated there).
  const derivedTypes = useAppState((s) => ourDerivedTypes(s.schema));
  const certainty = step.derived ? 'derived' : edgeCertainty(step.edge, derivedTypes);
  const ids = Array.isArray(step.edge.properties.sources)
    ? step.edge.properties.sources.filter((x): x is string => typeof x === 'string')
    : [];
  return (
    <li className={`path-step certainty-${certainty}`} data-testid="path-step" data-edge={step.edge.id}>
      <div className="fact-head">
        <bdi>{names(step.from)}</bdi>{' '}
        <span className="rel">
          {step.forward
            ? `— ${relName(step.edge.type, lang, ourNames)} ${ahead(lang)}`
            : `${back(lang)} ${relName(step.edge.type, lang, ourNames)} —`}
        </span>{' '}
        <bdi>{names(step.to)}</bdi>{' '}
        {!step.derived && ourNames && (
          <span className={`badge badge-${certainty}`}>{certaintyName(certainty, lang)}</span>
        )}
      </div>
      {/* On a database that holds none of our facts a step is the graph's relationship, no fact of ours with no
          source: no certainty, no missing quote, its properties as stored (as its edge details show it). */}
      {step.derived ? (
        <p className="hint path-derived-note">{t('pathStepDerived')}</p>
      ) : !ourNames ? (
        <RelationshipProperties edge={step.edge} />
      ) : (
        <Evidence edge={step.edge} sources={ids.map((id) => ({ id, node: known[id] ?? null }))} />
      )}
    </li>
  );
}

export function PathPanel() {
  const { actions } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const search = useAppState((s) => s.pathSearch);
  const options = useAppState((s) => s.pathOptions);
  const schema = useAppState((s) => s.schema);
  // A foreign graph's WORKED_AT is named as it names it, in the steps, the type choices and the paths to choose from.
  const ourNames = useOurNames();
  const sceneNodes = useAppState((s) => s.scene.nodes);
  const highlighted = useAppState((s) => s.path.highlight !== null);
  // Steps of the path shown that the view's filters hide (those the search cannot apply itself).
  const hiddenSteps = useAppState(pathHiddenCount);
  if (!search) return null;
  const answer = search.answer;
  const byId = new Map<string, GraphNode>(answer?.graph.nodes.map((n) => [n.id, n]) ?? []);
  const names = (id: string) => {
    const n = byId.get(id) ?? sceneNodes[id];
    return n ? displayName(n, lang) : id;
  };
  const paths = answer?.paths ?? [];
  const steps = answer ? pathSteps(answer, search.selected) : [];
  const alike = answer ? pathsThroughSameNodes(answer) : new Set<number>();
  const shortest = paths[0]?.length ?? 0;
  const certainty = answer ? pathCertainty(answer, search.selected) : 'stated';
  const throughDerived = answer ? pathThroughDerived(answer, search.selected) : false;
  const foreignTypes = isForeignDatabase(schema) && schema ? schema.relationshipTypes : null;
  const typeChoices = pathTypeChoices(options, foreignTypes);
  return (
    <section className="path-panel" data-testid="path-panel" aria-label={t('pathPanel')}>
      <div className="path-panel-head">
        <h3>
          {t('pathPanel')}: <bdi>{names(search.from)}</bdi> {ahead(lang)} <bdi>{names(search.to)}</bdi>
        </h3>
        <CloseButton label={t('pathClose')} testId="path-close" onClick={actions.clearPath} />
      </div>
      <fieldset className="path-options">
        {/* Derived talent flows are ours (made from our sourced stints): a foreign graph has none to offer. */}
        {ourNames && (
          <>
            <label className="path-derived" title={t('pathDerivedHint')}>
              <input
                type="checkbox"
                data-testid="path-derived"
                checked={options.derived}
                onChange={(e) => actions.paths.setDerived(e.target.checked)}
              />{' '}
              {t('pathDerived')}
            </label>
            <p className="hint">{t('pathDerivedHint')}</p>
          </>
        )}
        <details className="path-types">
          <summary>{t('pathTypes')}</summary>
          {typeChoices.choices.map((type) => (
            <label key={type} className="path-type">
              <input
                type="checkbox"
                data-testid={`path-type-${type}`}
                checked={typeChoices.ticked.includes(type)}
                onChange={() => actions.paths.toggleType(type, typeChoices.ticked)}
              />{' '}
              {relName(type, lang, ourNames)}
            </label>
          ))}
        </details>
      </fieldset>
      {/* The query the search ran, to read or run in the editor: once it has answered (none while nothing is searched). */}
      {search.status === 'ready' && answer && (
        <button
          type="button"
          className="link-button path-cypher"
          data-testid="path-show-cypher"
          title={t('pathShowCypher')}
          onClick={() => {
            const q = actions.pathQuery();
            if (q) actions.cypher.open(q);
          }}
        >
          {t('showCypher')}
        </button>
      )}
      {search.status === 'noTypes' && (
        <p className="path-none" data-testid="path-no-types" role="status">
          {t(pathNoTypesKey(options, foreignTypes))}
        </p>
      )}
      {search.status === 'loading' && <p className="hint">{t('pathSearching')}</p>}
      {search.status === 'error' && (
        <p className="error" role="alert">
          {search.error}
        </p>
      )}
      {search.status === 'ready' && answer && paths.length === 0 && (
        <p className="path-none" data-testid="path-none" role="status">
          {t('pathNone', { max: countOfTotal(lang, 'Steps', answer.maxLength) })}
        </p>
      )}
      {search.status === 'ready' && answer && paths.length > 0 && (
        <>
          <p className="path-summary" data-testid="path-summary" role="status">
            {paths.length > 1
              ? t('pathCount', { n: paths.length, steps: countOf(lang, 'Steps', shortest) })
              : t('pathFound', { n: countOf(lang, 'Steps', shortest) })}
            {/* A path is as certain as its weakest step: one resting on an implied fact says so here too. */}
            {shortest > 0 && ourNames && certainty !== 'stated' && (
              <>
                {' '}
                <span className={`badge badge-${certainty}`} data-testid="path-certainty">
                  {certaintyName(certainty, lang)}
                </span>
              </>
            )}
            {/* Through a derived talent flow: an edge no source states, whatever the flow's own certainty. */}
            {shortest > 0 && throughDerived && (
              <>
                {' '}
                <span
                  className="badge badge-derived"
                  data-testid="path-derived-badge"
                  title={t('pathStepDerived')}
                >
                  {t('pathDerivedBadge')}
                </span>
              </>
            )}
          </p>
          {hiddenSteps > 0 && (
            <p className="path-hidden-note" data-testid="path-hidden-note" role="note">
              {pathHiddenNote(lang, hiddenSteps)}
            </p>
          )}
          {paths.length > 1 && (
            <label className="path-choose">
              {t('pathChoose')}{' '}
              <select
                data-testid="path-choose"
                value={search.selected}
                onChange={(e) => actions.paths.select(Number(e.target.value))}
              >
                {paths.map((p, i) => {
                  const c = pathCertainty(answer, i);
                  const via = p.nodes.slice(1, -1).map(names).join(' · ');
                  // Two paths through the same nodes are told apart by their relationships, in walking order.
                  const rels = alike.has(i)
                    ? ` — ${pathSteps(answer, i)
                        .map((step) => relName(step.edge.type, lang, ourNames))
                        .join(' · ')}`
                    : '';
                  const derived = pathThroughDerived(answer, i);
                  const marks = [
                    ...(ourNames && c !== 'stated' ? [certaintyName(c, lang)] : []),
                    ...(derived ? [t('pathDerivedBadge')] : []),
                  ];
                  return (
                    <option
                      key={p.edges.join()}
                      value={i}
                      data-certainty={c}
                      data-derived={derived || undefined}
                    >
                      {t('pathOption', { i: i + 1, via: `${via}${rels}` })}
                      {marks.length > 0 ? ` (${marks.join(lang === 'ar' ? '، ' : ', ')})` : ''}
                    </option>
                  );
                })}
              </select>
            </label>
          )}
          {/* Listed but not drawn (a query replaced the scene, or a link said so): one click draws it again. */}
          {!highlighted && shortest > 0 && (
            <button
              type="button"
              className="tool-button path-draw"
              data-testid="path-draw"
              onClick={() => actions.paths.select(search.selected)}
            >
              {t('pathDraw')}
            </button>
          )}
          {shortest === 0 ? (
            <p className="hint">{t('pathSameNode')}</p>
          ) : (
            <ol className="path-steps" data-testid="path-steps">
              {steps.map((s) => (
                <Step key={s.edge.id} step={s} names={names} />
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
