// Renders results as Markdown and splices them into BENCHMARKS.md between two markers, so the hand-written parts
// (method, findings) stay as they are and the tables always come from the last run of each mode.
import { SECTION_TITLES, countStatuses, type GoalResult } from './goals.js';
import { NORMAL_CPU_LOOP_MS } from './machine.js';
import type { Cell, ResultsFile, RunMode, RunResult, SectionResult, Table } from './results.js';
import { round } from './stats.js';

export const GENERATED_START =
  '<!-- bench:generated:start — written by `npm run bench`; edits here are overwritten -->';
export const GENERATED_END = '<!-- bench:generated:end -->';

const MODE_TITLES: Record<RunMode, string> = {
  full: 'Full run (`npm run bench`)',
  quick: 'Quick run (`npm run bench -- --quick`)',
  soak: 'Soak run (`npm run bench -- --soak`)',
};

/** A number for a table: thousands separated, at most 3 significant digits below 100. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const r = round(v);
  if (Math.abs(r) >= 1000) return Math.round(r).toLocaleString('en-US');
  return String(r);
}

export function formatCell(c: Cell): string {
  if (c === null) return '—';
  if (typeof c === 'number') return formatNumber(c);
  return c;
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A GitHub-flavoured Markdown table; numbers right-aligned by column when every cell of it is a number or empty. */
export function renderTable(headers: readonly string[], rows: readonly Cell[][]): string {
  const numeric = headers.map(
    (_, i) =>
      rows.length > 0 && rows.every((r) => r[i] === null || r[i] === undefined || typeof r[i] === 'number'),
  );
  const head = `| ${headers.map(escapeCell).join(' | ')} |`;
  const rule = `| ${headers.map((_, i) => (numeric[i] ? '---:' : '---')).join(' | ')} |`;
  const body = rows.map(
    (r) => `| ${headers.map((_, i) => escapeCell(formatCell(r[i] ?? null))).join(' | ')} |`,
  );
  return [head, rule, ...body].join('\n');
}

const STATUS_MARK: Record<GoalResult['status'], string> = {
  met: '**met**',
  missed: '**missed**',
  'not-measured': 'not measured',
};

export function goalTarget(g: GoalResult): string {
  return `${g.comparator === '<=' ? '≤' : '≥'} ${formatNumber(g.threshold)} ${g.unit}`;
}

export function renderGoals(goals: readonly GoalResult[]): string {
  return renderTable(
    ['Goal', 'Target', 'Measured', 'Result', 'Why'],
    goals.map((g) => [
      g.title,
      goalTarget(g),
      g.measured === null ? null : `${formatNumber(g.measured)} ${g.unit}`,
      STATUS_MARK[g.status],
      g.note || '',
    ]),
  );
}

function renderSectionTable(t: Table): string {
  return `${t.title ? `**${t.title}**\n\n` : ''}${renderTable(t.headers, t.rows)}`;
}

export function renderSection(s: SectionResult): string {
  const parts = [`#### ${SECTION_TITLES[s.id]}`];
  if (s.status !== 'done')
    parts.push(
      `_${s.status === 'skipped' ? 'Not measured yet' : 'Failed'}: ${s.reason ?? 'no reason given'}_`,
    );
  if (s.method.length) parts.push(s.method.map((m) => `- ${m}`).join('\n'));
  for (const t of s.tables) parts.push(renderSectionTable(t));
  if (s.notes.length) parts.push(s.notes.map((n) => `> ${n}`).join('\n>\n'));
  return parts.join('\n\n');
}

/** The calibration loop's times, when the run has them (see `cpuLoopMs` in bench/machine.ts). */
function cpuLoopText(loop: RunResult['machine']['cpuLoopMs']): string {
  if (!loop) return '';
  const end = loop.end === undefined ? '' : `, ${formatNumber(loop.end)} ms at the end`;
  return `; a fixed CPU loop took ${formatNumber(loop.start)} ms at the start${end} (~${formatNumber(NORMAL_CPU_LOOP_MS)} ms on a normal day)`;
}

function renderSetup(run: RunResult): string {
  const m = run.machine;
  const v = run.versions;
  const others = Object.entries(v)
    .filter(([k]) => !['node', 'neo4j', 'neo4jEdition', 'neo4jDriver'].includes(k))
    .map(([k, val]) => `${k} ${val ?? '?'}`);
  const lines = [
    `- Date: ${run.startedAt} (took ${formatNumber(run.durationS)} s)`,
    `- Machine: ${m.nproc} cores (${m.cpuModel}), ${formatNumber(m.memoryMb)} MB memory, ${m.os}; load average at start ${m.loadAverageAtStart.map((x) => x.toFixed(2)).join(' / ')}${cpuLoopText(m.cpuLoopMs)}`,
    `- Versions: Node ${v.node}, Neo4j ${v.neo4j ?? '?'} ${v.neo4jEdition ?? ''}, neo4j-driver ${v.neo4jDriver}${others.length ? `, ${others.join(', ')}` : ''}`,
  ];
  for (const [k, val] of Object.entries(run.setup))
    lines.push(`- ${k}: ${typeof val === 'string' ? val : JSON.stringify(val)}`);
  return lines.join('\n');
}

export function renderRun(run: RunResult): string {
  const c = countStatuses(run.goals);
  return [
    `### ${MODE_TITLES[run.mode]}`,
    renderSetup(run),
    `**Goals: ${c.met} met, ${c.missed} missed, ${c['not-measured']} not measured.**`,
    renderGoals(run.goals),
    ...run.sections.map(renderSection),
  ].join('\n\n');
}

export function renderGenerated(results: ResultsFile): string {
  const runs = (['full', 'quick', 'soak'] as const)
    .map((m) => results.runs[m])
    .filter((r): r is RunResult => Boolean(r));
  const body = runs.length ? runs.map(renderRun).join('\n\n---\n\n') : '_No run recorded yet._';
  return `${GENERATED_START}\n\n${body}\n\n${GENERATED_END}`;
}

/** Puts the generated block into the document, replacing the previous one or appending it when there is none. */
export function spliceGenerated(doc: string, generated: string): string {
  const start = doc.indexOf(GENERATED_START.slice(0, 25));
  const end = doc.indexOf(GENERATED_END);
  if (start >= 0 && end > start)
    return doc.slice(0, start) + generated + doc.slice(end + GENERATED_END.length);
  return `${doc.replace(/\s*$/, '')}\n\n${generated}\n`;
}
