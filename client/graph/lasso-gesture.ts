// The lasso gesture over sigma: shift+drag on the empty stage (or any drag there in select mode) draws a free-hand
// outline instead of panning, and selects the drawn nodes whose positions fall inside it (geometry in lasso.ts).
import type Sigma from 'sigma';
import { extendPath, idsInPolygon, isLassoLargeEnough, svgPathOf, type Point } from './lasso.js';
import type { SceneEdgeAttributes, SceneNodeAttributes } from './scene-graph.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface LassoOptions {
  /** Whether a drag starting on the stage with these keys held draws a lasso (rather than panning). */
  wantsLasso(modifiers: { shift: boolean; ctrl: boolean }): boolean;
  /** The user closed a lasso around these nodes; `additive` when Ctrl/Cmd was held (add to the selection). */
  onLasso(ids: string[], modifiers: { additive: boolean }): void;
}

export interface LassoGesture {
  /** True once right after a lasso ended: the click the browser sends with that mouseup is not a click on the stage. */
  consumeClick(): boolean;
  isDrawing(): boolean;
}

function modifiersOf(e: MouseEvent | TouchEvent): { shift: boolean; ctrl: boolean } {
  return { shift: Boolean(e.shiftKey), ctrl: Boolean(e.ctrlKey || e.metaKey) };
}

export function attachLasso(
  sigma: Sigma<SceneNodeAttributes, SceneEdgeAttributes>,
  container: HTMLElement,
  options: LassoOptions,
): LassoGesture {
  let path: Point[] | null = null;
  let additive = false;
  let swallowClick = false;
  let overlay: { svg: SVGSVGElement; outline: SVGPathElement } | null = null;

  // The outline is drawn in an SVG laid over sigma's canvases; it takes no pointer events.
  const draw = () => {
    if (!overlay) {
      const svg = document.createElementNS(SVG_NS, 'svg');
      svg.setAttribute('class', 'lasso-overlay');
      svg.setAttribute('data-testid', 'lasso');
      svg.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;pointer-events:none;z-index:5';
      const outline = document.createElementNS(SVG_NS, 'path');
      svg.appendChild(outline);
      container.appendChild(svg);
      overlay = { svg, outline };
    }
    overlay.outline.setAttribute('d', svgPathOf(path ?? []));
  };
  const clear = () => {
    overlay?.svg.remove();
    overlay = null;
  };

  // A press on the stage may start a lasso; sigma does not pick edges (pointer.ts), so a press on an edge is one on
  // the stage too (and nobody lassos from a node).
  const start = (e: { event: { x: number; y: number; original: MouseEvent | TouchEvent } }) => {
    const original = e.event.original;
    if ('button' in original && original.button !== 0) return;
    if ('touches' in original) return; // Touch keeps sigma's own pan and pinch.
    const mods = modifiersOf(original);
    if (!options.wantsLasso(mods)) return;
    path = [{ x: e.event.x, y: e.event.y }];
    additive = mods.ctrl;
  };
  sigma.on('downStage', start);

  const captor = sigma.getMouseCaptor();
  captor.on('mousedown', () => {
    swallowClick = false;
  });
  captor.on('mousemovebody', (e) => {
    if (!path) return;
    path = extendPath(path, { x: e.x, y: e.y });
    draw();
    // The drag draws the outline: the camera must not pan under it.
    e.preventSigmaDefault();
    e.original.preventDefault();
  });
  captor.on('mouseup', () => {
    if (!path) return;
    const drawn = path;
    path = null;
    clear();
    if (!isLassoLargeEnough(drawn)) return;
    swallowClick = true;
    const points = function* () {
      for (const id of sigma.getGraph().nodes()) {
        const d = sigma.getNodeDisplayData(id);
        if (!d || d.hidden) continue;
        yield { id, ...sigma.framedGraphToViewport({ x: d.x, y: d.y }) };
      }
    };
    options.onLasso(idsInPolygon(points(), drawn), { additive });
  });

  return {
    consumeClick() {
      const was = swallowClick;
      swallowClick = false;
      return was;
    },
    isDrawing: () => path !== null,
  };
}
