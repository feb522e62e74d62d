// The project's root folder, found from a module's own URL: the nearest folder above it with the project's
// package.json. Works from the TypeScript sources and from the compiled bundles in dist/server alike (a fixed
// number of '..' would not). Lives here because server, seed and the launcher all depend on neo4j/ already.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'talent-graph';

export function findProjectRoot(moduleUrl: string): string {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        if ((JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME)
          return dir;
      } catch {
        // An unreadable package.json is not ours; keep looking above it.
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No ${PACKAGE_NAME} package.json above ${fileURLToPath(moduleUrl)}`);
    dir = parent;
  }
}
