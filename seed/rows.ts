// Turns validated facts-file entries into the property maps the seed writes: nulls dropped, whole numbers sent
// as Neo4j Integers, derived search properties added.
import neo4j from 'neo4j-driver';
import type { FactInput, NodeInput, SourceInput } from '../model/facts-schema.js';
import { searchTextOf } from '../model/normalize.js';

export type Props = Record<string, unknown>;

/** JS numbers travel as floats; whole ones (amounts, counts) are stored as integers so they read back exactly. */
export function toNeo4jValue(v: unknown): unknown {
  if (typeof v === 'number' && Number.isInteger(v) && Number.isSafeInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(toNeo4jValue);
  return v;
}

export function cleanProps(o: Record<string, unknown>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined) out[k] = toNeo4jValue(v);
  return out;
}

/** Adds `aliasesText` and `searchText` (normalised names) for the full-text index. */
export function withSearchProps(props: Props): Props {
  const aliases = Array.isArray(props.aliases) ? (props.aliases as string[]) : [];
  const names = [
    props.name,
    props.nameAr,
    ...aliases,
    props.title,
    props.titleEn,
    props.publisher,
    props.publisherAr,
  ].filter((x): x is string => typeof x === 'string');
  const out: Props = { ...props, searchText: searchTextOf(names) };
  if (aliases.length > 0) out.aliasesText = aliases.join(' | ');
  return out;
}

export function nodeProps(n: NodeInput): Props {
  const { label: _label, ...rest } = n;
  const props: Props = { ...rest };
  if (props.name === undefined) {
    if (n.label === 'Event') props.name = n.summary ?? n.id;
    if (n.label === 'Source') props.name = n.title ?? n.publisher ?? n.id;
  }
  return withSearchProps(cleanProps(props));
}

/** A Source node's properties; `fullText` is its verbatim text, served by GET /api/sources/:id. */
export function sourceProps(s: SourceInput, factIds: string[], fullText?: string): Props {
  return withSearchProps(
    cleanProps({ ...s, name: (s.name as string | undefined) ?? s.title, factIds, fullText }),
  );
}

export function factProps(f: FactInput, defaultSource: string): Props {
  const { type: _type, from: _from, to: _to, ...rest } = f;
  const props: Props = { ...rest, sources: f.sources && f.sources.length > 0 ? f.sources : [defaultSource] };
  if (f.type === 'WORKED_AT' && f.end !== undefined) props.left = true;
  return cleanProps(props);
}
