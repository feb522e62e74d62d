// Node and edge programs whose shaders are compiled when a scene first draws one of their items, not when sigma is
// made. Sigma makes every program it is given at once, twice for nodes (the hover layer too): five node shapes and
// three edge kinds, where a first scene of people and organisations draws two shapes and one or two edge kinds. In
// software WebGL (SwiftShader) each program is compiled and linked synchronously, on the page's main thread and the
// GPU process's, before the first scene can be drawn. A deferred program is a sigma program like a compound one (it
// forwards to a real program it holds), whose real program is made on the first call that gives it items.
import type Sigma from 'sigma';
import type {
  EdgeLabelDrawingFunction,
  EdgeProgramType,
  NodeHoverDrawingFunction,
  NodeLabelDrawingFunction,
  NodeProgramType,
} from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';

type ProgramArgs = [gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: Sigma];

/** What sigma asks of every program besides its items: room for them, drawing, release. */
interface ProgramLike {
  reallocate(capacity: number): void;
  render(params: RenderParams): void;
  kill(): void;
}

/** Holds the constructor's arguments and makes the real program the first time it is given items. */
class DeferredProgram<P extends ProgramLike> {
  private real: P | null = null;
  constructor(
    private readonly make: (...args: ProgramArgs) => P,
    private readonly args: ProgramArgs,
  ) {}
  /** The real program, made now if it was not yet (an item given without a pass, in a partial refresh, makes it). */
  protected program(): P {
    return (this.real ??= this.make(...this.args));
  }
  /** Sigma sizes every program before each pass, most of them to 0: only a first non-zero size makes the program. */
  reallocate(capacity: number): void {
    if (capacity > 0 || this.real) this.program().reallocate(capacity);
  }
  /** Nothing was given to a program not yet made, so there is nothing to draw. */
  render(params: RenderParams): void {
    this.real?.render(params);
  }
  kill(): void {
    this.real?.kill();
    this.real = null;
  }
}

/**
 * `Real`, made when a scene first draws a node of its type. Sigma reads a program's label and hover drawers before
 * it has drawn anything, so they are given here: the ones `Real` has.
 */
export function deferNodeProgram(
  Real: NodeProgramType,
  drawers: { drawLabel?: NodeLabelDrawingFunction; drawHover?: NodeHoverDrawingFunction },
): NodeProgramType {
  return class DeferredNodeProgram extends DeferredProgram<InstanceType<NodeProgramType>> {
    readonly drawLabel = drawers.drawLabel;
    readonly drawHover = drawers.drawHover;
    constructor(...args: ProgramArgs) {
      super((...a) => new Real(...a), args);
    }
    process(nodeIndex: number, offset: number, data: NodeDisplayData): void {
      this.program().process(nodeIndex, offset, data);
    }
  };
}

/** `Real`, made when a scene first draws an edge of its type; `drawLabel` is the one `Real` has. */
export function deferEdgeProgram(
  Real: EdgeProgramType,
  drawers: { drawLabel?: EdgeLabelDrawingFunction },
): EdgeProgramType {
  return class DeferredEdgeProgram extends DeferredProgram<InstanceType<EdgeProgramType>> {
    readonly drawLabel = drawers.drawLabel;
    constructor(...args: ProgramArgs) {
      super((...a) => new Real(...a), args);
    }
    process(
      edgeIndex: number,
      offset: number,
      sourceData: NodeDisplayData,
      targetData: NodeDisplayData,
      data: EdgeDisplayData,
    ): void {
      this.program().process(edgeIndex, offset, sourceData, targetData, data);
    }
  };
}
