// The app's sigma: its canvases have the container's size before their contexts are created, and its refreshes can be
// held while a scene change goes in, so the change costs one re-index and one render instead of one of each per step.
//
// Sizes: sigma makes each layer's canvas at the browser's default 300×150, creates its context, then sets the real
// width and then the real height: for a WebGL canvas each of those two changes reallocates its drawing buffer, a
// synchronous round trip to the GPU process. Sized first, the context is born at its size and sigma's own resize
// finds nothing to change.
//
// Refreshes: sigma 3's refresh() re-indexes every node and edge through the reducers at once, even when it only
// schedules the render; setGraph() also renders at once, and setSettings() refreshes again. A first scene went
// through three full passes and two renders (the first on layers still hidden) before its first frame.
import Sigma from 'sigma';
import type { Attributes } from 'graphology-types';
import { createRefreshHold, type RefreshHold } from './refresh-hold.js';

type CanvasOptions = Parameters<Sigma['createCanvas']>[1];
type RefreshOptions = Parameters<Sigma['refresh']>[0];

export class SizedSigma<N extends Attributes, E extends Attributes> extends Sigma<N, E> {
  // Undefined while Sigma's own constructor runs (it refreshes before this field is set): nothing is held then.
  private readonly refreshHold: RefreshHold = createRefreshHold((opts) => super.refresh(opts));

  override createCanvas(id: string, options?: CanvasOptions): HTMLCanvasElement {
    const canvas = super.createCanvas(id, options);
    const container = this.getContainer();
    // An empty container (allowInvalidContainer) is left to sigma, which gives it a 1-pixel size itself.
    if (container.offsetWidth > 0 && container.offsetHeight > 0) {
      // The values sigma's resize() writes: container size × device pixel ratio (its getPixelRatio), with "px".
      const ratio = window.devicePixelRatio ?? 1;
      canvas.setAttribute('width', `${container.offsetWidth * ratio}px`);
      canvas.setAttribute('height', `${container.offsetHeight * ratio}px`);
    }
    return canvas;
  }

  override refresh(opts?: RefreshOptions): this {
    if (this.refreshHold?.take(opts)) return this;
    return super.refresh(opts);
  }

  /**
   * Runs `work` with every refresh held (setGraph's, setSettings', the graph events', the callers' own), then makes
   * one full refresh (refresh-hold.ts): it renders at once if one of them was to (as setGraph's is: a new scene is
   * drawn in the task that brings it), else at the next frame. A full refresh does all that any partial one would.
   * Nothing inside `work` may read sigma's display data: they are brought up to date at its end.
   */
  holdRefreshes<T>(work: () => T): T {
    return this.refreshHold.run(work);
  }
}

/** `new Sigma(...)`, with each canvas sized before its context exists, and refreshes that can be held. */
export function createSizedSigma<N extends Attributes, E extends Attributes>(
  ...args: ConstructorParameters<typeof Sigma<N, E>>
): SizedSigma<N, E> {
  return new SizedSigma<N, E>(...args);
}
