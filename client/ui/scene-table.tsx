// The scene as tables (nodes, then relationships): an accessible alternative to the canvas with the same filters.
import { edgeCertainty } from '../../model/certainty.js';
import { isOurEdge } from '../state/details.js';
import { displayName } from '../graph/names.js';
import { shownLabel } from '../state/our-database.js';
import { certaintyName, labelName, relName } from '../graph/vocabulary.js';
import { DATE_KEYS, factDates, storedKeys } from '../graph/names.js';
import { visibleGraph } from '../state/view-data.js';
import { useActiveVisibility, useApp, useAppState, useOurNames, useT } from './app-context.js';
import { PropertyValue } from './property-value.js';

export const MAX_TABLE_ROWS = 2_000;

export function SceneTable() {
  const { actions } = useApp();
  const t = useT();
  // A stored flow's part under a time window: its window's dates and certainty, as the canvas draws it.
  const { scene, vis, flowParts } = useActiveVisibility();
  const data = visibleGraph(scene, vis, flowParts);
  const lang = useAppState((s) => s.lang);
  // A foreign graph's Person and WORKED_AT named as it names them, and none of its relationships one of our facts.
  const ourNames = useOurNames();
  const selectedId = useAppState((s) => s.selection?.id);
  const name = (id: string) => (scene.nodes[id] ? displayName(scene.nodes[id]!, lang) : id);
  return (
    <div className="scene-table" data-testid="scene-table">
      <table>
        <caption>{t('sceneTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('legend')}</th>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('tableId')}</th>
          </tr>
        </thead>
        <tbody>
          {data.nodes.slice(0, MAX_TABLE_ROWS).map((n) => (
            <tr key={n.id} aria-selected={selectedId === n.id}>
              <td>{labelName(shownLabel(n.labels, ourNames), lang, ourNames)}</td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  dir="auto"
                  onClick={() => actions.details.selectNode(n.id)}
                >
                  {displayName(n, lang)}
                </button>
              </td>
              <td className="mono">{n.id}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('flowFrom')}</th>
            <th scope="col">{t('relTypes')}</th>
            <th scope="col">{t('flowTo')}</th>
            <th scope="col">{t('datesColumn')}</th>
            <th scope="col">{t('certainty')}</th>
          </tr>
        </thead>
        <tbody>
          {data.edges.slice(0, MAX_TABLE_ROWS).map((e) => (
            <tr key={e.id}>
              <td dir="auto">{name(e.source)}</td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => actions.details.selectEdge(e.id)}
                >
                  {relName(e.type, lang, ourNames)}
                </button>
              </td>
              <td dir="auto">{name(e.target)}</td>
              <td>
                {/* A relationship not ours shows its own dates as its details do: each key and typed value as
                    stored (a since of 2019, an Integer, or a Duration), never our reading in our digits. */}
                {ourNames && isOurEdge(e)
                  ? factDates(e, lang)
                  : storedKeys(e, DATE_KEYS).map((k, i) => (
                      <span key={k}>
                        {i > 0 && ' · '}
                        {/* Its colon kept beside it in an Arabic row (it read ":since"). */}
                        <bdi>{k}:</bdi>{' '}
                        <PropertyValue name={k} value={e.properties[k]!} types={e.types} lang={lang} typed />
                      </span>
                    ))}
              </td>
              <td>
                {/* A relationship not ours shows its own certainty as stored ("high", 0.93): it is its data, not
                    one of ours, and no source of ours is missing from it. */}
                {ourNames && isOurEdge(e) ? (
                  certaintyName(edgeCertainty(e), lang)
                ) : e.properties.certainty === undefined || e.properties.certainty === null ? (
                  ''
                ) : (
                  <PropertyValue
                    name="certainty"
                    value={e.properties.certainty}
                    types={e.types}
                    lang={lang}
                    typed
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
