// The view in the URL round-trips, and malformed links open something sensible instead of failing.
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, MAX_URL_NODES } from '../../../../client/state/url.js';

describe('URL view encoding', () => {
  it('round-trips a query view with parameters, mode, language, theme, time window and selection', () => {
    const view = {
      mode: 'flows' as const,
      lang: 'ar' as const,
      theme: 'dark' as const,
      query: "MATCH (n {id: $id}) RETURN n // ماسك & 'quotes'",
      params: { id: 'person:elon-musk', n: 3 },
      time: { from: '2024', to: '2025-08' },
      selected: 'person:elon-musk',
    };
    expect(decodeView(encodeView(view))).toEqual(view);
  });

  it('round-trips a node set and an as-of date, and leaves defaults out of the URL', () => {
    const s = encodeView({
      mode: 'network',
      lang: 'en',
      nodes: ['org:meta', 'flow:org:meta->org:xai'],
      time: { from: null, to: '2025-01' },
    });
    expect(s).not.toContain('mode=');
    expect(s).not.toContain('lang=');
    expect(decodeView(s)).toEqual({
      nodes: ['org:meta', 'flow:org:meta->org:xai'],
      time: { from: null, to: '2025-01' },
    });
  });

  it('caps long node lists', () => {
    const nodes = Array.from({ length: MAX_URL_NODES + 50 }, (_, i) => `person:p${i}`);
    expect(decodeView(encodeView({ mode: 'network', lang: 'en', nodes })).nodes).toHaveLength(MAX_URL_NODES);
  });

  it('ignores unknown modes, bad dates, broken params and ids that are not ids', () => {
    const v = decodeView(
      '?mode=evil&lang=fr&theme=neon&at=2025-13&q=RETURN%201&params=%7Bbroken&n=%3Cscript%3E&sel=javascript:alert(1)%20x',
    );
    expect(v).toEqual({ query: 'RETURN 1' });
  });

  it('orders a window given backwards', () => {
    expect(decodeView('?from=2025&to=2024').time).toEqual({ from: '2024', to: '2025' });
  });
});
