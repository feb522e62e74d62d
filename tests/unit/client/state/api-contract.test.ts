// The client reads each answer by its endpoint's schema in model/: in development an answer that breaks the contract
// is an error naming the endpoint and the field (not a panel silently showing nothing); in a build it is trusted.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createApi, DEFAULT_VALIDATE_ANSWERS } from '../../../../client/api/api.js';
import { flowsAnswer, timelineAnswer, timelineItem } from '../answers.js';

function answering(body: unknown) {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), { status: 200 }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('reading answers by their schema', () => {
  it('checks answers in development (tests run as development)', () => {
    expect(DEFAULT_VALIDATE_ANSWERS).toBe(true);
  });

  it('refuses an answer in another shape, naming the endpoint and the field', async () => {
    // The shape the old client guessed at: events instead of items, `at` instead of `date`.
    answering({ events: [{ at: '2024', summary: 'x' }] });
    const err = await createApi()
      .timeline()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('CONTRACT');
    expect((err as ApiError).message).toMatch(/timeline answer .*items/);
  });

  it('refuses a flows answer that leaves out what the flow view reads (more, people)', async () => {
    answering({ flows: [{ id: 'flow:a->b' }], graph: { nodes: [], edges: [] } });
    await expect(createApi().flows()).rejects.toMatchObject({ code: 'CONTRACT' });
  });

  it('passes a well-formed answer through unchanged, Arabic titles included', async () => {
    const answer = timelineAnswer([timelineItem({ date: '2025-03', id: 'event:e', titleAr: 'حدث' })]);
    answering(answer);
    expect(await createApi().timeline()).toEqual(answer);
    answering(flowsAnswer());
    expect(await createApi().flows()).toEqual(flowsAnswer());
  });

  it('asks a flow’s details by its id and the listed people, an empty list as an empty `people=`', async () => {
    const urls: string[] = [];
    const answer = {
      flow: {
        id: 'flow:org:a->org:b',
        type: 'TALENT_FLOW',
        source: 'org:a',
        target: 'org:b',
        properties: {},
      },
      people: [],
      implied: {},
      graph: { nodes: [], edges: [] },
      sources: [],
    };
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify(answer), { status: 200 });
    });
    const api = createApi();
    expect(await api.flowDetails('flow:org:a->org:b')).toEqual(answer);
    await api.flowDetails('flow:org:a->org:b', ['person:x', 'person:y']);
    await api.flowDetails('flow:org:a->org:b', []);
    await api.flowDetails('flow:org:a->org:b', ['person:x'], true);
    await api.flowDetails('flow:org:a->org:b', [], true);
    await api.flowDetails('flow:org:a->org:b', undefined, true);
    expect(urls).toEqual([
      '/api/flows/flow%3Aorg%3Aa-%3Eorg%3Ab/details',
      '/api/flows/flow%3Aorg%3Aa-%3Eorg%3Ab/details?people=person%3Ax%2Cperson%3Ay',
      '/api/flows/flow%3Aorg%3Aa-%3Eorg%3Ab/details?people=',
      '/api/flows/flow%3Aorg%3Aa-%3Eorg%3Ab/details?people=person%3Ax&divisions=true',
      '/api/flows/flow%3Aorg%3Aa-%3Eorg%3Ab/details?people=&divisions=true',
      '/api/flows/flow%3Aorg%3Aa-%3Eorg%3Ab/details?divisions=true',
    ]);
    answering({ flow: answer.flow, graph: answer.graph });
    await expect(api.flowDetails('flow:org:a->org:b')).rejects.toMatchObject({ code: 'CONTRACT' });
  });

  it('trusts the answer as it is when checking is off (a production build)', async () => {
    answering({ events: [] });
    expect(await createApi('', { validate: false }).timeline()).toEqual({ events: [] });
  });
});
