// Reading the scene as drawn: which nodes and edges sigma shows, where and how (for overlays, automation and tests).
// Read-only: nothing here changes the graph or the view.
import type Sigma from 'sigma';
import { labelRect } from './label-collision.js';
import type { LabelLook } from './label-drawing.js';
import type { SceneEdgeAttributes, SceneGraph, SceneNodeAttributes } from './scene-graph.js';

/** A node label as drawn: its text's box in pixels from the canvas's top-left corner. */
export interface LabelBox {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The side of its node it is drawn on. */
  side: 'left' | 'right';
  /** Cut with an ellipsis to the room beside its node (a canvas narrower than the name). */
  cut: boolean;
}

/** A node as drawn: its colour and size (for tests: the canvas matches its legend). */
export interface NodeStyle {
  color: string;
  size: number;
}

export interface SceneProbe {
  /** Node ids currently drawn (after filters). */
  visibleNodeIds(): string[];
  /** Edge ids currently drawn (after filters; both ends drawn). */
  visibleEdgeIds(): string[];
  /** Where a node is drawn, in pixels from the canvas's top-left corner (for tests and overlays). */
  nodeViewportPosition(id: string): { x: number; y: number } | null;
  /** A node's disc as drawn: its centre and radius in pixels from the canvas's corner (tests check overlap). */
  nodeViewportDisc(id: string): { x: number; y: number; r: number } | null;
  /** The boxes of the node labels drawn now, in pixels from the canvas's corner (tests check overlap and fit). */
  labelBoxes(): LabelBox[];
  /** The colour and size a node is drawn with, or null when it is not drawn. */
  nodeStyle(id: string): NodeStyle | null;
  /** The two ends of an edge (tests rebuild the drawn scene's structure from visibleEdgeIds and these). */
  edgeEnds(id: string): [string, string] | null;
  /** The colour and width an edge is drawn with (past or current, implied…), or null when it is not drawn. */
  edgeStyle(id: string): NodeStyle | null;
  /** The text an edge's label gets (drawn where sigma has room, or on hover), or null when it is not drawn. */
  edgeLabel(id: string): string | null;
}

export function createSceneProbe(
  sigma: Sigma<SceneNodeAttributes, SceneEdgeAttributes>,
  graph: SceneGraph,
  look: LabelLook,
  textWidth: (text: string) => number,
): SceneProbe {
  const drawn = (id: string) => {
    const d = graph.hasNode(id) ? sigma.getNodeDisplayData(id) : undefined;
    return d && !d.hidden ? d : null;
  };
  return {
    visibleNodeIds() {
      const ids: string[] = [];
      graph.forEachNode((id) => {
        const d = sigma.getNodeDisplayData(id);
        if (d && !d.hidden) ids.push(id);
      });
      return ids;
    },
    visibleEdgeIds() {
      const ids: string[] = [];
      graph.forEachEdge((id, _a, source, target) => {
        const d = sigma.getEdgeDisplayData(id);
        if (!d || d.hidden) return;
        if (sigma.getNodeDisplayData(source)?.hidden || sigma.getNodeDisplayData(target)?.hidden) return;
        ids.push(id);
      });
      return ids;
    },
    nodeViewportPosition(id) {
      const d = drawn(id);
      return d ? sigma.framedGraphToViewport({ x: d.x, y: d.y }) : null;
    },
    edgeEnds: (id) => (graph.hasEdge(id) ? [graph.source(id), graph.target(id)] : null),
    edgeStyle(id) {
      const d = graph.hasEdge(id) ? sigma.getEdgeDisplayData(id) : undefined;
      return d && !d.hidden ? { color: d.color, size: d.size } : null;
    },
    edgeLabel(id) {
      const d = graph.hasEdge(id) ? sigma.getEdgeDisplayData(id) : undefined;
      return d && !d.hidden ? (d.label ?? '') : null;
    },
    nodeStyle(id) {
      const d = drawn(id);
      return d ? { color: d.color, size: d.size } : null;
    },
    nodeViewportDisc(id) {
      const d = drawn(id);
      return d ? { ...sigma.framedGraphToViewport({ x: d.x, y: d.y }), r: sigma.scaleSize(d.size) } : null;
    },
    labelBoxes() {
      const size = sigma.getSetting('labelSize');
      const { width } = sigma.getDimensions();
      const allowed = look.labels?.allowed ?? null;
      const boxes: LabelBox[] = [];
      for (const id of sigma.getNodeDisplayedLabels()) {
        const d = sigma.getNodeDisplayData(id);
        if (!d || d.hidden || !d.label) continue;
        // Sigma lists every label it asked for; the collision pass may have left some undrawn.
        if (allowed && !allowed.has(id) && !d.highlighted) continue;
        const p = sigma.framedGraphToViewport({ x: d.x, y: d.y });
        const candidate = {
          key: id,
          label: d.label,
          x: p.x,
          y: p.y,
          size: sigma.scaleSize(d.size),
          forced: false,
        };
        const whole = textWidth(d.label);
        // On the side the frame's collision pass put it.
        const rect = labelRect(candidate, whole, size, width, allowed?.get(id));
        boxes.push({ id, label: d.label, ...rect, cut: rect.width < whole });
      }
      return boxes;
    },
  };
}
