import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDataModelDoc } from '../../../seed/write-model-doc.js';
import { NODE_DOCS, REL_DOCS } from '../../../model/data-model.js';
import { NODE_LABELS, REL_TYPES } from '../../../model/labels.js';

describe('the documented data model', () => {
  it('documents every label and relationship type of the whitelists', () => {
    expect(NODE_DOCS.map((d) => d.label).sort()).toEqual([...NODE_LABELS].sort());
    expect(REL_DOCS.map((d) => d.type).sort()).toEqual([...REL_TYPES].sort());
    for (const d of [...NODE_DOCS, ...REL_DOCS])
      for (const p of d.properties) expect(p.description.length, `${p.name}`).toBeGreaterThan(10);
  });

  it('is what docs/data-model.md shows (run `npx tsx seed/write-model-doc.ts` after changing the model)', async () => {
    const doc = fs.readFileSync('docs/data-model.md', 'utf8');
    expect(await renderDataModelDoc(doc)).toBe(doc);
  });
});
