// PNG export: the canvas as drawn (through @sigma/export-image) with a title, the legend and a numbered list of
// the sources behind the visible facts, so an image shared on its own still says how we know.
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import { isRtlText } from './label-drawing.js';
import { BACKGROUND, LABEL_COLOR, type Theme } from './style.js';

export interface PngLegendItem {
  glyph: string;
  color: string;
  text: string;
}

export interface PngExportOptions {
  theme: Theme;
  title: string;
  legend: PngLegendItem[];
  /** Already numbered lines, e.g. "1. Rose al-Youssef, 2025-08-29 — title — url". */
  sources: string[];
  sourcesHeading: string;
  rtl: boolean;
}

const FONT = 'system-ui, "DejaVu Sans", "Noto Sans Arabic", sans-serif';
const MAX_SOURCE_LINES = 40;

export async function renderPng(sigma: Sigma<never, never>, opts: PngExportOptions): Promise<Blob> {
  const graphCanvas = await drawOnCanvas(sigma as unknown as Sigma, {
    backgroundColor: BACKGROUND[opts.theme],
    layers: ['edges', 'nodes', 'edgeLabels', 'labels'],
  });
  const pad = 20;
  const width = Math.max(graphCanvas.width, 900);
  const sources = opts.sources.slice(0, MAX_SOURCE_LINES);
  if (opts.sources.length > sources.length) sources.push(`… +${opts.sources.length - sources.length}`);
  const legendRows = Math.ceil(opts.legend.length / 4) || 1;
  const height = pad + 30 + graphCanvas.height + pad + legendRows * 22 + pad + 22 + sources.length * 18 + pad;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a 2D canvas.');
  ctx.fillStyle = BACKGROUND[opts.theme];
  ctx.fillRect(0, 0, width, height);
  const text = (
    raw: string,
    x: number,
    y: number,
    size: number,
    weight = 'normal',
    color = LABEL_COLOR[opts.theme],
  ) => {
    ctx.font = `${weight} ${size}px ${FONT}`;
    ctx.fillStyle = color;
    const s = fit(ctx, raw, width - x - pad);
    ctx.direction = isRtlText(s.trim()) ? 'rtl' : 'ltr';
    if (opts.rtl) {
      ctx.textAlign = 'right';
      ctx.fillText(s, width - x, y);
    } else {
      ctx.textAlign = 'left';
      ctx.fillText(s, x, y);
    }
  };
  let y = pad + 18;
  text(opts.title, pad, y, 18, 'bold');
  y += 12;
  ctx.drawImage(graphCanvas, Math.round((width - graphCanvas.width) / 2), y);
  y += graphCanvas.height + pad;
  const colWidth = (width - 2 * pad) / 4;
  opts.legend.forEach((item, i) => {
    const col = i % 4;
    const row = Math.floor(i / 4);
    const x = pad + col * colWidth;
    text(item.glyph, x, y + row * 22 + 4, 16, 'normal', item.color);
    text(item.text, x + 22, y + row * 22 + 4, 14);
  });
  y += legendRows * 22 + pad;
  text(opts.sourcesHeading, pad, y, 15, 'bold');
  y += 22;
  for (const line of sources) {
    text(line, pad, y, 13);
    y += 18;
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('The image could not be encoded as PNG.'))),
      'image/png',
    ),
  );
}

/** The text shortened with an ellipsis to fit `max` pixels in the current font. */
function fit(ctx: CanvasRenderingContext2D, s: string, max: number): string {
  if (ctx.measureText(s).width <= max) return s;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${s.slice(0, mid)}…`).width <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${s.slice(0, lo)}…`;
}
