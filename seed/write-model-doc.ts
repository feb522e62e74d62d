// Regenerates the tables of docs/data-model.md from model/data-model.ts: `npx tsx seed/write-model-doc.ts`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { withGeneratedTables } from '../model/data-model-doc.js';

export const DATA_MODEL_DOC = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'docs',
  'data-model.md',
);

/** The document with freshly generated tables, formatted as `npm run format` would. */
export async function renderDataModelDoc(current: string): Promise<string> {
  const options = (await prettier.resolveConfig(DATA_MODEL_DOC)) ?? {};
  return prettier.format(withGeneratedTables(current), { ...options, filepath: DATA_MODEL_DOC });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.writeFileSync(DATA_MODEL_DOC, await renderDataModelDoc(fs.readFileSync(DATA_MODEL_DOC, 'utf8')));
  console.log(`Updated ${path.relative(process.cwd(), DATA_MODEL_DOC)}`);
}
