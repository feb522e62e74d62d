// WebGL programs for the canvas: one node shape per label (circle, square, diamond, triangle, ring) and straight,
// curved (parallel facts) and cheap line edges, each compiled when a scene first draws it (deferred-programs.ts).
// Imports sigma: only the renderer loads this module.
import { createDrawCurvedEdgeLabel, createEdgeCurveProgram, DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import { createNodeBorderProgram } from '@sigma/node-border';
import { NodeSquareProgram } from '@sigma/node-square';
import {
  createEdgeCompoundProgram,
  DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
  EdgeArrowHeadProgram,
  EdgeClampedProgram,
  EdgeLineProgram,
  NodeCircleProgram,
  type EdgeLabelDrawingFunction,
  type EdgeProgramType,
  type NodeProgramType,
} from 'sigma/rendering';
import { createLabelDrawers, type LabelLook } from './label-drawing.js';
import {
  createStraightEdgeLabel,
  withLabelDirection,
  withWholeRtlCurvedLabel,
} from './edge-label-drawing.js';
import { deferEdgeProgram, deferNodeProgram } from './deferred-programs.js';

const PI = Math.PI;

/** The edge types whose program draws an arrow head at the target (sigma's arrow, the curves), and its proportions. */
export const ARROW_HEAD_EDGE_TYPES: ReadonlySet<string> = new Set(['arrow', 'curved']);
export const ARROW_HEAD_OPTIONS = DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS;

export function createPrograms(look: LabelLook): {
  nodeProgramClasses: Record<string, NodeProgramType>;
  edgeProgramClasses: Record<string, EdgeProgramType>;
} {
  const { drawNodeLabel, drawNodeHover } = createLabelDrawers(look);
  // Plain canvas functions typed on the part of sigma's display data and settings they read, so they fit every
  // program's label slot (sigma's own and @sigma/node-square's generic ones) as they are.
  const label = drawNodeLabel;
  const hover = drawNodeHover;

  class Circle extends NodeCircleProgram {
    override drawLabel = label;
    override drawHover = hover;
  }
  class Square extends NodeSquareProgram {
    override drawLabel = label;
    override drawHover = hover;
  }
  // The square program's geometry turned 45°: a diamond for events.
  class Diamond extends NodeSquareProgram {
    override drawLabel = label;
    override drawHover = hover;
    override getDefinition() {
      const def = super.getDefinition();
      return { ...def, CONSTANT_DATA: [[PI / 2], [PI], [0], [PI], [0], [-PI / 2]] };
    }
  }
  // Three corners and a degenerate second triangle: a triangle for products.
  class Triangle extends NodeSquareProgram {
    override drawLabel = label;
    override drawHover = hover;
    override getDefinition() {
      const def = super.getDefinition();
      const a = PI / 2;
      return { ...def, CONSTANT_DATA: [[a], [a + (2 * PI) / 3], [a + (4 * PI) / 3], [a], [a], [a]] };
    }
  }
  const Ring = createNodeBorderProgram({
    borders: [
      { size: { value: 0.3 }, color: { attribute: 'color' } },
      { size: { fill: true }, color: { attribute: 'fillColor', defaultValue: '#ffffff' } },
    ],
    drawLabel: label,
    drawHover: hover,
  });

  const straightLabel: EdgeLabelDrawingFunction = createStraightEdgeLabel(look);
  const curvedLabel: EdgeLabelDrawingFunction = withWholeRtlCurvedLabel(
    withLabelDirection(
      createDrawCurvedEdgeLabel({
        curvatureAttribute: 'curvature',
        defaultCurvature: DEFAULT_EDGE_CURVATURE,
        arrowHead: null,
      }),
    ),
    { curvatureAttribute: 'curvature', defaultCurvature: DEFAULT_EDGE_CURVATURE },
    look,
  );
  // sigma's arrow is a clamped line plus an arrow head; rebuilt here only to give it the direction-aware label.
  const Arrow = createEdgeCompoundProgram([EdgeClampedProgram, EdgeArrowHeadProgram], straightLabel);
  const Curved = createEdgeCurveProgram({
    arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
    curvatureAttribute: 'curvature',
    defaultCurvature: DEFAULT_EDGE_CURVATURE,
    drawLabel: curvedLabel,
  });

  // Every node shape draws its label and hover with the same two functions, every edge kind its label as given.
  const node = (Real: NodeProgramType) => deferNodeProgram(Real, { drawLabel: label, drawHover: hover });
  return {
    nodeProgramClasses: {
      circle: node(Circle),
      square: node(Square),
      diamond: node(Diamond),
      triangle: node(Triangle),
      ring: node(Ring),
    },
    edgeProgramClasses: {
      arrow: deferEdgeProgram(Arrow, { drawLabel: straightLabel }),
      curved: deferEdgeProgram(Curved, { drawLabel: curvedLabel }),
      // sigma's line has no label drawer of its own: sigma's default one draws its labels.
      line: deferEdgeProgram(EdgeLineProgram, {}),
    },
  };
}
