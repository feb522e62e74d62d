// One relationship of a node that is not ours (a foreign graph's): its type and direction, the node at the other end
// (a click opens it) and every property of the relationship. Our facts have FactItem, with certainty and evidence;
// a foreign relationship has neither, so none is shown or implied. All text is rendered as text; a value keeps
// its Cypher type (a Float 1.0, a date) as the result table shows it (property-value.tsx).
import type { GraphEdge, GraphNode, JsonValue } from '../../model/graph.js';
import { displayName } from '../graph/names.js';
import { labelStyle, primaryLabel } from '../graph/style.js';
import { relName } from '../graph/vocabulary.js';
import { isOurEdge } from '../state/details.js';
import { useApp, useAppState, useOurNames } from './app-context.js';
import { PropertyValue } from './property-value.js';

function valueText(v: JsonValue): string {
  if (Array.isArray(v))
    return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(' · ');
  if (v && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function RelationshipItem({
  edge,
  other,
  otherId,
  outgoing,
}: {
  edge: GraphEdge;
  other: GraphNode | null;
  otherId: string;
  outgoing: boolean;
}) {
  const { actions } = useApp();
  const lang = useAppState((s) => s.lang);
  const theme = useAppState((s) => s.theme);
  const ourNames = useOurNames();
  const style = labelStyle(other ? primaryLabel(other, ourNames) : undefined);
  return (
    <li className="fact relationship" data-testid="relationship" data-type={edge.type}>
      <div className="fact-head">
        {/* The arrow points from start to end as read: the node itself is where the line starts (left in English,
            right in Arabic). */}
        <span className="rel" dir="ltr">
          {(lang === 'ar') === outgoing
            ? `← ${relName(edge.type, lang, ourNames)}`
            : `${relName(edge.type, lang, ourNames)} →`}
        </span>{' '}
        <span className="glyph" style={{ color: style.color[theme] }} aria-hidden="true">
          {style.glyph}
        </span>{' '}
        <button
          type="button"
          className="link-button"
          dir="auto"
          onClick={() => actions.details.selectNode(otherId)}
        >
          {other ? displayName(other, lang) : otherId}
        </button>
      </div>
      <RelationshipProperties edge={edge} />
    </li>
  );
}

/**
 * Every property of a relationship, key and value as stored (the edge details of a foreign relationship too). A
 * relationship not ours shows each value with its Cypher type, as a foreign node's properties do: its String '42'
 * apart from its Integer 42.
 */
export function RelationshipProperties({ edge }: { edge: GraphEdge }) {
  const lang = useAppState((s) => s.lang);
  const props = Object.entries(edge.properties).filter(([, v]) => v !== null);
  if (props.length === 0) return null;
  return (
    <dl className="props rel-props" data-testid="relationship-properties">
      {props.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd dir="auto">
            <PropertyValue
              name={k}
              value={v}
              types={edge.types}
              lang={lang}
              plain={(_k, x) => valueText(x)}
              typed={!isOurEdge(edge)}
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}
