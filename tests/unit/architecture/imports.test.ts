// The one direction of imports the house style sets (README, "Architecture"): each layer imports only from itself
// and the layers below it, so a change low down never needs a change high up, and nothing forms a cycle.
//   client/ui → client/state → client/graph, client/api, client/i18n → model;   server → model;   seed → model
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Each layer and the layers it may import from (itself always included). */
const ALLOWED: Record<string, string[]> = {
  model: [],
  neo4j: [],
  server: ['model', 'neo4j'],
  seed: ['model', 'neo4j'],
  'client/i18n': ['model'],
  'client/api': ['model'],
  'client/graph': ['client/i18n', 'model'],
  'client/state': ['client/graph', 'client/api', 'client/i18n', 'model'],
  'client/ui': ['client/state', 'client/graph', 'client/api', 'client/i18n', 'model'],
};
/** Entry points that compose layers side by side: `npm start` seeds an empty database with the seed's loader. */
const ENTRY_POINTS: Record<string, string[]> = { 'server/main.ts': ['seed'] };
const LAYERS = Object.keys(ALLOWED).sort((a, b) => b.length - a.length);

function layerOf(file: string): string | null {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  return LAYERS.find((l) => rel === l || rel.startsWith(`${l}/`)) ?? null;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'target' || e.name === 'node_modules' ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Relative import specifiers of a file (static, dynamic and re-exports). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g))
    out.push(m[1]!);
  return out;
}

describe('import direction', () => {
  const files = ['model', 'neo4j', 'server', 'seed', 'client'].flatMap((d) =>
    sourceFiles(path.join(ROOT, d)),
  );

  it('finds the source files of every layer', () => {
    for (const layer of LAYERS)
      expect(
        files.some((f) => layerOf(f) === layer),
        layer,
      ).toBe(true);
  });

  it('imports only from the same layer or the layers below it', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      if (!from) continue;
      for (const spec of importsOf(file)) {
        const to = layerOf(path.resolve(path.dirname(file), spec));
        if (!to || to === from || ALLOWED[from]!.includes(to)) continue;
        if (ENTRY_POINTS[path.relative(ROOT, file).split(path.sep).join('/')]?.includes(to)) continue;
        wrong.push(`${path.relative(ROOT, file)} (${from}) imports ${spec} (${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
