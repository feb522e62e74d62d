// WebGL programs for the canvas: one node shape per label (circle, square, diamond, triangle, ring) and straight,
// curved (parallel facts) and cheap line edges. Imports sigma: only the renderer loads this module.
import { createDrawCurvedEdgeLabel, createEdgeCurveProgram, DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import { createNodeBorderProgram } from '@sigma/node-border';
import { NodeSquareProgram } from '@sigma/node-square';
import type { Attributes } from 'graphology-types';
import {
  createEdgeCompoundProgram,
  DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
  drawStraightEdgeLabel,
  EdgeArrowHeadProgram,
  EdgeClampedProgram,
  EdgeLineProgram,
  NodeCircleProgram,
  type EdgeLabelDrawingFunction,
  type EdgeProgramType,
  type NodeHoverDrawingFunction,
  type NodeLabelDrawingFunction,
  type NodeProgramType,
} from 'sigma/rendering';
import {
  createLabelDrawers,
  withLabelDirection,
  withWholeRtlCurvedLabel,
  type LabelLook,
} from './label-drawing.js';

const PI = Math.PI;

export function createPrograms(look: LabelLook): {
  nodeProgramClasses: Record<string, NodeProgramType>;
  edgeProgramClasses: Record<string, EdgeProgramType>;
} {
  const { drawNodeLabel, drawNodeHover } = createLabelDrawers(look);
  const label = drawNodeLabel as unknown as NodeLabelDrawingFunction<Attributes, Attributes, Attributes>;
  const hover = drawNodeHover as unknown as NodeHoverDrawingFunction<Attributes, Attributes, Attributes>;

  class Circle extends NodeCircleProgram {
    override drawLabel = label;
    override drawHover = hover;
  }
  class Square extends NodeSquareProgram {
    override drawLabel = label as never;
    override drawHover = hover as never;
  }
  // The square program's geometry turned 45°: a diamond for events.
  class Diamond extends NodeSquareProgram {
    override drawLabel = label as never;
    override drawHover = hover as never;
    override getDefinition() {
      const def = super.getDefinition();
      return { ...def, CONSTANT_DATA: [[PI / 2], [PI], [0], [PI], [0], [-PI / 2]] };
    }
  }
  // Three corners and a degenerate second triangle: a triangle for products.
  class Triangle extends NodeSquareProgram {
    override drawLabel = label as never;
    override drawHover = hover as never;
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

  const straightLabel = withLabelDirection(
    drawStraightEdgeLabel as never,
  ) as unknown as EdgeLabelDrawingFunction;
  const curvedLabel = withWholeRtlCurvedLabel(
    withLabelDirection(
      createDrawCurvedEdgeLabel({
        curvatureAttribute: 'curvature',
        defaultCurvature: DEFAULT_EDGE_CURVATURE,
        arrowHead: null,
      }) as never,
    ) as never,
    { curvatureAttribute: 'curvature', defaultCurvature: DEFAULT_EDGE_CURVATURE },
  ) as unknown as EdgeLabelDrawingFunction;
  // sigma's arrow is a clamped line plus an arrow head; rebuilt here only to give it the direction-aware label.
  const Arrow = createEdgeCompoundProgram([EdgeClampedProgram, EdgeArrowHeadProgram], straightLabel);
  const Curved = createEdgeCurveProgram({
    arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
    curvatureAttribute: 'curvature',
    defaultCurvature: DEFAULT_EDGE_CURVATURE,
    drawLabel: curvedLabel,
  });

  return {
    nodeProgramClasses: {
      circle: Circle as unknown as NodeProgramType,
      square: Square as unknown as NodeProgramType,
      diamond: Diamond as unknown as NodeProgramType,
      triangle: Triangle as unknown as NodeProgramType,
      ring: Ring,
    },
    edgeProgramClasses: {
      arrow: Arrow,
      curved: Curved,
      line: EdgeLineProgram,
    },
  };
}
