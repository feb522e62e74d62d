// Sigma whose canvases have the container's size before their contexts are created. Sigma makes each layer's canvas
// at the browser's default 300×150, creates its context, then sets the real width and then the real height: for a
// WebGL canvas each of those two changes reallocates its drawing buffer, a synchronous round trip to the GPU process.
// Sized first, the context is born at its size and sigma's own resize finds nothing to change.
import Sigma from 'sigma';
import type { Attributes } from 'graphology-types';

type CanvasOptions = Parameters<Sigma['createCanvas']>[1];

class SizedSigma<N extends Attributes, E extends Attributes> extends Sigma<N, E> {
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
}

/** `new Sigma(...)`, with each canvas sized before its context exists. */
export function createSizedSigma<N extends Attributes, E extends Attributes>(
  ...args: ConstructorParameters<typeof Sigma<N, E>>
): Sigma<N, E> {
  return new SizedSigma<N, E>(...args);
}
