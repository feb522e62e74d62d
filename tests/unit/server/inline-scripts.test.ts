// The CSP sources of a page's inline scripts (server/http/inline-scripts.ts): each inline script's own sha256, and
// nothing for scripts loaded from a file. The hashes are checked against Node's crypto on the exact text.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptSources } from '../../../server/http/inline-scripts.js';

const sha = (text: string) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('inlineScriptSources', () => {
  it('hashes the exact text of each inline script, Arabic and spacing included', () => {
    const a = 'fetch("/api/views/story")';
    const b = '\n  console.log("اختبار");\n';
    const html = `<head><script>${a}</script><script type="module" src="/assets/x.js"></script></head><body><script type="text/javascript">${b}</script></body>`;
    expect(inlineScriptSources(html)).toEqual([sha(a), sha(b)]);
  });

  it('leaves out scripts with a src, empty scripts and repeats', () => {
    const html =
      '<script src="/a.js"></script><script crossorigin src=\'/b.js\'>ignored</script><script>  </script>' +
      '<script>x()</script><SCRIPT>x()</SCRIPT >';
    expect(inlineScriptSources(html)).toEqual([sha('x()')]);
  });

  it('finds none in a page without scripts', () => {
    expect(inlineScriptSources('<!doctype html><title>t</title>')).toEqual([]);
  });
});
