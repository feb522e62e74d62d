// Visual vocabulary of the canvas: a colour and a shape per node label, a colour per relationship type, in both
// themes. Pure data, shared by the renderer, the legend and the PNG export so they always agree. Our labels keep
// their own styles; any other label (a foreign graph's) takes a slot of FOREIGN_PALETTE chosen from its name, so
// it looks the same every time (see assignLabelStyles for how labels of one database never share a slot).
import { NODE_LABELS, isNodeLabel, type NodeLabel } from '../../model/labels.js';
import type { GraphNode } from '../../model/graph.js';

export type Theme = 'light' | 'dark';
export type NodeShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'ring';

export interface LabelStyle {
  color: Record<Theme, string>;
  shape: NodeShape;
  /** A text glyph of the shape for legends and lists. */
  glyph: string;
}

const SHAPE_GLYPHS: Record<NodeShape, string> = {
  circle: '●',
  square: '■',
  diamond: '◆',
  triangle: '▲',
  ring: '○',
};

export const LABEL_STYLES: Record<NodeLabel, LabelStyle> = {
  Person: { color: { light: '#2563c9', dark: '#6ea8ff' }, shape: 'circle', glyph: '●' },
  Organization: { color: { light: '#d9730d', dark: '#ffa64d' }, shape: 'square', glyph: '■' },
  Event: { color: { light: '#b8327a', dark: '#f27cbd' }, shape: 'diamond', glyph: '◆' },
  Product: { color: { light: '#2a8a4a', dark: '#5fd08a' }, shape: 'triangle', glyph: '▲' },
  Source: { color: { light: '#6b7280', dark: '#a3aab6' }, shape: 'ring', glyph: '○' },
};

/**
 * Styles for labels that are not ours: distinct from ours and from each other (colour and shape together): two of one
 * shape, here or among ours, are at least 40° of hue apart, so no two read as the same kind at a node's size.
 */
export const FOREIGN_PALETTE: readonly LabelStyle[] = [
  ['#0d9488', '#2dd4bf', 'circle'],
  ['#7c3aed', '#a78bfa', 'square'],
  ['#1e40af', '#93c5fd', 'diamond'],
  ['#65a30d', '#a3e635', 'triangle'],
  ['#0369a1', '#38bdf8', 'square'],
  ['#c026d3', '#e879f9', 'circle'],
  ['#a16207', '#facc15', 'diamond'],
  ['#4338ca', '#818cf8', 'triangle'],
  ['#be123c', '#fb7199', 'square'],
  ['#0f766e', '#5eead4', 'diamond'],
  ['#9a3412', '#fdba74', 'triangle'],
  ['#dc2626', '#f87171', 'circle'],
].map(([light, dark, shape]) => ({
  color: { light: light!, dark: dark! },
  shape: shape as NodeShape,
  glyph: SHAPE_GLYPHS[shape as NodeShape],
}));

/** A node with no label: a neutral grey (no hue), so it is not read as one of a kind beside a coloured circle. */
export const UNKNOWN_LABEL_STYLE: LabelStyle = {
  color: { light: '#9a9a9a', dark: '#6e6e6e' },
  shape: 'circle',
  glyph: '●',
};

/**
 * A kind's shape in the legend while the canvas colours nodes by a metric or community: a neutral grey, as the kind's
 * own colour is then on no node (the appearance legend over the canvas tells what each colour means).
 */
export const NEUTRAL_GLYPH_COLOR: Record<Theme, string> = { light: '#8b929c', dark: '#8b929c' };

/** The colour of a kind's shape in the legend: its own while nodes are coloured by kind, else the neutral grey. */
export function legendGlyphColor(label: string, theme: Theme, colouredByKind: boolean): string {
  return colouredByKind ? labelStyle(label).color[theme] : NEUTRAL_GLYPH_COLOR[theme];
}

export const EDGE_COLORS: Record<string, Record<Theme, string>> = {
  WORKED_AT: { light: '#5b7db8', dark: '#7d9fd9' },
  FOUNDED: { light: '#8b5cf6', dark: '#b197fc' },
  PART_OF: { light: '#c2884a', dark: '#d9a46f' },
  DEVELOPS: { light: '#3f9463', dark: '#6cc08d' },
  PARTICIPATED_IN: { light: '#c0568f', dark: '#e58ab9' },
  RELATIVE_OF: { light: '#0f9fa8', dark: '#45c7cf' },
  REPORTED_BY: { light: '#a1a8b3', dark: '#6b7280' },
  TALENT_FLOW: { light: '#e0441b', dark: '#ff7a52' },
};
export const DEFAULT_EDGE_COLOR: Record<Theme, string> = { light: '#9aa3af', dark: '#6b7280' };
/** Reported (unnamed) counts in the talent-flow view: a distinct hue from named moves. */
export const REPORTED_FLOW_COLOR: Record<Theme, string> = { light: '#e9a23b', dark: '#f5c06b' };

