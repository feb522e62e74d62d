// PNG export: the whole scene (or, by choice, the part on screen) drawn through @sigma/export-image at 1×–3×, with a
// title, the legend of what the image draws and a numbered list of the sources of exactly the facts it draws, so an
// image shared on its own still says how we know.
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import { isRtlText } from './label-drawing.js';
import { fitSourceLines, wrapSourceLine } from './source-lines.js';
import { BACKGROUND, LABEL_COLOR, type Theme } from './style.js';

export interface PngLegendItem {
  glyph: string;
  color: string;
  text: string;
}

export type PngArea = 'whole' | 'visible';
export const PNG_SCALES = [1, 2, 3] as const;
export type PngScale = (typeof PNG_SCALES)[number];

/** What an image draws: the nodes inside its frame and the facts with a drawn end (or crossing it). */
export interface PngDrawn {
  nodes: string[];
  edges: string[];
}

export interface PngExportOptions {
  theme: Theme;
  title: string;
  /** The view the image was taken from, in words (a time window, hidden certainties…), under the title; '' none. */
  subtitle?: string;
  sourcesHeading: string;
  rtl: boolean;
  /** The whole scene (default) or the part on screen. */
  area?: PngArea;
  scale?: PngScale;
  /** The legend and the already numbered source lines for what the image draws. */
  describe(drawn: PngDrawn): Promise<{ legend: PngLegendItem[]; sources: string[] }>;
}

export interface PngExportInfo extends PngDrawn {
  area: PngArea;
  scale: PngScale;
  /** The image's size in pixels, and the drawing's size before scaling. */
  width: number;
  height: number;
  graphWidth: number;
  graphHeight: number;
  /** The view under the title ('' none). */
  subtitle: string;
  /**
   * The numbered source lines (as fitSourceLines leaves them, each drawn wrapped to the width) and legend texts
   * written under the drawing.
   */
  sources: string[];
  legend: string[];
}

const FONT = 'system-ui, "DejaVu Sans", "Noto Sans Arabic", sans-serif';
/** The whole scene is drawn at least this wide (CSS pixels), whatever the size of the window. */
export const DEFAULT_WHOLE_SCENE_SIZE = { width: 1200 };
/** Room around the whole scene, grown by PADDING_STEP until the labels at its right edge fit (see wholeSceneFrame). */
const MIN_PADDING = 48;
const PADDING_STEP = 16;
const LABEL_MARGIN = 12;
/** The whole scene's height follows its shape, within these bounds (CSS pixels). */
const WHOLE_SCENE_HEIGHT_RANGE = [600, 1800] as const;

type AnySigma = Sigma;

