// Canvas label drawing that is right for Arabic: each label gets the base direction of its first strong
// character (so Arabic names shape and order correctly) while staying anchored beside its node, and hover boxes
// follow the theme. No sigma import: these are plain canvas functions.
import type { Theme } from './style.js';
import { BACKGROUND, LABEL_COLOR } from './style.js';

export interface LabelLook {
  theme: Theme;
}

const RTL_FIRST_STRONG = /^[^A-Za-z\u00C0-\u024F\u0590-\u08FF]*[\u0590-\u08FF]/;

export function isRtlText(text: string): boolean {
  return RTL_FIRST_STRONG.test(text);
}

interface LabelData {
  x: number;
  y: number;
  size: number;
  label?: string | null;
  color?: string;
}
interface LabelSettings {
  labelSize: number;
  labelFont: string;
  labelWeight: string;
}

export function createLabelDrawers(look: LabelLook) {
  function drawNodeLabel(ctx: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void {
    if (!data.label) return;
    const size = settings.labelSize;
    ctx.save();
    ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    ctx.direction = isRtlText(data.label) ? 'rtl' : 'ltr';
    ctx.textAlign = 'left';
    // A halo keeps labels readable over edges in both themes.
    ctx.lineWidth = 3;
    ctx.strokeStyle = BACKGROUND[look.theme];
    ctx.lineJoin = 'round';
    ctx.strokeText(data.label, data.x + data.size + 3, data.y + size / 3);
    ctx.fillStyle = LABEL_COLOR[look.theme];
    ctx.fillText(data.label, data.x + data.size + 3, data.y + size / 3);
    ctx.restore();
  }

  function drawNodeHover(ctx: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void {
    const size = settings.labelSize;
    const PADDING = 3;
    ctx.save();
    ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    ctx.fillStyle = look.theme === 'dark' ? '#1f2630' : '#ffffff';
    ctx.shadowBlur = 8;
    ctx.shadowColor = look.theme === 'dark' ? '#000000' : '#6b7280';
    const radius = Math.max(data.size, size / 2) + PADDING;
    if (data.label) {
      ctx.direction = isRtlText(data.label) ? 'rtl' : 'ltr';
      const w = ctx.measureText(data.label).width + 8;
      const h = size + 2 * PADDING;
      ctx.beginPath();
      ctx.roundRect(
        data.x - radius,
        data.y - Math.max(radius, h / 2),
        radius * 2 + w,
        Math.max(radius, h / 2) * 2,
        4,
      );
      ctx.fill();
    } else {
      ctx.beginPath();
      ctx.arc(data.x, data.y, radius, 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.restore();
    drawNodeLabel(ctx, data, settings);
  }

  return { drawNodeLabel, drawNodeHover };
}

/** Wraps an edge-label drawer so Arabic labels get a right-to-left base direction without moving. */
export function withLabelDirection<A extends unknown[]>(
  draw: (ctx: CanvasRenderingContext2D, edge: { label?: string | null }, ...rest: A) => void,
) {
  return (ctx: CanvasRenderingContext2D, edge: { label?: string | null }, ...rest: A): void => {
    ctx.save();
    ctx.direction = edge.label && isRtlText(edge.label) ? 'rtl' : 'ltr';
    ctx.textAlign = 'left';
    draw(ctx, edge, ...rest);
    ctx.restore();
  };
}
