// What of the path shown the view's filters hide. The search applies the certainties shown and the relationship types
// hidden itself (paths.ts PathView); the source filter, the labels and nodes hidden and the time window it cannot, so
// a path may run through a fact or a node they hide: the path panel says how many of its steps are not drawn. Pure.
import { countOfTotal, t } from '../i18n/i18n.js';
import type { Lang } from '../i18n/lang.js';
import type { AppState } from './app-state.js';
import { splitFlows } from './flows.js';
import { pathGraph } from './paths.js';
import { ourFactTypes } from './our-database.js';
import { addToScene, type Scene } from './scene.js';
import { activeFlowParts, activeVisibility } from './view-data.js';
import { computeVisibility } from './visibility.js';

/** The parts of the state the note is made of. */
export type PathHiddenInputs = Pick<
  AppState,
  'pathSearch' | 'scene' | 'filters' | 'time' | 'flowWindow' | 'mode' | 'flowData' | 'schema'
>;

/**
 * The steps (fact ids, in walking order) of the path the panel shows that the network view does not draw: a fact its
 * filters hide, or one with an end they hide (a label, a node hidden, an event outside the time window). The path is
 * taken as drawn over the scene, whether or not it is (a path only listed, or removed since): the note speaks of the
 * filters, not of what was drawn. A derived flow's step is drawn while one of its parts is. [] with no path shown.
 */
export function pathHiddenSteps(s: PathHiddenInputs): string[] {
  const search = s.pathSearch;
  const answer = search?.status === 'ready' ? search.answer : null;
  const path = answer?.paths[search!.selected];
  if (!answer || !path || path.length === 0) return [];
  // A derived flow as the scene draws it, in parts each of its own certainty (as the path is shown: path-actions.ts).
  const g = splitFlows(pathGraph(answer, search!.selected));
  // Only what the scene lacks is added: what the user hid there stays hidden.
  const absent = {
    nodes: g.nodes.filter((n) => !s.scene.nodes[n.id]),
    edges: g.edges.filter((e) => !s.scene.edges[e.id]),
  };
  const scene: Scene = absent.nodes.length || absent.edges.length ? addToScene(s.scene, absent) : s.scene;
  // The network's view, whichever mode is shown: the path is drawn there.
  const network = { ...s, mode: 'network' as const };
  const vis =
    scene === s.scene
      ? activeVisibility(network, scene)
      : computeVisibility(
          scene,
          s.filters,
          s.time.enabled ? s.time.window : null,
          s.time.enabled ? activeFlowParts(network) : undefined,
          { factTypes: ourFactTypes(s.schema) },
        );
  // A step's drawn edges: itself, or a derived flow's parts (flows.ts splitFlows: each names its flow).
  const drawn = new Map<string, string[]>();
  for (const e of Object.values(scene.edges)) {
    const step = typeof e.properties.flowId === 'string' ? e.properties.flowId : e.id;
    if (path.edges.includes(step)) drawn.set(step, [...(drawn.get(step) ?? []), e.id]);
  }
  return path.edges.filter((id) => !(drawn.get(id) ?? [id]).some((e) => vis.edges.has(e)));
}

/** The last count and what it was computed from (the panel asks on every change of the store). */
let last: { key: unknown[]; value: number } | null = null;

/**
 * How many steps of the path shown the view hides (pathHiddenSteps), a number a component can subscribe to; memoised
 * on its inputs.
 */
export function pathHiddenCount(s: PathHiddenInputs): number {
  const key = [s.pathSearch, s.scene, s.filters, s.time.enabled, s.time.window, s.flowWindow, s.schema];
  if (last && key.every((v, i) => v === last!.key[i])) return last.value;
  const value = pathHiddenSteps(s).length;
  last = { key, value };
  return value;
}

/**
 * The note for `n` steps hidden: one and two have sentences of their own (Arabic's verb agrees with the dual, تخفيهما);
 * more are counted with the noun in the form the number asks for — after Arabic's عبر in the genitive, as after
 * "of" (countOfTotal): ٣ وقائع but ١١ واقعة, ١٠٠ واقعة (a path of derived flows may be longer than ten steps).
 */
export function pathHiddenNote(lang: Lang, n: number): string {
  if (n === 1) return t(lang, 'pathHiddenFactsOne');
  if (n === 2) return t(lang, 'pathHiddenFactsTwo');
  return t(lang, 'pathHiddenFacts', { facts: countOfTotal(lang, 'Facts', n) });
}
