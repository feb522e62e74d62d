// Keeps node labels from overlapping on the canvas: before each frame's labels are drawn, the ones clear of more
// important labels are chosen (label-collision.ts) and the node-label drawer draws only those. Large scenes keep
// sigma's own label grid: measuring thousands of labels a frame would cost more than it shows.
import type Sigma from 'sigma';
import { labelsWithoutOverlap, type LabelCandidate } from './label-collision.js';
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
  const labelCandidates = (): LabelCandidate[] => {
    const { width, height } = sigma.getDimensions();
    const threshold = sigma.getSetting('labelRenderedSizeThreshold');
    const out: LabelCandidate[] = [];
    graph.forEachNode((key) => {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden || !d.label) return;
      const size = sigma.scaleSize(d.size);
      const forced = Boolean(d.highlighted);
      const preferred = Boolean(d.forceLabel);
      if (!forced && !preferred && size < threshold) return;
      const p = sigma.framedGraphToViewport({ x: d.x, y: d.y });
      if (p.x < -200 || p.x > width + 200 || p.y < -50 || p.y > height + 50) return;
      out.push({ key, label: d.label, x: p.x, y: p.y, size, forced, preferred });
    });
    return out;
  };
  look.labels = {
    frame: 0,
    computedFor: -1,
    allowed: null,
    compute: () =>
      isLarge()
        ? null
        : labelsWithoutOverlap(
            labelCandidates(),
            textWidth,
            sigma.getSetting('labelSize'),
            sigma.getDimensions().width,
          ),
  };
  sigma.on('beforeRender', () => {
    if (look.labels) look.labels.frame++;
  });
  return { textWidth };
}
