// The parts of a link about how the view is looked at rather than what it holds: the camera, the pins, the table
// view, the multi-selection and the source reader. Kept apart from url-encode.ts and url-decode.ts (the scene, the
// filters, the path), which call these to write and read them; url.ts says what each part means.
import { MAX_CAMERA_RATIO, MIN_CAMERA_RATIO, type CameraView } from '../graph/camera-controller.js';
import { MAX_URL_NODES, type LinkPart, type TrimmedPart, type UrlView } from './url.js';
import { isLinkId } from './url-ids.js';

/** Framed coordinates span about 1 across the scene: 5 decimals place the camera within a pixel at its closest. */
const CAMERA_DECIMALS = 5;
const RATIO_DIGITS = 5;
/** A held frame is a box of graph coordinates, kept as positions are. */
const FRAME_DECIMALS = 2;
const NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/;

interface Writer {
  /** The ids of a list that a link can hold, written as one value (the others counted by the caller). */
  ids(list: readonly string[]): string;
  /** Whether one id can be written (counted by the caller when it cannot). */
  anId(id: string | undefined): id is string;
  /** Parts left out, for the reopened view's note. */
  left: Set<TrimmedPart>;
  /** The nodes whose positions the link holds: pins and the camera mean something only over them. */
  placed: ReadonlySet<string>;
}

/** Writes the camera, pins, table view, multi-selection and reader of `v` into `q`. */
export function writeLooking(q: URLSearchParams, v: UrlView, w: Writer): void {
  if (w.placed.size && v.camera) q.set('cam', cameraText(v.camera));
  const pins = w.ids(v.pinned?.filter((id) => w.placed.has(id)) ?? []);
  if (pins) q.set('pin', pins);
  if (v.tableView) q.set('tv', '1');
  if (v.multiSelection?.length) {
    const ms = w.ids(v.multiSelection.slice(0, MAX_URL_NODES));
    if (ms) q.set('ms', ms);
    if (v.multiSelection.length > MAX_URL_NODES) w.left.add('multiSelection');
  }
  if (v.reader && w.anId(v.reader.source)) {
    q.set('rs', v.reader.source);
    if (w.anId(v.reader.fact)) q.set('rf', v.reader.fact);
  }
}

function cameraText(c: CameraView): string {
  const fixed = (n: number, d: number) => String(Number(n.toFixed(d)));
  const parts = [
    fixed(c.x, CAMERA_DECIMALS),
    fixed(c.y, CAMERA_DECIMALS),
    String(Number(c.ratio.toPrecision(RATIO_DIGITS))),
  ];
  if (c.frame) parts.push(...[...c.frame.x, ...c.frame.y].map((n) => fixed(n, FRAME_DECIMALS)));
  return parts.join(',');
}

interface Reader {
  /** A list of ids as the decoder reads one (undefined, and the part named unreadable, when none can be read). */
  idList(text: string, part: LinkPart): string[] | undefined;
  /** Parts that could not be read. */
  bad: Set<LinkPart>;
  /** Parts listed beyond what a link holds. */
  cut: TrimmedPart[];
}

/** Reads the camera, pins, table view, multi-selection and reader of a link into `out`; a bad value is named. */
export function readLooking(q: URLSearchParams, out: Partial<UrlView>, r: Reader): void {
  const cam = q.get('cam');
  if (cam !== null) {
    const camera = parseCamera(cam);
    if (camera) out.camera = camera;
    else r.bad.add('camera');
  }
  const pin = q.get('pin');
  if (pin !== null) {
    const pinned = r.idList(pin, 'positions');
    if (pinned) out.pinned = pinned.slice(0, MAX_URL_NODES);
  }
  const tv = q.get('tv');
  if (tv === '1') out.tableView = true;
  else if (tv !== null && tv !== '0') r.bad.add('table');
  const ms = q.get('ms');
  if (ms !== null) {
    const list = r.idList(ms, 'selection');
    if (list && list.length > MAX_URL_NODES) r.cut.push('multiSelection');
    if (list?.length) out.multiSelection = list.slice(0, MAX_URL_NODES);
  }
  const rs = q.get('rs');
  const rf = q.get('rf');
  if (rs !== null) {
    if (isLinkId(rs)) {
      out.reader = { source: rs };
      // A quote that cannot be read opens the source without it, and says so.
      if (rf !== null && isLinkId(rf)) out.reader.fact = rf;
      else if (rf !== null) r.bad.add('reader');
    } else r.bad.add('reader');
  } else if (rf !== null) r.bad.add('reader');
}

/** "x,y,ratio" or "x,y,ratio,x0,x1,y0,y1" (with its held frame), or null when it is not a camera sigma can take. */
function parseCamera(text: string): CameraView | null {
  const cells = text.split(',');
  if (cells.length !== 3 && cells.length !== 7) return null;
  if (!cells.every((c) => NUMBER.test(c))) return null;
  const n = cells.map(Number);
  if (!n.every(Number.isFinite)) return null;
  const [x, y, ratio, x0, x1, y0, y1] = n as [number, number, number, ...number[]];
  if (ratio < MIN_CAMERA_RATIO || ratio > MAX_CAMERA_RATIO) return null;
  if (x0 === undefined || x1 === undefined || y0 === undefined || y1 === undefined) return { x, y, ratio };
  if (x0 > x1 || y0 > y1) return null;
  return { x, y, ratio, frame: { x: [x0, x1], y: [y0, y1] } };
}
