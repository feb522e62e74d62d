// The configuration is documented once, in the variables' declarations: the README's table and .env.example are
// generated from them, and this fails when either was edited by hand or a variable was added without its docs.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedConfigDocs } from '../../../scripts/config-docs.js';
import { ConfigError, readConfig } from '../../../server/config.js';
import { ALL_VARS, renderEnvExample } from '../../../server/config-docs.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

describe('the configuration’s documentation', () => {
  it('matches the declarations in README.md and .env.example (npm run docs:config regenerates them)', async () => {
    const { readme, envExample } = await generatedConfigDocs(ROOT);
    expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toBe(readme);
    expect(fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8')).toBe(envExample);
  });

  it('lists every variable once, each with a default, a meaning and an example line', () => {
    const names = ALL_VARS.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    const example = renderEnvExample();
    for (const v of ALL_VARS) {
      expect(v.doc.default, v.name).not.toBe('');
      expect(v.doc.meaning, v.name).not.toBe('');
      expect(example).toMatch(new RegExp(`^(# )?${v.name}=`, 'm'));
    }
  });

  it('documents what the readers accept: each example value reads without error', () => {
    for (const v of ALL_VARS) {
      if (!v.doc.example) continue;
      expect(() => readConfig({ [v.name]: v.doc.example }, '/srv/app'), v.name).not.toThrow();
    }
    // And a value outside a declared range is refused naming the variable.
    expect(() => readConfig({ NEO4J_HEAP_MB: '1' })).toThrow(ConfigError);
  });
});
