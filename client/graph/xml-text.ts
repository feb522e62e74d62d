// Text for XML files (GraphML, GEXF): what XML 1.0 can carry, and escaped for an attribute or an element.

/** The text without the characters XML 1.0 cannot carry at all (control characters, lone surrogates). */
export function xmlText(s: string): string {
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

export function xmlEscape(s: string): string {
  return xmlText(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
