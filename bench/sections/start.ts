// Section 0: `npm start` as a user meets it. A cold start fills a throwaway data folder (embedded Neo4j, bundled
// sources); then each warm start is timed from the command to "ready", and the first page is opened in Chromium
// the moment "ready" is printed: it must draw the seeded story with no API request failing (the issue's "the first
// page after ready never fails").
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { BenchContext, SectionOutput } from '../context.js';
import { freePort } from '../../neo4j/ports.js';
import { serverNodeFlags } from '../../scripts/node-flags.mjs';
import { ROOT } from '../env.js';
import { evaluateGoal, goalDef } from '../goals.js';
import type { Cell } from '../results.js';
import { median, summarize } from '../stats.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from './client.js';

const READY_LINE = /Talent Graph is ready at (http:\/\/[^\s"]+)/;
/** Generous: a cold start builds the client and the server and loads the sources on a busy 2-core machine. */
const START_TIMEOUT_MS = 600_000;
const PAGE_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

interface Started {
  child: ChildProcess;
  url: string;
  readyMs: number;
  startedAt: number;
  output: () => string;
}

/** `npm start` (its Node flags, scripts/start.mjs server) on its own data folder and ports; resolves at its "ready" line. */
function startServer(dataDir: string, port: number, neo4jPort: number): Promise<Started> {
  const startedAt = Date.now();
  const child = spawn(process.execPath, [...serverNodeFlags(), 'scripts/start.mjs', 'server'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      JAVA_HOME: process.env.JAVA_HOME,
      NEO4J_DATA_DIR: dataDir,
      NEO4J_EMBEDDED_PORT: String(neo4jPort),
      PORT: String(port),
    } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const output = () => out;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`npm start printed no "ready" within ${START_TIMEOUT_MS / 1000} s:\n${out.slice(-2000)}`),
      );
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = READY_LINE.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, readyMs: Date.now() - startedAt, startedAt, output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code}) before "ready":\n${out.slice(-2000)}`));
    });
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

interface FirstPage {
  /** From the start command to the first frame drawing the story (ms), when it was drawn. */
  drawnMs: number | null;
  /** What went wrong, if anything: an API answer of 5xx, a failed request, an error on the page, no drawing. */
  failures: string[];
}

/** Opens the explorer right after "ready" and waits for the seeded story to be drawn, noting every failure. */
async function openFirstPage(browser: Browser, started: Started): Promise<FirstPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const failures: string[] = [];
  try {
    const page = await context.newPage();
    page.on('response', (r) => {
      if (r.url().includes('/api/') && r.status() >= 500)
        failures.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    page.on('requestfailed', (r) => {
      if (r.url().includes('/api/'))
        failures.push(`failed ${new URL(r.url()).pathname}: ${r.failure()?.errorText}`);
    });
    page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
    await page.goto(started.url, { timeout: PAGE_TIMEOUT_MS });
    try {
      await page.waitForFunction(
        () =>
          Number(document.querySelector('[data-testid="scene-stats"]')?.getAttribute('data-nodes') ?? 0) >
            0 && !document.querySelector('[role="alert"]'),
        undefined,
        { timeout: PAGE_TIMEOUT_MS, polling: 100 },
      );
    } catch {
      const alert = await page
        .locator('[role="alert"]')
        .first()
        .textContent()
        .catch(() => null);
      failures.push(alert ? `the page says: ${alert.trim()}` : 'the story was not drawn');
      return { drawnMs: null, failures };
    }
    return { drawnMs: Date.now() - started.startedAt, failures };
  } finally {
    await context.close();
  }
}

export async function benchStart(ctx: BenchContext): Promise<SectionOutput> {
  if (!fs.existsSync(CHROMIUM_PATH))
    return { method: [], tables: [], goals: [], data: {}, skipped: `no Chromium at ${CHROMIUM_PATH}` };
  const tries = ctx.settings.startTries;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-bench-start-'));
  const [port, neo4jPort] = [await freePort(), await freePort()];
  const rows: Cell[][] = [];
  const ready: number[] = [];
  const drawn: number[] = [];
  const failures: string[] = [];
  let browser: Browser | undefined;
  let cold: number | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    ctx.log('start: cold start (empty data folder: the bundled sources are loaded)…');
    const first = await startServer(dataDir, port, neo4jPort);
    cold = first.readyMs;
    await stopServer(first.child);
    for (let i = 0; i < tries; i++) {
      const s = await startServer(dataDir, port, neo4jPort);
      try {
        const page = await openFirstPage(browser, s);
        ready.push(s.readyMs);
        if (page.drawnMs !== null) drawn.push(page.drawnMs);
        failures.push(...page.failures.map((f) => `start ${i + 1}: ${f}`));
        rows.push([i + 1, s.readyMs, page.drawnMs, page.failures.length ? page.failures.join('; ') : 'none']);
        ctx.log(
          `start: warm start ${i + 1}/${tries}: ready ${s.readyMs} ms, first page drawn ${page.drawnMs ?? '—'} ms`,
        );
      } finally {
        await stopServer(s.child);
      }
    }
  } finally {
    await browser?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const r = summarize(ready);
  const failedStarts = new Set(failures.map((f) => f.split(':')[0])).size;
  return {
    method: [
      `\`npm start\` (scripts/start.mjs server) with an embedded Neo4j on a throwaway data folder and its own ports, while the bench's own Neo4j idles. One cold start loads the bundled sources (${cold === undefined ? '—' : `${(cold / 1000).toFixed(1)} s`} to "ready", not a goal); then ${tries} warm starts, each timed from the command to the "ready" line, stopped with Ctrl-C (SIGINT) after its page.`,
      'First page: Chromium opens the printed address the moment "ready" appears and waits for the seeded story to be drawn; a failure is any /api/ answer of 5xx, a failed /api/ request, a page error, an alert on the page or no story within 120 s.',
    ],
    tables: [
      {
        title: 'Warm starts',
        headers: ['Start', 'To "ready" (ms)', 'To the first page drawn (ms)', 'Failures'],
        rows,
      },
    ],
    notes: failures.length ? [`Failures: ${failures.slice(0, 5).join(' · ')}`] : [],
    goals: [
      evaluateGoal(
        goalDef('start.ready'),
        ready.length ? r.p50 : null,
        `median of ${ready.length} warm starts (min ${Math.round(r.min)}, max ${Math.round(r.max)}); first page drawn at ${drawn.length ? Math.round(median(drawn)) : '—'} ms median`,
      ),
      evaluateGoal(
        goalDef('start.first-page-failures'),
        ready.length ? failedStarts : null,
        `${failedStarts} of ${ready.length} first pages had a failure`,
      ),
    ],
    data: { coldMs: cold, ready, drawn, failures },
  };
}
