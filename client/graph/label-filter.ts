// Keeps node labels from overlapping on the canvas: before each frame's labels are drawn, the ones clear of more
// important labels are chosen, each on a side of its node clear of other nodes where one is (label-collision.ts), and
// the node-label drawer draws only those, there. Large scenes keep
// sigma's own label grid: measuring thousands of labels a frame would cost more than it shows.
import type Sigma from 'sigma';
import {
  labelsWithoutOverlap,
  type LabelCandidate,
  type LabelRect,
  type NodeDisc,
} from './label-collision.js';
import type { LabelLook } from './label-drawing.js';
import type { SceneEdgeAttributes, SceneGraph, SceneNodeAttributes } from './scene-graph.js';

export function attachLabelFilter(
  sigma: Sigma<SceneNodeAttributes, SceneEdgeAttributes>,
  graph: SceneGraph,
  look: LabelLook,
  isLarge: () => boolean,
): { textWidth(label: string): number } {
  const measure = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  const textWidth = (label: string) => {
    let w = widths.get(label);
    if (w === undefined && measure) {
      measure.font = `${sigma.getSetting('labelWeight')} ${sigma.getSetting('labelSize')}px ${sigma.getSetting('labelFont')}`;
      w = measure.measureText(label).width;
      widths.set(label, w);
    }
    return w ?? label.length * 7;
  };
  /** The labels that may be drawn, and every node drawn near the canvas (what a label should not run across). */
  const labelCandidates = (): { candidates: LabelCandidate[]; discs: NodeDisc[] } => {
    const { width, height } = sigma.getDimensions();
    const threshold = sigma.getSetting('labelRenderedSizeThreshold');
    const candidates: LabelCandidate[] = [];
    const discs: NodeDisc[] = [];
    graph.forEachNode((key) => {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport({ x: d.x, y: d.y });
      if (p.x < -200 || p.x > width + 200 || p.y < -50 || p.y > height + 50) return;
      const size = sigma.scaleSize(d.size);
      discs.push({ key, x: p.x, y: p.y, r: size });
      if (!d.label) return;
      const forced = Boolean(d.highlighted);
      const preferred = Boolean(d.forceLabel);
      if (!forced && !preferred && size < threshold) return;
      candidates.push({ key, label: d.label, x: p.x, y: p.y, size, forced, preferred });
    });
    return { candidates, discs };
  };
  look.labels = {
    frame: 0,
    computedFor: -1,
    allowed: null,
    compute: () => {
      const boxes: LabelRect[] = [];
      if (look.labels) look.labels.boxes = boxes;
      if (isLarge()) return null;
      const { candidates, discs } = labelCandidates();
      return labelsWithoutOverlap(
        candidates,
        textWidth,
        sigma.getSetting('labelSize'),
        sigma.getDimensions().width,
        discs,
        boxes,
      );
    },
  };
  sigma.on('beforeRender', () => {
    if (look.labels) look.labels.frame++;
  });
  return { textWidth };
}
