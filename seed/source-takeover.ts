// When a facts file declares a Source that no facts file of its own declared before (a CSV import described it, or a
// script or a file citing it wrote it), the file's declared fields win, but what was there that the file does not
// declare stays: nothing a user loaded is lost. The fields so kept are recorded on the Source (`keptFields`), so every
// later seed of the file keeps them too; the seed warns of what the file replaced and what it kept.
import { withSearchProps, type Props } from './rows.js';

/** The Source property listing the fields kept from before its facts file first declared it. */
export const KEPT_FIELDS = 'keptFields';

/** Properties the seed derives or only the Source's own facts file writes: never kept from before. */
const DERIVED = new Set(['id', 'name', 'searchText', 'aliasesText', 'factIds', 'fullText', KEPT_FIELDS]);

export interface SourceTakeover {
  /** Fields the file declares with another value than the one there before. */
  replaced: { field: string; from: unknown; to: unknown }[];
  /** Fields the file does not declare, kept with their value from before. */
  kept: { field: string; value: unknown }[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The Source's properties from its own facts file (`fileProps`, rows.ts's sourceProps) with the fields kept from
 * `before` (its properties in the graph; undefined when it is new), and what to tell the user (undefined: nothing).
 * Deterministic, so seeding the same file again changes nothing and says nothing.
 */
export function withKeptSourceFields(
  fileProps: Props,
  before: Props | undefined,
): { props: Props; takeover?: SourceTakeover } {
  if (!before) return { props: fileProps };
  const first = before.factIds === undefined || before.factIds === null;
  const recorded = Array.isArray(before[KEPT_FIELDS]) ? (before[KEPT_FIELDS] as string[]) : [];
  const fields = (first ? Object.keys(before) : recorded).filter((k) => !DERIVED.has(k)).sort();
  const { searchText: _s, aliasesText: _a, ...props } = fileProps;
  const takeover: SourceTakeover = { replaced: [], kept: [] };
  for (const field of fields) {
    const value = before[field];
    if (value === undefined || value === null) continue;
    if (props[field] === undefined) {
      props[field] = value;
      takeover.kept.push({ field, value });
    } else if (!same(props[field], value)) takeover.replaced.push({ field, from: value, to: props[field] });
  }
  if (takeover.kept.length > 0) props[KEPT_FIELDS] = takeover.kept.map((k) => k.field);
  const tell = takeover.replaced.length > 0 || (first && takeover.kept.length > 0);
  return { props: withSearchProps(props), ...(tell ? { takeover } : {}) };
}

/** `x "a"`, `n 3`: a field and its value as a warning names them. */
const show = (field: string, v: unknown) =>
  `${field} ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`;

/** The warning of a facts file's seed that took over its Source from an import, a script or a citing file. */
export function sourceTakeoverWarning(id: string, t: SourceTakeover): string {
  const replaced = t.replaced.map((r) => `${show(r.field, r.from)} with ${JSON.stringify(r.to)}`);
  const kept = t.kept.map((k) => show(k.field, k.value));
  return [
    `${id}: the facts file declares a source that a CSV import, a script or a file citing it wrote before`,
    replaced.length > 0 ? `; its declared fields replaced ${replaced.join(', ')}` : '',
    kept.length > 0
      ? `; kept ${kept.join(', ')}, which the file does not declare (kept on every seed; declare ${kept.length === 1 ? 'it' : 'them'} in the file to change ${kept.length === 1 ? 'it' : 'them'})`
      : '',
  ].join('');
}
