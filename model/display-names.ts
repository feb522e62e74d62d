// How any node is named on screen and found by search, ours or a foreign graph's: the first non-empty string among
// a documented list of properties, else the node's first string property (keys in alphabetical order, so the
// server's search and the client's canvas pick the same one), else nothing (the caller shows the id). A value its
// element's `types` say is no string (a date, bytes, a big integer written as text) is never a name: the server's
// search reads its nodes with their `types` (as the graph's elements carry them), and the client reads the same hints.
import { nonBlankText } from './properties.js';
import { isTypedText, propertyPointer, type PropertyTypes } from './value-types.js';

/**
 * Properties that name a node, most telling first. Our nodes use `name`, `nameAr`, `title`, `titleEn`; the rest are
 * the names foreign graphs commonly give their captions (Neo4j's examples use `name` and `title`).
 */
export const DISPLAY_NAME_PROPERTIES = [
  'name',
  'title',
  'titleEn',
  'nameAr',
  'displayName',
  'display name',
  'fullName',
  'label',
  'caption',
  'username',
  'handle',
  'login',
  'summary',
] as const;

/** Property values: anything JSON (the client) or driver values (the server); only strings can be names. */
type PropertyBag = Readonly<Record<string, unknown>>;

/** The property's value when it is a String with something besides white space (not text of another type). */
export function nameText(
  properties: PropertyBag,
  types: PropertyTypes | undefined,
  key: string,
): string | undefined {
  const text = nonBlankText(properties[key]);
  return text === undefined || isTypedText(properties, types, key) ? undefined : text;
}

/** The key of the node's first string property, in alphabetical key order (the fallback name). */
export function firstStringProperty(properties: PropertyBag, types?: PropertyTypes): string | undefined {
  return Object.keys(properties)
    .sort()
    .find((k) => nameText(properties, types, k) !== undefined);
}

/** The property that names the node: the first listed one it has, else its first string property. */
export function displayNameProperty(properties: PropertyBag, types?: PropertyTypes): string | undefined {
  return (
    DISPLAY_NAME_PROPERTIES.find((k) => nameText(properties, types, k) !== undefined) ??
    firstStringProperty(properties, types)
  );
}

/** The node's display name, or undefined when it has no string property at all. */
export function displayNameOf(properties: PropertyBag, types?: PropertyTypes): string | undefined {
  const key = displayNameProperty(properties, types);
  return key === undefined ? undefined : nonBlankText(properties[key]);
}

/** The properties searchableNames reads, in order (one list, not one spread per node searched). */
const SEARCHABLE_NAME_PROPERTIES: readonly string[] = [...DISPLAY_NAME_PROPERTIES, 'aliases'];

const NO_NAMES: readonly string[] = [];

/**
 * The names one property holds: its value when it is a String name (nameText), else each String item of a list
 * (an item its types say is no string is none). One rule for searchableNames and the search's own order of names.
 */
export function namesOf(
  properties: PropertyBag,
  types: PropertyTypes | undefined,
  key: string,
): readonly string[] {
  const text = nameText(properties, types, key);
  if (text !== undefined) return [text];
  const v = properties[key];
  // Most keys asked are missing: one shared empty list, not one made per key and node searched.
  if (!Array.isArray(v)) return NO_NAMES;
  const at = propertyPointer(key);
  return v.filter((x, i): x is string => nonBlankText(x) !== undefined && !types?.[`${at}/${i}`]);
}

/** Every name search may match: each listed property the node has (a list's strings too), else its first string. */
export function searchableNames(properties: PropertyBag, types?: PropertyTypes): string[] {
  const out: string[] = [];
  for (const k of SEARCHABLE_NAME_PROPERTIES) out.push(...namesOf(properties, types, k));
  if (out.length === 0) {
    const k = firstStringProperty(properties, types);
    if (k !== undefined) out.push(properties[k] as string);
  }
  return out;
}
