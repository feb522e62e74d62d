// The production image's runtime stage, reproduced without Docker: the compiled server runs from a folder that holds
// only what the Dockerfile copies (package.json, dist/, seed/sources) and the production dependencies — no
// TypeScript source, no tsx, no Vite — and serves the API and the client.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../neo4j/embedded.js';
import {
  CLIENT_BUILD_MARK,
  CLIENT_DIR,
  ROOT,
  SERVER_DIR,
  buildIfStale,
  clientIsStale,
} from '../../../scripts/build.mjs';
import { testNeo4j } from '../../support/neo4j.js';
import { captureOutput, waitForLine } from '../../support/spawn.js';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The package an import specifier names ('@scope/name' or 'name'), or null for a relative one. */
function packageOf(spec: string): string | null {
  if (spec.startsWith('.') || spec.startsWith('/')) return null;
  const parts = spec.split('/');
  return spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

function importsOf(file: string): string[] {
  const code = fs.readFileSync(file, 'utf8');
  const specs = new Set<string>();
  for (const m of code.matchAll(
    /(?:^|\n)\s*import\s[^;]*?from\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ))
    specs.add((m[1] ?? m[2])!);
  return [...specs];
}

/** The production dependency tree, as npm resolves it: top-level folders of node_modules. */
function productionPackages(): string[] {
  const res = spawnSync('npm', ['ls', '--omit=dev', '--parseable', '--all'], { cwd: ROOT, encoding: 'utf8' });
  const top = new Set<string>();
  for (const line of res.stdout.split('\n')) {
    const rel = path.relative(path.join(ROOT, 'node_modules'), line.trim());
    if (!line.trim() || rel.startsWith('..')) continue;
    const parts = rel.split(path.sep);
    top.add(parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!);
  }
  return [...top];
}

let dir: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  await buildIfStale({ client: true, server: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-production-'));
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  fs.mkdirSync(path.join(dir, 'dist'));
  fs.cpSync(SERVER_DIR, path.join(dir, 'dist', 'server'), { recursive: true });
  fs.symlinkSync(CLIENT_DIR, path.join(dir, 'dist', 'client'));
  fs.mkdirSync(path.join(dir, 'seed'));
  fs.symlinkSync(path.join(ROOT, 'seed', 'sources'), path.join(dir, 'seed', 'sources'));
  for (const name of productionPackages()) {
    const target = path.join(dir, 'node_modules', name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules', name), target);
  }
}, 600_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the production build', () => {
  it('imports only runtime dependencies and Node built-ins', () => {
    const runtime = new Set(Object.keys(pkg.dependencies));
    const builtins = new Set(builtinModules);
    const entries = fs.readdirSync(SERVER_DIR).filter((f) => f.endsWith('.js'));
    expect(entries.sort()).toEqual(['main.js', 'seed-cli.js']);
    const foreign = entries
      .flatMap((f) => importsOf(path.join(SERVER_DIR, f)))
      .map(packageOf)
      .filter(
        (p): p is string => p !== null && !p.startsWith('node:') && !builtins.has(p) && !runtime.has(p),
      );
    expect(foreign).toEqual([]);
    expect(Object.keys(pkg.dependencies)).not.toContain('tsx');
    expect(Object.keys(pkg.dependencies)).not.toContain('vite');
  });

  it("builds the client's production bundle even when built under vitest (NODE_ENV=test)", () => {
    // React's development runtime (jsxDEV) and the answer checks were once built into dist/client by the tests, and
    // `npm start` served that bundle afterwards.
    expect(process.env.NODE_ENV).toBe('test');
    const assets = path.join(CLIENT_DIR, 'assets');
    const scripts = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const development = scripts.filter((f) =>
      fs.readFileSync(path.join(assets, f), 'utf8').includes('jsxDEV'),
    );
    expect(development).toEqual([]);
  });

  it('builds again a client bundle not marked as the production one (an older, perhaps development, build)', () => {
    expect(clientIsStale()).toBe(false);
    expect(JSON.parse(fs.readFileSync(CLIENT_BUILD_MARK, 'utf8'))).toEqual({ mode: 'production' });
    // Other marks than the real one: the processes project runs beside this file and may be asking the real one.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-build-mark-'));
    try {
      const mark = path.join(dir, 'client-build.json');
      expect(clientIsStale(mark)).toBe(true);
      fs.writeFileSync(mark, JSON.stringify({ mode: 'development' }));
      expect(clientIsStale(mark)).toBe(true);
      fs.copyFileSync(CLIENT_BUILD_MARK, mark);
      expect(clientIsStale(mark)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves the API and the client from the compiled output with production dependencies only', async () => {
    const db = testNeo4j();
    const port = await freePort();
    // --preserve-symlinks: packages resolve their own dependencies inside this folder, never from the project's
    // node_modules, so a missing production dependency fails here as it would in the image.
    child = spawn(process.execPath, ['--preserve-symlinks', path.join('dist', 'server', 'main.js')], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        NEO4J_URI: db.uri,
        NEO4J_USER: db.user,
        NEO4J_PASSWORD: db.password,
        NEO4J_DATABASE: db.database,
        SEED_ON_EMPTY: 'false',
        PORT: String(port),
        LOG_LEVEL: 'info',
      } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const { output } = captureOutput(child);
    await waitForLine(child, /Talent Graph is ready at http:\/\/localhost:\d+/, 120_000).catch(
      (err: Error) => {
        throw new Error(`${err.message}\n${output()}`);
      },
    );
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { status: string }).status).toBe('ok');
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="root"/);
    // No TypeScript source reached the folder it ran from.
    expect(fs.existsSync(path.join(dir, 'server'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'node_modules', 'tsx'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'node_modules', 'vite'))).toBe(false);
  });
});
