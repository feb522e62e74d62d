// The Node flags the server runs with: those `npm start` gives node before its script (package.json), which the
// Dockerfile's CMD repeats (a test keeps the two alike) and the benchmark gives its API process, so what it measures
// is the server as it runs.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './build.mjs';

/** The `--flags` of `node` in an npm script such as `node --max-semi-space-size=64 scripts/start.mjs server`. */
export function nodeFlagsOf(script) {
  const words = script.trim().split(/\s+/);
  if (words[0] !== 'node') return [];
  const flags = [];
  for (const word of words.slice(1)) {
    if (!word.startsWith('--')) break;
    flags.push(word);
  }
  return flags;
}

/** The flags of package.json's start script. */
export function serverNodeFlags(root = ROOT) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return nodeFlagsOf(pkg.scripts?.start ?? '');
}
