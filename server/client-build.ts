// Builds the web client when dist/client is missing or older than its sources, so `npm start` always serves a current UI.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const CLIENT_SOURCES = ['client', 'model', 'vite.config.ts', 'package-lock.json'];

function newestMtime(target: string): number {
  let st: fs.Stats;
  try {
    st = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

export function clientIsStale(root: string, outDir: string): boolean {
  const index = path.join(outDir, 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  return CLIENT_SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

/** Runs `vite build` (the project's own), streaming its output to the log. */
export function buildClient(root: string, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: string[] = [];
    const collect = (b: Buffer) => out.push(b.toString('utf8'));
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        log('The client is built.');
        resolve();
      } else {
        reject(new Error(`Building the client failed (vite exit ${code}):\n${out.join('').slice(-4000)}`));
      }
    });
  });
}
