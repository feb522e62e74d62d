// The appearance rule applied to the scene graph: keeps node sizes and colour steps in step with the scene, the
// visible nodes and edges and the rule (metrics.ts measures, metrics-runner.ts decides page or worker), and reports
// the legend. The renderer reads sizes and colour steps into its reducers; nothing here touches sigma.
import {
  appearanceLegend,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  scaleSizes,
  sceneStructure,
  type AppearanceLegend,
  type AppearanceResult,
  type ColorBy,
  type PaletteName,
  type SizeBy,
} from './metrics.js';
import { createMetricsRunner } from './metrics-runner.js';
import type { SceneGraph } from './scene-graph.js';

export interface AppearanceInput {
  /** Bumped by the renderer whenever the scene graph changes. */
  version: number;
  visible: ReadonlySet<string> | null;
  /** The visible edges (null: all): a hidden fact between two visible nodes is not measured. */
  visibleEdges: ReadonlySet<string> | null;
  sizeBy: SizeBy;
  colorBy: ColorBy;
}

export interface SceneAppearance {
  /** Recomputes when the scene, the visible nodes or edges or the rule changed since the last call. */
  refresh(input: AppearanceInput): void;
  sizes(): ReadonlyMap<string, number>;
  /** Each node's palette step under a metric or community colour rule; null: colour by kind. */
  colorSteps(): ReadonlyMap<string, number> | null;
  /** The palette colorSteps index. */
  colorPalette(): PaletteName;
  kill(): void;
}

export function createSceneAppearance(
  graph: SceneGraph,
  options: {
    /** A worker's result arrived: draw again. */
    onUpdate(): void;
    /** What is drawn now for the rule (called after the current call stack, as it updates app state). */
    onReport?(legend: AppearanceLegend): void;
  },
): SceneAppearance {
  let sizes = new Map<string, number>();
  let colorSteps: Map<string, number> | null = null;
  let colorPalette: PaletteName = 'range';
  let current: AppearanceInput | null = null;

  const report = (legend: AppearanceLegend) => queueMicrotask(() => options.onReport?.(legend));
  const apply = (result: AppearanceResult, input: AppearanceInput) => {
    // Crowded scenes get smaller nodes so structure stays visible.
    const [min, max] =
      graph.order > 2_000 ? [1.5, 7] : graph.order > 500 ? [3, 12] : [MIN_NODE_SIZE, MAX_NODE_SIZE];
    if (result.sizeValues) sizes = scaleSizes(result.sizeValues, min, max);
    else {
      const fixed = min + 0.3 * (max - min);
      sizes = new Map();
      graph.forEachNode((id) => sizes.set(id, fixed));
    }
    const ranges = result.ranges;
    colorSteps = ranges
      ? new Map(Object.entries(ranges.binOf).map(([id, bin]) => [id, ranges.bins[bin]!.color]))
      : null;
    colorPalette = ranges?.palette ?? 'range';
    report(appearanceLegend({ size: input.sizeBy, color: input.colorBy }, result));
  };
  const runner = createMetricsRunner({
    onResult: (result) => {
      if (!current) return;
      apply(result, current);
      options.onUpdate();
    },
    onError: (message) => console.warn(`Scene metrics failed: ${message}`),
  });

  return {
    refresh(input) {
      const prev = current;
      if (
        prev &&
        prev.version === input.version &&
        prev.sizeBy === input.sizeBy &&
        prev.colorBy === input.colorBy &&
        sameSet(prev.visible, input.visible) &&
        sameSet(prev.visibleEdges, input.visibleEdges)
      )
        return;
      current = input;
      const rule = { size: input.sizeBy, color: input.colorBy };
      const result = runner.request(sceneStructure(graph, input.visible, input.visibleEdges), rule);
      // A large scene's metrics come from the worker; until then the last sizes and colours stay.
      if (result) apply(result, input);
      else report(appearanceLegend(rule, null));
    },
    sizes: () => sizes,
    colorSteps: () => colorSteps,
    colorPalette: () => colorPalette,
    kill: () => runner.kill(),
  };
}

/** Whether two visible sets (of nodes or of edges) hold the same ids (null: everything visible). */
function sameSet(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
