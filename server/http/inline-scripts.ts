// The Content-Security-Policy sources of the page's own inline scripts: the built index.html starts the page's first
// request in an inline script (vite.config.ts), which a policy of script-src 'self' alone would block. Each inline
// script of the file served is allowed by its own hash, so no other inline script (an injected one) ever runs.
import crypto from 'node:crypto';

/** `<script …>body</script>` with no src attribute: an inline script and its exact text. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** The CSP source (`'sha256-…'`) of each inline, non-empty script of `html`, in document order, without repeats. */
export function inlineScriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[1]!;
    if (!body.trim()) continue;
    const source = `'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`;
    if (!sources.includes(source)) sources.push(source);
  }
  return sources;
}
