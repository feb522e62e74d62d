// The view controller against a stand-in for sigma 3's settings contract: every setSetting or setSettings call
// re-indexes each node and edge through the reducers at once (Sigma.refresh runs synchronously; only the render
// waits for a frame). A hover, a selection or a new view must cost one such pass, not one per setting.
import { describe, expect, it } from 'vitest';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { createSceneAppearance } from '../../../../client/graph/appearance.js';
import type { NodeDisplay } from '../../../../client/graph/reducers.js';
import type { SceneGraph } from '../../../../client/graph/scene-graph.js';
import { createViewController, type ViewInput } from '../../../../client/graph/view-controller.js';
import type { SceneEdgeAttributes, SceneNodeAttributes } from '../../../../client/graph/scene-graph.js';
import { chainScene } from './scene-fixtures.js';

type SceneSettings = Partial<Settings<SceneNodeAttributes, SceneEdgeAttributes>>;

/** Sigma's settings surface as sigma 3.0 implements it: each call is one full pass of the reducers. */
function settingsSigma(graph: SceneGraph) {
  const settings: SceneSettings = {};
  let passes = 0;
  let nodes = new Map<string, NodeDisplay>();
  const reindex = () => {
    passes += 1;
    nodes = new Map();
    graph.forEachNode((id, a) => nodes.set(id, settings.nodeReducer!(id, a) as NodeDisplay));
    graph.forEachEdge((id, a) => settings.edgeReducer!(id, a));
  };
  const sigma = {
    setSetting(key: keyof SceneSettings, value: unknown) {
      Object.assign(settings, { [key]: value });
      reindex();
    },
    setSettings(next: SceneSettings) {
      Object.assign(settings, next);
      reindex();
    },
    getSetting: (key: keyof SceneSettings) => settings[key],
  };
  return {
    sigma: sigma as unknown as Sigma<SceneNodeAttributes, SceneEdgeAttributes>,
    settings,
    passes: () => passes,
    display: (id: string) => nodes.get(id),
  };
}

function view(overrides: Partial<ViewInput> = {}): ViewInput {
  return {
    lang: 'en',
    theme: 'light',
    visibleNodes: null,
    visibleEdges: null,
    selected: null,
    large: false,
    sizeBy: 'fixed',
    colorBy: 'kind',
    highlight: null,
    ...overrides,
  };
}

function harness(graph: SceneGraph) {
  const fake = settingsSigma(graph);
  const appearance = createSceneAppearance(graph, { onUpdate: () => {} });
  const controller = createViewController(fake.sigma, graph, {
    appearance,
    look: { theme: 'light' },
    isLayoutBusy: () => false,
  });
  return { ...fake, controller };
}

describe('view controller', () => {
  it('re-indexes the scene once per new view, hover and zoom change, not once per setting', () => {
    const h = harness(chainScene(50));
    h.controller.setView(view());
    expect(h.passes()).toBe(1);
    h.controller.setHovered('p:10');
    expect(h.passes()).toBe(2);
    h.controller.setHovered(null);
    h.controller.setZoomedIn(true);
    expect(h.passes()).toBe(4);
  });

  it('still sets every setting that follows the scene size in that one pass', () => {
    const small = harness(chainScene(50));
    small.controller.setView(view());
    expect(small.settings).toMatchObject({
      renderEdgeLabels: true,
      labelRenderedSizeThreshold: 0,
      hideEdgesOnMove: false,
    });
    const large = harness(chainScene(200));
    large.controller.setView(view({ large: true }));
    expect(large.settings).toMatchObject({
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 14,
      hideEdgesOnMove: true,
    });
  });

  it('draws a hovered node’s neighbourhood in front and fades the rest, from that one pass', () => {
    const h = harness(chainScene(50));
    h.controller.setView(view());
    h.controller.setHovered('p:10');
    const front = [9, 10, 11].map((i) => h.display(`p:${i}`)!);
    const away = h.display('p:30')!;
    for (const d of front) expect(d.zIndex).toBeGreaterThan(away.zIndex ?? 0);
    expect(away.color).not.toBe(h.display('p:10')!.color);
  });

  it('sizes nodes by the facts drawn: hiding a fact between two drawn nodes shrinks the node it leaves', () => {
    const h = harness(chainScene(4));
    const nodes = new Set(['p:0', 'p:1', 'p:2', 'p:3']);
    h.controller.setView(
      view({ sizeBy: 'degree', visibleNodes: nodes, visibleEdges: new Set(['e:0', 'e:1', 'e:2']) }),
    );
    // A chain: the two middle nodes have degree 2, the largest.
    expect(h.display('p:2')!.size).toBe(h.display('p:1')!.size);
    // The same nodes drawn, the fact p:2–p:3 hidden (by a filter, the time window or the user): p:2 now has one fact.
    h.controller.setView(
      view({ sizeBy: 'degree', visibleNodes: new Set(nodes), visibleEdges: new Set(['e:0', 'e:1']) }),
    );
    expect(h.display('p:2')!.size).toBeLessThan(h.display('p:1')!.size);
    expect(h.display('p:3')!.size).toBeLessThan(h.display('p:0')!.size);
  });
});
