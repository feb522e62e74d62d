// Parses a facts file against the schemas of facts-schema.ts and turns zod's issues into messages with paths
// (unknown fields get a "did you mean"); an invalid file still yields its valid parts for cross-file checks.
import { distance } from 'fastest-levenshtein';
import {
  FACTS_FILE_SCHEMA,
  FACT_SCHEMAS,
  NODE_SCHEMAS,
  SOURCE_BLOCK_SCHEMA,
  type FactInput,
  type FactsFile,
  type FactsIssue,
  type NodeInput,
  type PathSegment,
  type SourceInput,
} from './facts-schema.js';
import { describeValue } from './describe-value.js';
import type { FactRelType, NodeLabel } from './labels.js';

const got = (input: unknown) => `got ${describeValue(input)}`;

/** The fields a facts-file mapping at `path` accepts, for "unknown field" messages. */
export function allowedFields(path: PathSegment[], raw: unknown): string[] {
  const at = path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<PathSegment, unknown>)[k] : undefined),
    raw,
  ) as Record<string, unknown> | undefined;
  if (path.length === 0) return ['source', 'nodes', 'facts'];
  if (path.length === 1 && path[0] === 'source') return Object.keys(SOURCE_BLOCK_SCHEMA.shape);
  if (path.length === 2 && path[0] === 'nodes') {
    const s = NODE_SCHEMAS[at?.label as NodeLabel];
    return s ? Object.keys(s.shape) : [];
  }
  if (path.length === 2 && path[0] === 'facts') {
    const s = FACT_SCHEMAS[at?.type as FactRelType];
    return s ? Object.keys(s.shape) : [];
  }
  return [];
}

function unknownFieldMessage(key: string, allowed: string[]): string {
  const best = allowed
    .map((a) => [a, distance(key.toLowerCase(), a.toLowerCase())] as const)
    .sort((x, y) => x[1] - y[1])[0];
  const hint =
    best && best[1] <= Math.max(2, Math.floor(key.length / 3)) ? ` — did you mean "${best[0]}"?` : '';
  return `unknown field${hint} (expected one of ${allowed.join(', ')})`;
}

/** Validates a parsed facts file; every problem is reported, each with its path. */
export type ParseResult =
  | { ok: true; file: FactsFile }
  /** `partial` holds the items that are valid on their own, so checks across files can still run on them. */
  | { ok: false; issues: FactsIssue[]; partial: PartialFactsFile };

/** The valid parts of an invalid file, plus the ids its invalid nodes declare (so facts citing them are not
 * also reported as dangling). */
export interface PartialFactsFile {
  source?: SourceInput;
  nodes: NodeInput[];
  facts: FactInput[];
  invalidNodeIds: string[];
  /** Each kept node's and fact's index in the file (paths in messages use these). */
  nodeIndexes?: number[];
  factIndexes?: number[];
}

export function parseFactsFile(raw: unknown): ParseResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      issues: [{ path: [], message: `expected a mapping with source, nodes and facts, ${got(raw)}` }],
      partial: { nodes: [], facts: [], invalidNodeIds: [] },
    };
  }
  const result = FACTS_FILE_SCHEMA.safeParse(raw, { reportInput: true });
  if (result.success) {
    const data = result.data as unknown as {
      source: SourceInput;
      nodes?: NodeInput[] | null;
      facts?: FactInput[] | null;
    };
    return {
      ok: true,
      file: {
        source: stripNulls(data.source),
        nodes: (data.nodes ?? []).map(stripNulls),
        facts: (data.facts ?? []).map(stripNulls),
      },
    };
  }
  const issues: FactsIssue[] = [];
  for (const iss of result.error.issues) {
    if (iss.code === 'unrecognized_keys') {
      const allowed = allowedFields(iss.path as PathSegment[], raw);
      for (const key of iss.keys)
        issues.push({
          path: [...(iss.path as PathSegment[]), key],
          message: unknownFieldMessage(key, allowed),
        });
    } else {
      issues.push({ path: iss.path as PathSegment[], message: iss.message });
    }
  }
  return { ok: false, issues, partial: validParts(raw as Record<string, unknown>, issues) };
}

function validParts(raw: Record<string, unknown>, issues: FactsIssue[]): PartialFactsFile {
  const bad = new Set(
    issues.map((i) => (i.path.length >= 2 ? `${i.path[0]}:${i.path[1]}` : String(i.path[0] ?? ''))),
  );
  const indexes = (key: 'nodes' | 'facts'): number[] =>
    bad.has(key) || !Array.isArray(raw[key])
      ? []
      : (raw[key] as unknown[]).map((_, i) => i).filter((i) => !bad.has(`${key}:${i}`));
  const items = <T extends object>(key: 'nodes' | 'facts'): T[] =>
    indexes(key).map((i) => stripNulls((raw[key] as T[])[i]!));
  const sourceOk =
    !bad.has('source') &&
    ![...bad].some((k) => k.startsWith('source:')) &&
    raw.source &&
    typeof raw.source === 'object';
  return {
    source: sourceOk ? stripNulls(raw.source as SourceInput) : undefined,
    nodes: items<NodeInput>('nodes'),
    facts: items<FactInput>('facts'),
    nodeIndexes: indexes('nodes'),
    factIndexes: indexes('facts'),
    invalidNodeIds: [
      ...(Array.isArray(raw.nodes)
        ? (raw.nodes as unknown[]).filter((_, i) => bad.has(`nodes:${i}`) || bad.has('nodes'))
        : []),
      ...(sourceOk ? [] : [raw.source]),
    ]
      .map((n) => (n && typeof n === 'object' ? (n as Record<string, unknown>).id : undefined))
      .filter((id): id is string => typeof id === 'string'),
  };
}

/** Optional fields written as `null` are absent. */
function stripNulls<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/** `facts[3].evidence` */
export function formatPath(path: PathSegment[]): string {
  return (
    path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '') ||
    '(document)'
  );
}
