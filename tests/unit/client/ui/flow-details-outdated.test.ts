// @vitest-environment jsdom
// A flow's details say when it was derived by other rules than this version's (model/flow-derivation.ts): a stored
// flow drawn in the network from a query's result carries its derivation (none here: written before versions were),
// not an answer's outdated. Rendered with React in jsdom over a fictional flow (Alpha Labs → Beta AI).
import { describe, expect, it } from 'vitest';
import { DERIVATION_VERSION } from '../../../../model/flow-derivation.js';
import type { DetailsState } from '../../../../client/state/app-state.js';
import { sceneFromGraph } from '../../../../client/state/scene.js';
import { t as translate } from '../../../../client/i18n/i18n.js';
import { edge, node } from '../fixtures.js';
import { renderEdgeDetails, useEdgeDetailsCleanup } from './render-edge-details.js';

useEdgeDetailsCleanup();

const FLOW = 'flow:org:alpha->org:beta';
const nodes = [
  node('org:alpha', 'Organization', { name: 'Alpha Labs' }),
  node('org:beta', 'Organization', { name: 'Beta AI' }),
];
const flow = (derivation?: number) =>
  edge(FLOW, 'TALENT_FLOW', 'org:alpha', 'org:beta', {
    count: 1,
    statedCount: 1,
    impliedCount: 0,
    ...(derivation === undefined ? {} : { derivation }),
  });

function renderFlow(derivation: number | undefined, lang: 'en' | 'ar' = 'en'): HTMLElement {
  const graph = { nodes, edges: [flow(derivation)] };
  const details: DetailsState = { id: FLOW, kind: 'edge', status: 'ready', graph };
  return renderEdgeDetails(details, { lang, mode: 'network', scene: sceneFromGraph(graph) });
}

describe('a flow derived by other rules, in its details', () => {
  it.each(['en', 'ar'] as const)('says so (%s) for a stored flow of no derivation', (lang) => {
    const host = renderFlow(undefined, lang);
    expect(host.querySelector('[data-testid="flow-outdated"]')?.textContent).toBe(
      translate(lang, 'flowOutdated'),
    );
  });

  it('says nothing of a flow of this version’s rules', () => {
    const host = renderFlow(DERIVATION_VERSION);
    expect(host.querySelector('[data-testid="flow-details"]')).not.toBeNull();
    expect(host.querySelector('[data-testid="flow-outdated"]')).toBeNull();
  });
});
