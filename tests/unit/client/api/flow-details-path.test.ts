// The path of a flow's details request: each id of its lists whole, as the server splits them (model/name-list.ts).
import { describe, expect, it } from 'vitest';
import { flowDetailsPath } from '../../../../client/api/api.js';
import { splitList } from '../../../../model/api-params.js';

const listOf = (path: string, key: string) =>
  splitList(new URL(path, 'http://localhost').searchParams.get(key) ?? undefined);

describe('flowDetailsPath', () => {
  it('sends an id holding a comma whole, in people as in reports', () => {
    const path = flowDetailsPath('flow:a->b', ['person:smith, jr', 'person:lee'], true, ['event:x, y']);
    expect(listOf(path, 'people')).toEqual(['person:smith, jr', 'person:lee']);
    expect(listOf(path, 'reports')).toEqual(['event:x, y']);
    expect(new URL(path, 'http://localhost').searchParams.get('divisions')).toBe('true');
  });

  it('sends an empty list as one (no one, no report), and leaves out a list not given', () => {
    const path = flowDetailsPath('flow:a->b', [], false, []);
    expect(path).toBe('/api/flows/flow%3Aa-%3Eb/details?people=&reports=');
    expect(flowDetailsPath('flow:a->b')).toBe('/api/flows/flow%3Aa-%3Eb/details');
  });

  it('sends the view’s time window, either end alone, and none without one', () => {
    const params = (path: string) => new URL(path, 'http://localhost').searchParams;
    const both = params(
      flowDetailsPath('flow:a->b', ['person:p'], false, undefined, { since: '2022', until: '2023-06' }),
    );
    expect([both.get('since'), both.get('until')]).toEqual(['2022', '2023-06']);
    const until = params(flowDetailsPath('flow:a->b', undefined, false, undefined, { until: '2022' }));
    expect([until.has('since'), until.get('until')]).toEqual([false, '2022']);
    expect(flowDetailsPath('flow:a->b', undefined, false, undefined, {})).toBe(
      '/api/flows/flow%3Aa-%3Eb/details',
    );
  });
});
