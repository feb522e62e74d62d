// Writes the configuration's documentation from the variables' declarations: the README's table (formatted by
// Prettier) and `.env.example`. `--check` writes nothing and fails when either differs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { renderConfigTable, renderEnvExample, withConfigTable } from '../server/config-docs.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** README.md and .env.example as the declarations make them. */
export async function generatedConfigDocs(root = ROOT): Promise<{ readme: string; envExample: string }> {
  const readmePath = path.join(root, 'README.md');
  const readme = withConfigTable(fs.readFileSync(readmePath, 'utf8'), renderConfigTable());
  const options = (await prettier.resolveConfig(readmePath)) ?? {};
  return {
    readme: await prettier.format(readme, { ...options, filepath: readmePath }),
    envExample: renderEnvExample(),
  };
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const { readme, envExample } = await generatedConfigDocs();
  const files: [string, string][] = [
    [path.join(ROOT, 'README.md'), readme],
    [path.join(ROOT, '.env.example'), envExample],
  ];
  let stale = 0;
  for (const [file, text] of files) {
    if (fs.readFileSync(file, 'utf8') === text) continue;
    stale++;
    if (check) console.error(`${path.basename(file)} differs from the configuration's declarations.`);
    else fs.writeFileSync(file, text);
  }
  if (check && stale > 0) {
    console.error('Run npm run docs:config to regenerate it.');
    process.exit(1);
  }
  if (!check) console.log(stale ? `Wrote ${stale} file(s).` : 'Up to date.');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
