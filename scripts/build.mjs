// Builds what `npm start` runs, when it is missing or older than its sources: the web client (Vite) into dist/client
// and the server (esbuild: TypeScript bundled into one ESM file per entry, npm packages left external) into
// dist/server. Plain JavaScript, so that `npm start` needs no TypeScript loader at run time; the build tools are
// devDependencies, loaded only when something must be built (the production image ships built output only).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLIENT_DIR = path.join(ROOT, 'dist', 'client');
export const SERVER_DIR = path.join(ROOT, 'dist', 'server');

/** What the client bundle is made of (any file under these, relative to the root). */
export const CLIENT_SOURCES = ['client', 'model', 'vite.config.ts', 'package-lock.json'];
/** What the server bundles are made of: their TypeScript, the lock file and this build script. */
export const SERVER_SOURCES = ['server', 'model', 'seed', 'neo4j', 'package-lock.json', 'scripts/build.mjs'];
/** The compiled entry points: dist/server/<name>.js from each source. */
export const SERVER_ENTRIES = { main: 'server/main.ts', 'seed-cli': 'seed/cli.ts' };

const SKIPPED_DIRS = new Set(['node_modules', 'target', 'dist']);
const SERVER_FILE = /\.(ts|mjs|json)$/;

/** The newest modification time under `target` of the files `keep` accepts (0 when there is none). */
function newestMtime(target, keep = () => true) {
  let st;
  try {
    st = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return keep(target) ? st.mtimeMs : 0;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) {
    if (SKIPPED_DIRS.has(entry) || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry), keep));
  }
  return newest;
}

function stale(output, sources, keep) {
  if (!fs.existsSync(output)) return true;
  const built = fs.statSync(output).mtimeMs;
  return sources.some((s) => newestMtime(path.join(ROOT, s), keep) > built);
}

/**
 * What buildClient built, written beside dist/client after each build: a bundle without it (built before it existed,
 * possibly by the tests in React's development mode) is built again.
 */
export const CLIENT_BUILD_MARK = path.join(ROOT, 'dist', 'client-build.json');

function builtForProduction(mark) {
  try {
    return JSON.parse(fs.readFileSync(mark, 'utf8')).mode === 'production';
  } catch {
    return false;
  }
}

/**
 * True when dist/client is missing, older than any of its sources (absent sources, as in an image, are never newer),
 * or not known to be the production bundle (`mark`: the build's record, another file only in tests, which must not
 * touch the real one while other test processes may be deciding whether to build).
 */
export function clientIsStale(mark = CLIENT_BUILD_MARK) {
  return stale(path.join(CLIENT_DIR, 'index.html'), CLIENT_SOURCES) || !builtForProduction(mark);
}

/** True when a compiled server entry is missing or older than the server's TypeScript sources. */
export function serverIsStale() {
  return Object.keys(SERVER_ENTRIES).some((name) =>
    stale(path.join(SERVER_DIR, `${name}.js`), SERVER_SOURCES, (f) => SERVER_FILE.test(f)),
  );
}

/** Runs the project's own `vite build` (production mode), its output kept for the error message. */
export function buildClient() {
  return new Promise((resolve, reject) => {
    const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    if (!fs.existsSync(vite)) {
      reject(new Error('Building the client needs the devDependencies (vite): run `npm install` first.'));
      return;
    }
    // Unmarked while it builds: a build that fails half-way never leaves a production mark beside its output.
    fs.rmSync(CLIENT_BUILD_MARK, { force: true });
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      // Always the production bundle, whoever builds it: under vitest NODE_ENV is "test", and Vite then built React's
      // development runtime and the answer checks into dist/client, which `npm start` went on to serve.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const collect = (b) => out.push(b.toString('utf8'));
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`Building the client failed (vite exit ${code}):\n${out.join('').slice(-4000)}`));
        return;
      }
      fs.writeFileSync(CLIENT_BUILD_MARK, JSON.stringify({ mode: 'production' }) + '\n');
      resolve();
    });
  });
}

/**
 * Compiles TypeScript entries as the server is compiled for `npm start`: esbuild, one ESM file per entry (`name` →
 * outdir/name.js), npm packages left external. Type checking is `npm run typecheck`'s job, as in every esbuild build.
 */
export async function compileEntries(entryPoints, outdir) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('Compiling needs the devDependencies (esbuild): run `npm install` first.');
  }
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'silent',
  });
}

/** Compiles the server entries into dist/server. */
export async function buildServer() {
  // Written beside the output first and renamed, so a server starting meanwhile never imports half a file.
  const staging = `${SERVER_DIR}.building-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    await compileEntries(SERVER_ENTRIES, staging);
    fs.rmSync(SERVER_DIR, { recursive: true, force: true });
    fs.renameSync(staging, SERVER_DIR);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Builds whatever is stale; `log` is told what is being built. */
export async function buildIfStale({ client = true, server = true, log = () => {} } = {}) {
  if (client && clientIsStale()) {
    log('Building the client (missing or older than its sources)…');
    await buildClient();
    log('The client is built.');
  }
  if (server && serverIsStale()) {
    log('Compiling the server (missing or older than its sources)…');
    await buildServer();
    log('The server is compiled.');
  }
}

// `node scripts/build.mjs` (npm run build): builds both, stale or not.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildClient();
    await buildServer();
    process.stdout.write(
      `Built ${path.relative(ROOT, CLIENT_DIR)} and ${path.relative(ROOT, SERVER_DIR)}.\n`,
    );
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 1;
  }
}
