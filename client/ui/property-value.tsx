// One property's value in a details panel (a node's, a relationship's), typed as the result table types its cells:
// the element's `types` (model/value-types.ts) say what plain JSON cannot — a Float written 3 reads 3.0, a date,
// a point or bytes reads as one with its type beside it, -0.0 and a big integer exactly as the server wrote them.
// A value without a hint reads as before (vocabulary words and numbers in the interface language).
import type { JsonValue } from '../../model/graph.js';
import { propertyPointer, type PropertyTypes } from '../../model/value-types.js';
import { propertyValueText } from '../graph/vocabulary.js';
import type { Lang } from '../i18n/lang.js';
import { BADGED_TYPES, literalText, scalarText, typeAt } from '../state/cypher-values.js';
import { LiteralText } from './literal-text.js';

/** Whether the value at `pointer`, or one inside it (a list of dates), has a hint. */
function hinted(types: PropertyTypes | undefined, pointer: string): boolean {
  if (!types) return false;
  if (types[pointer] !== undefined) return true;
  const inside = `${pointer}/`;
  return Object.keys(types).some((k) => k.startsWith(inside));
}

/** The text of a property as the details panel shows it: typed where its element's types say, else as stored. */
export function PropertyValue({
  name,
  value,
  types,
  lang,
  plain = propertyValueText,
  typed = false,
}: {
  name: string;
  value: JsonValue;
  types: PropertyTypes | undefined;
  lang: Lang;
  /** How a value without a hint is written (a relationship's list lists its items apart). */
  plain?: (name: string, value: JsonValue, lang: Lang) => string;
  /**
   * Every value with its Cypher type, as the result table writes it (a foreign node's data: the string '42' apart
   * from the integer 42, ['1'] from [1], an empty string shown), never in the interface's words or digits.
   */
  typed?: boolean;
}) {
  const pointer = propertyPointer(name);
  if (!typed && !hinted(types, pointer)) return <>{plain(name, value, lang)}</>;
  const type = typeAt(value, pointer, types);
  if (type === 'String' && typeof value === 'string')
    return (
      <span className="typed-cell" data-type={type} dir="auto">
        {value === '' ? <span className="mono">""</span> : value}
      </span>
    );
  if (type === 'List' || type === 'Map')
    return (
      <span className="mono" dir="ltr" data-type={type}>
        <LiteralText text={literalText(value, pointer, types, true)} />
      </span>
    );
  // NaN, ±Infinity and -0.0 arrive as text, as do dates and big integers: the badge tells them from strings.
  const badge = BADGED_TYPES.has(type) || (type === 'Float' && typeof value === 'string');
  return (
    <span className="typed-cell" data-type={type}>
      <span className="mono" dir="ltr">
        {scalarText(value, type)}
      </span>
      {badge && (
        <>
          {' '}
          <span className="type-badge" dir="ltr">
            {type}
          </span>
        </>
      )}
    </span>
  );
}
