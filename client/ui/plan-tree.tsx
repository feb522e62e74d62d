// An EXPLAIN or PROFILE plan drawn as a tree, as Neo4j Browser shows it: each operator with its details and
// estimated rows (PROFILE: actual rows, db hits, page cache), from the result down to the scans that feed it.
import type { JsonValue } from '../../model/graph.js';
import { countOf, formatNumber } from '../i18n/i18n.js';
import { useAppState, useT } from './app-context.js';

interface PlanNode {
  operatorType: string;
  arguments: Record<string, JsonValue>;
  identifiers: string[];
  children: PlanNode[];
  /** PROFILE only: what the operator actually did. */
  profile: { rows: number; dbHits: number; pageCacheHits: number; pageCacheMisses: number } | null;
}

const numberOr0 = (v: JsonValue | undefined) => (typeof v === 'number' ? v : 0);

function asPlan(v: JsonValue): PlanNode | null {
  if (!v || typeof v !== 'object' || Array.isArray(v) || typeof v.operatorType !== 'string') return null;
  const args =
    v.arguments && typeof v.arguments === 'object' && !Array.isArray(v.arguments) ? v.arguments : {};
  return {
    operatorType: v.operatorType,
    arguments: args as Record<string, JsonValue>,
    identifiers: Array.isArray(v.identifiers)
      ? v.identifiers.filter((x): x is string => typeof x === 'string')
      : [],
    children: Array.isArray(v.children)
      ? v.children.map(asPlan).filter((c): c is PlanNode => c !== null)
      : [],
    profile:
      typeof v.dbHits === 'number'
        ? {
            rows: numberOr0(v.rows),
            dbHits: v.dbHits,
            pageCacheHits: numberOr0(v.pageCacheHits),
            pageCacheMisses: numberOr0(v.pageCacheMisses),
          }
        : null,
  };
}

/** Sum of db hits over the whole tree (the figure Neo4j Browser shows for a profile). */
function totalDbHits(node: PlanNode): number {
  return (node.profile?.dbHits ?? 0) + node.children.reduce((s, c) => s + totalDbHits(c), 0);
}

/** Operator names carry the runtime ("NodeByLabelScan@neo4j"): the name is enough. */
const operatorName = (op: string) => op.replace(/@.*$/, '');

function Operator({ node }: { node: PlanNode }) {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const details = typeof node.arguments.Details === 'string' ? node.arguments.Details : null;
  const rows = typeof node.arguments.EstimatedRows === 'number' ? node.arguments.EstimatedRows : null;
  const p = node.profile;
  const all = Object.entries(node.arguments)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('\n');
  return (
    <li>
      <div className="plan-operator" title={all} data-testid="plan-operator">
        <strong className="mono">{operatorName(node.operatorType)}</strong>
        {details && (
          <span className="mono plan-details" dir="ltr">
            {details}
          </span>
        )}
        {p && (
          <span className="plan-profile" data-testid="plan-profile">
            <span data-testid="plan-db-hits">{countOf(lang, 'DbHits', p.dbHits)}</span>
            <span>{countOf(lang, 'Rows', p.rows)}</span>
            {p.pageCacheHits + p.pageCacheMisses > 0 && (
              <span>
                {t('planPageCache', {
                  hits: countOf(lang, 'CacheHits', p.pageCacheHits),
                  misses: countOf(lang, 'CacheMisses', p.pageCacheMisses),
                })}
              </span>
            )}
          </span>
        )}
        <span className="plan-meta">
          {rows !== null && t('planRows', { n: formatNumber(Math.round(rows), lang) })}
          {node.identifiers.length > 0 && (
            <span className="mono" dir="ltr">
              {' '}
              {node.identifiers.join(', ')}
            </span>
          )}
        </span>
      </div>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((c, i) => (
            <Operator key={i} node={c} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function PlanTree({ plan }: { plan: JsonValue }) {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const root = asPlan(plan);
  if (!root) return null;
  return (
    <div className="plan-tree" data-testid="plan-tree" dir="ltr">
      {root.profile && (
        <p className="hint" data-testid="plan-total" dir="auto">
          {t('planTotalDbHits', { n: countOf(lang, 'DbHits', totalDbHits(root)) })}
        </p>
      )}
      <ul>
        <Operator node={root} />
      </ul>
    </div>
  );
}