export const BACKGROUND: Record<Theme, string> = { light: '#ffffff', dark: '#11151c' };
export const LABEL_COLOR: Record<Theme, string> = { light: '#1f2937', dark: '#e5e7eb' };
export const FADED_COLOR: Record<Theme, string> = { light: '#e5e7eb', dark: '#2a303a' };
export const HIGHLIGHT_COLOR: Record<Theme, string> = { light: '#111827', dark: '#ffffff' };
/** Edges that just became true while the time slider plays. */
export const NEW_EDGE_COLOR: Record<Theme, string> = { light: '#16a34a', dark: '#4ade80' };

/**
 * The label a node is drawn as: on our database (`ours`), the first of our labels it carries, in NODE_LABELS order,
 * else its first label; on another, its first label as stored (the order Neo4j gives, as the legend and the overview
 * count it, client/state/visibility.ts) — a foreign Company:Organization is a Company there, not our Organization.
 */
export function primaryLabel(node: Pick<GraphNode, 'labels'>, ours = true): string | undefined {
  return (ours ? NODE_LABELS.find((l) => node.labels.includes(l)) : undefined) ?? node.labels[0];
}

/** A deterministic slot of FOREIGN_PALETTE from a label's name (FNV-1a). */
export function paletteSlot(label: string): number {
  let h = 2166136261;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % FOREIGN_PALETTE.length;
}

/**
 * Slots for the foreign labels of one database: each label takes its own slot, or the next free one when another
 * label of the database took it first (labels in alphabetical order), so up to FOREIGN_PALETTE.length labels never
 * share a style, and the same set of labels always gets the same styles.
 */
export function assignPaletteSlots(labels: Iterable<string>): Map<string, number> {
  const foreign = [...new Set(labels)].filter((l) => !isNodeLabel(l)).sort();
  const taken = new Set<number>();
  const slots = new Map<string, number>();
  for (const l of foreign) {
    let slot = paletteSlot(l);
    for (let i = 0; i < FOREIGN_PALETTE.length && taken.has(slot); i++)
      slot = (slot + 1) % FOREIGN_PALETTE.length;
    taken.add(slot);
    slots.set(l, slot);
  }
  return slots;
}

/** The slots of the labels of the database the app shows (set from GET /api/schema by assignLabelStyles). */
let assigned = new Map<string, number>();

/** Gives the labels of the database the app shows their styles (call when the schema arrives). */
export function assignLabelStyles(labels: Iterable<string>): void {
  assigned = assignPaletteSlots(labels);
}

export function labelStyle(label: string | undefined): LabelStyle {
  if (!label) return UNKNOWN_LABEL_STYLE;
  if (isNodeLabel(label)) return LABEL_STYLES[label];
  return FOREIGN_PALETTE[assigned.get(label) ?? paletteSlot(label)]!;
}

/** A relationship type's colour; own entries only: a foreign type named `constructor` would find Object, no colour. */
export function edgeColor(type: string, theme: Theme): string {
  return (Object.hasOwn(EDGE_COLORS, type) ? EDGE_COLORS[type]! : DEFAULT_EDGE_COLOR)[theme];
}

/** Distinct blends kept by mixColors; past it the memo starts afresh (colour scales can make many). */
export const DEFAULT_MIX_MEMO_SIZE = 4_096;
/** Blends by colour, then the colour blended towards, then t: lookups that allocate nothing. */
const mixed = new Map<string, Map<string, Map<number, string>>>();
let mixedCount = 0;

/**
 * Blends a #rrggbb colour towards another by t ∈ [0,1] (used to fade implied facts without alpha blending).
 * Remembered: the reducers ask it for every past stint and implied fact on each pass over the scene, with a handful
 * of distinct colours, and parsing and formatting each time was a tenth of a 1k scene's first pass (a profile).
 */
export function mixColors(a: string, b: string, t: number): string {
  const known = mixed.get(a)?.get(b)?.get(t);
  if (known !== undefined) return known;
  const out = blend(a, b, t);
  if (mixedCount >= DEFAULT_MIX_MEMO_SIZE) {
    mixed.clear();
    mixedCount = 0;
  }
  let byTarget = mixed.get(a);
  if (!byTarget) mixed.set(a, (byTarget = new Map()));
  let byT = byTarget.get(b);
  if (!byT) byTarget.set(b, (byT = new Map()));
  byT.set(t, out);
  mixedCount += 1;
  return out;
}

function blend(a: string, b: string, t: number): string {
  const pa = parseHex(a);
  const pb = parseHex(b);
  if (!pa || !pb) return a;
  const m = pa.map((v, i) => Math.round(v + (pb[i]! - v) * t));
  return `#${m.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function parseHex(c: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{6})$/i.exec(c);
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
