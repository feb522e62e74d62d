// Report rendering: Markdown tables escape their cells and align numbers, the generated block replaces only
// itself inside BENCHMARKS.md, and arguments select the right mode.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../bench/args.js';
import { evaluateGoal, goalDef } from '../../../bench/goals.js';
import {
  GENERATED_END,
  GENERATED_START,
  formatNumber,
  renderGoals,
  renderTable,
  spliceGenerated,
} from '../../../bench/report.js';
import { typedPrefixes } from '../../../bench/workload.js';

describe('renderTable', () => {
  it('right-aligns numeric columns, escapes pipes and shows missing values as a dash', () => {
    const md = renderTable(
      ['Name', 'ms'],
      [
        ['a|b', 1.234],
        ['c', null],
      ],
    );
    expect(md.split('\n')).toEqual(['| Name | ms |', '| --- | ---: |', '| a\\|b | 1.23 |', '| c | — |']);
  });

  it('formats large numbers with thousands separators', () => {
    expect(formatNumber(123456.7)).toBe('123,457');
    expect(formatNumber(0.5)).toBe('0.5');
  });

  it('renders goals with target, measurement and result', () => {
    const md = renderGoals([evaluateGoal(goalDef('latency.search'), 41, 'slowest: "ab"')]);
    expect(md).toContain('| Search as you type: p95 | ≤ 30 ms | 41 ms | **missed** | slowest: "ab" |');
  });
});

describe('spliceGenerated', () => {
  const block = (body: string) => `${GENERATED_START}\n${body}\n${GENERATED_END}`;

  it('replaces the previous generated block and keeps the hand-written text around it', () => {
    const doc = `# Benchmarks\n\nIntro.\n\n${block('old')}\n\n## Findings\n\nKept.\n`;
    const out = spliceGenerated(doc, block('new'));
    expect(out).toContain('Intro.');
    expect(out).toContain('## Findings\n\nKept.');
    expect(out).toContain('new');
    expect(out).not.toContain('old');
  });

  it('appends the block when the document has none', () => {
    expect(spliceGenerated('# Benchmarks\n', block('x'))).toBe(`# Benchmarks\n\n${block('x')}\n`);
  });
});

describe('parseArgs', () => {
  it('defaults to the full run without the soak', () => {
    const a = parseArgs([]);
    expect(a.mode).toBe('full');
    expect(a.settings.people).toBe(100_000);
    expect(a.sections).not.toContain('soak');
  });

  it('selects the quick and soak modes and their sections', () => {
    expect(parseArgs(['--quick']).settings.people).toBe(20_000);
    expect(parseArgs(['--soak']).sections).toEqual(['soak']);
    expect(parseArgs(['--soak', '--soak-seconds=30']).settings.soakSeconds).toBe(30);
  });

  it('refuses unknown options, unknown sections and bad numbers with a message naming them', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/Unknown option '--fast'/);
    expect(() => parseArgs(['--only=seed,warp'])).toThrow(/--only expects sections/);
    expect(() => parseArgs(['--people=-3'])).toThrow(/--people expects a positive whole number/);
    expect(() => parseArgs(['--quick', '--soak'])).toThrow(/separate runs/);
  });
});

describe('typedPrefixes', () => {
  it('yields what a user types from two characters on, never ending on a space', () => {
    expect(typedPrefixes('Ana Li')).toEqual(['An', 'Ana', 'Ana L', 'Ana Li']);
  });
});