/** Sigma draws at window.devicePixelRatio; the export's scale is that ratio while the image is drawn. */
async function atPixelRatio<T>(ratio: number, draw: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  try {
    return await draw();
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

/**
 * The frame of the whole scene: sigma fits the drawn nodes' extent into the image minus `padding` on each side, and
 * every label is drawn to the right of its node, so the padding (and, past a third of the width, the width) grows
 * until the right-most end of every label is inside the image.
 */
function wholeSceneFrame(
  sigma: AnySigma,
  minWidth: number,
): { width: number; height: number; padding: number } {
  const size = Number(sigma.getSetting('labelSize')) || 13;
  const measure = document.createElement('canvas').getContext('2d');
  if (measure)
    measure.font = `${String(sigma.getSetting('labelWeight'))} ${size}px ${String(sigma.getSetting('labelFont'))}`;
  const items: { x: number; y: number; reach: number }[] = [];
  sigma.getGraph().forEachNode((id, a: { x?: number; y?: number }) => {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden || typeof a.x !== 'number' || typeof a.y !== 'number') return;
    const text = d.label ? (measure?.measureText(d.label).width ?? d.label.length * size * 0.6) : 0;
    items.push({ x: a.x, y: a.y, reach: d.size + (text ? text + 3 + LABEL_MARGIN : 0) });
  });
  if (!items.length) return { width: minWidth, height: WHOLE_SCENE_HEIGHT_RANGE[0], padding: MIN_PADDING };
  const xs = items.map((i) => i.x);
  const ys = items.map((i) => i.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const dx = maxX - minX || 1;
  const dy = maxY - minY || 1;
  const [minH, maxH] = WHOLE_SCENE_HEIGHT_RANGE;
  const frame = (width: number, padding: number) => {
    const height = Math.round(
      Math.min(maxH, Math.max(minH, ((width - 2 * padding) * dy) / dx + 2 * padding)),
    );
    // Sigma keeps the aspect ratio: the scale is the tighter of the two, and the scene is centred.
    const k = Math.min((width - 2 * padding) / dx, (height - 2 * padding) / dy);
    const overflow = Math.max(
      0,
      ...items.map((i) => width / 2 + (i.x - (minX + maxX) / 2) * k + i.reach - width),
    );
    return { width, height, padding, overflow };
  };
  let f = frame(minWidth, MIN_PADDING);
  while (f.overflow > 0 && f.padding + PADDING_STEP <= f.width / 3)
    f = frame(f.width, f.padding + PADDING_STEP);
  for (let i = 0; i < 8 && f.overflow > 0; i++) f = frame(Math.ceil(f.width + f.overflow), f.padding);
  return { width: f.width, height: f.height, padding: f.padding };
}

function segmentMeetsBox(
  a: { x: number; y: number },
  b: { x: number; y: number },
  w: number,
  h: number,
): boolean {
  const inside = (p: { x: number; y: number }) => p.x >= 0 && p.x <= w && p.y >= 0 && p.y <= h;
  if (inside(a) || inside(b)) return true;
  // Sampled along the segment: enough for a frame hundreds of pixels wide.
  for (let i = 1; i < 32; i++) {
    const t = i / 32;
    if (inside({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t })) return true;
  }
  return false;
}

/** The nodes and facts a renderer draws inside its frame. */
function drawnIn(r: AnySigma, width: number, height: number): PngDrawn {
  const graph = r.getGraph();
  const at = new Map<string, { x: number; y: number }>();
  const nodes: string[] = [];
  graph.forEachNode((id) => {
    const d = r.getNodeDisplayData(id);
    if (!d || d.hidden) return;
    const p = r.framedGraphToViewport({ x: d.x, y: d.y });
    at.set(id, p);
    if (p.x >= -d.size && p.x <= width + d.size && p.y >= -d.size && p.y <= height + d.size) nodes.push(id);
  });
  const edges: string[] = [];
  graph.forEachEdge((id, _a, source, target) => {
    const d = r.getEdgeDisplayData(id);
    const a = at.get(source);
    const b = at.get(target);
    if (!d || d.hidden || !a || !b) return;
    if (segmentMeetsBox(a, b, width, height)) edges.push(id);
  });
  return { nodes, edges };
}

export async function renderPng(
  main: AnySigma,
  opts: PngExportOptions,
): Promise<{ blob: Blob; info: PngExportInfo }> {
  const area = opts.area ?? 'whole';
  const scale = opts.scale ?? 1;
  const dims = main.getDimensions();
  const whole = area === 'whole';
  const frame = whole ? wholeSceneFrame(main, Math.max(dims.width, DEFAULT_WHOLE_SCENE_SIZE.width)) : null;
  const graphWidth = frame?.width ?? dims.width;
  const graphHeight = frame?.height ?? dims.height;
  const padding = frame?.padding ?? 0;
  let drawn: PngDrawn = { nodes: [], edges: [] };
  const graphCanvas = await atPixelRatio(scale, () =>
    drawOnCanvas(main, {
      width: graphWidth,
      height: graphHeight,
      backgroundColor: BACKGROUND[opts.theme],
      layers: ['edges', 'nodes', 'edgeLabels', 'labels'],
      // The whole scene: sigma's own framing of every node, with room for the labels at its edges.
      ...(whole
        ? {
            cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
            sigmaSettings: { stagePadding: padding },
          }
        : {}),
      withTempRenderer: (tmp: AnySigma) => {
        // A node dragged on screen freezes the screen's frame; the whole scene is framed afresh.
        if (whole) tmp.setCustomBBox(null);
        tmp.refresh();
        drawn = drawnIn(tmp, graphWidth, graphHeight);
      },
    }),
  );
  const { legend, sources: allSources } = await opts.describe(drawn);

  const u = (n: number) => Math.round(n * scale);
  const pad = u(20);
  const width = Math.max(graphCanvas.width, u(900));
  const sources = fitSourceLines(allSources);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a 2D canvas.');
  // Each source line as the rows the image draws it in: wrapped to the width, never cut, and the image as tall as
  // they need, so every link and title can be read in full.
  ctx.font = `normal ${u(13)}px ${FONT}`;
  const sourceRows = sources.flatMap((line) =>
    wrapSourceLine(line, width - 2 * pad, (t) => ctx.measureText(t).width),
  );
  const legendRows = Math.ceil(legend.length / 4) || 1;
  const subtitleHeight = opts.subtitle ? u(20) : 0;
  const height =
    pad +
    u(30) +
    subtitleHeight +
    graphCanvas.height +
    pad +
    legendRows * u(22) +
    pad +
    u(22) +
    sourceRows.length * u(18) +
    pad;
  canvas.height = height;
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
    ctx.font = `${weight} ${u(size)}px ${FONT}`;
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
  let y = pad + u(18);
  text(opts.title, pad, y, 18, 'bold');
  if (opts.subtitle) {
    y += subtitleHeight;
    text(opts.subtitle, pad, y, 13);
  }
  y += u(12);
  ctx.drawImage(graphCanvas, Math.round((width - graphCanvas.width) / 2), y);
  y += graphCanvas.height + pad;
  const colWidth = (width - 2 * pad) / 4;
  legend.forEach((item, i) => {
    const col = i % 4;
    const row = Math.floor(i / 4);
    const x = pad + col * colWidth;
    text(item.glyph, x, y + row * u(22) + u(4), 16, 'normal', item.color);
    text(item.text, x + u(22), y + row * u(22) + u(4), 14);
  });
  y += legendRows * u(22) + pad;
  text(opts.sourcesHeading, pad, y, 15, 'bold');
  y += u(22);
  for (const line of sourceRows) {
    text(line, pad, y, 13);
    y += u(18);
  }
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('The image could not be encoded as PNG.'))),
      'image/png',
    ),
  );
  return {
    blob,
    info: {
      ...drawn,
      area,
      scale,
      width,
      height,
      graphWidth,
      graphHeight,
      subtitle: opts.subtitle ?? '',
      sources,
      legend: legend.map((l) => l.text),
    },
  };
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
