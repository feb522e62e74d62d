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
  renderRun,
  renderTable,
  spliceGenerated,
} from '../../../bench/report.js';
import { cpuLoopMs } from '../../../bench/machine.js';
import type { RunResult } from '../../../bench/results.js';
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

describe('the machine line', () => {
  const run = (cpuLoop?: RunResult['machine']['cpuLoopMs']): RunResult => ({
    mode: 'full',
    startedAt: '2026-12-02T06:00:00.000Z',
    finishedAt: '2026-12-02T06:30:00.000Z',
    durationS: 1800,
    machine: {
      nproc: 2,
      memoryMb: 24_000,
      cpuModel: 'AMD EPYC',
      os: 'Linux',
      loadAverageAtStart: [0.5, 1, 2],
      ...(cpuLoop ? { cpuLoopMs: cpuLoop } : {}),
    },
    versions: { node: '20', neo4j: '5.26', neo4jEdition: 'community', neo4jDriver: '5.28' },
    setup: {},
    sections: [],
    goals: [],
  });
  const machineLine = (r: RunResult) =>
    renderRun(r)
      .split('\n')
      .find((l) => l.startsWith('- Machine:'));

  it('says how fast a core ran at the start and the end of the run', () => {
    expect(machineLine(run({ start: 1580, end: 1612 }))).toContain(
      'load average at start 0.50 / 1.00 / 2.00; a fixed CPU loop took 1,580 ms at the start, 1,612 ms at the end',
    );
  });

  it('leaves the loop out of runs recorded before it was measured', () => {
    expect(machineLine(run())).toMatch(/load average at start 0\.50 \/ 1\.00 \/ 2\.00$/);
  });

  it('times the calibration loop in whole milliseconds', () => {
    const ms = cpuLoopMs(1_000_000);
    expect(Number.isInteger(ms)).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(0);
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
