// The view in the address bar: mode, language, theme, the query or node set behind the scene (with the exact facts,
// hidden nodes, positions and pins), the camera, the table view, the filters, the time window, the selection and
// multi-selection, the appearance rule (node size and colour), the editor's query text, the source reader and the
// path panel (its ends, options and the path highlighted). A shared
// link reopens the same view. The encoding is versioned (v=2): an older link still opens, and decoding reports what
// it could not restore or read instead of failing, so the app can say so.
// This file holds what a link carries and its limits; url-encode.ts writes a link, url-decode.ts reads one.
import { MAX_URL_QUERY_LENGTH } from '../api/early-request.js';
import type { JsonValue } from '../../model/graph.js';
import { CERTAINTIES as MODEL_CERTAINTIES } from '../../model/labels.js';
import type { ColorBy, SizeBy } from '../graph/metrics.js';
import type { CameraView } from '../graph/camera-controller.js';
import type { TimeWindow } from './time.js';
import type { DashboardOptions } from './dashboard-options.js';
import type { Lang } from '../i18n/lang.js';

export type Mode = 'network' | 'flows' | 'timeline' | 'dashboard';
export type { Lang };
export type Theme = 'light' | 'dark';

export interface UrlView {
  mode: Mode;
  lang: Lang;
  theme?: Theme;
  /** The Cypher query that built the scene (when the scene is exactly its result). */
  query?: string;
  params?: Record<string, JsonValue>;
  /** The query's answer was cut to this many nodes, fewer than a scene's own cap: reopened, it is cut alike. */
  cap?: number;
  /** Otherwise the ids of the nodes in the scene (hidden ones included). */
  nodes?: string[];
  /** The ids of the facts in the scene (a node set only): facts among the nodes that were not drawn stay out. */
  edges?: string[];
  /**
   * The node set drew talent flows: they come back among its nodes. Carried on its own, as the list of facts that
   * also tells it may be left out for length (reopened without it, the flows would be gone, not more facts shown).
   */
  flows?: boolean;
  /** Nodes in the scene that the user hid. */
  hidden?: string[];
  /** Graph coordinates of the nodes drawn, by id: the network's, or in the Flows tab the flow view's. */
  positions?: Record<string, { x: number; y: number }>;
  /** Nodes among `positions` that the user pinned (dragged, or "Pin"): a layout leaves them where they are. */
  pinned?: string[];
  /** Where the camera looked (zoom and pan), over those positions. */
  camera?: CameraView;
  /** The scene shown as a table rather than drawn. */
  tableView?: boolean;
  /** The source reader, open on a source with a fact's quote highlighted. */
  reader?: { source: string; fact?: string };
  /** The multi-selection (shift-click, lasso), in the order picked. */
  multiSelection?: string[];
  /** Certainties shown, when not all of them. */
  certainties?: string[];
  /** Source ids whose facts are hidden (`hs`). */
  hiddenSources?: string[];
  /**
   * Source ids whose facts were shown, from a link made before `hs` (`src`, a kept list): reopened as the other
   * sources of the linked answer hidden (visibility.ts sourcesNotKept). A fact citing no source, which that filter
   * hid, now shows: the source filter hides what sources say, not what none does. Where that changes the view, the
   * note says so (link-actions.ts, an 'older' issue).
   */
  keptSources?: string[];
  hiddenLabels?: string[];
  hiddenRelTypes?: string[];
  time?: TimeWindow | null;
  /** The selected node, or edge. */
  selected?: string;
  selectedEdge?: string;
  /** Appearance rule: what node size and colour show (left out at their defaults, degree and kind). */
  sizeBy?: SizeBy;
  colorBy?: ColorBy;
  /** The Cypher editor's text and parameters when the user's: not the query the link opens, nor a node set's the app wrote. */
  editorText?: string;
  editorParams?: string;
  /** The flow view by division rather than rolled into parent organisations (left out when off). */
  flowDivisions?: boolean;
  /** The organisation the company dashboard shows. */
  dashboardOrg?: string;
  /** The dashboard's settings that differ from the defaults. */
  dashboardOptions?: Partial<DashboardOptions>;
  /** The path panel: its ends and options, and the path highlighted (when one is). */
  path?: UrlPath;
}

/** A path search as a link carries it (client/state/paths.ts). */
export interface UrlPath {
  from: string;
  to: string;
  /** Derived talent flows followed too (left out when not). */
  derived?: boolean;
  /** The fact types a path may use, when not the defaults. */
  types?: string[];
  /**
   * The steps of the path the panel listed, as the search answered them: [] when the search found none, absent when
   * it had no answer yet (or failed).
   */
  edges?: string[];
  /** The path was listed, not highlighted over the scene (its highlight had been cleared by a new scene). */
  listOnly?: boolean;
}

/** What of a link could not be restored or read; the app says so in the link's language. */
export type LinkIssue =
  | { kind: 'older'; missing: OlderMissing[] }
  | { kind: 'newer'; version: number }
  | { kind: 'unreadable'; parts: LinkPart[] }
  /** Ids in its lists that could not be read (a broken escape, a control character, too long): left out alone. */
  | { kind: 'droppedIds'; dropped: number }
  /** Ids of the sender's view a link cannot hold (too long, control characters), counted when it was made: left out. */
  | { kind: 'unwrittenIds'; count: number }
  | { kind: 'tooLong' }
  /** The view was too large for an address: these parts were left out when the link was made. */
  | { kind: 'trimmed'; parts: TrimmedPart[] }
  /** Found when the link is opened: its scene could not be built, or part of it no longer exists. */
  | { kind: 'sceneFailed'; error: string }
  | { kind: 'noNodes' }
  | { kind: 'missingNodes'; missing: number; total: number }
  /** Facts the link listed that the reopened scene does not have (a flow counts when none of its parts is drawn). */
  | { kind: 'missingFacts'; missing: number; total: number }
  /** Nodes the link selected (its multi-selection) that the reopened view does not draw: not selected. */
  | { kind: 'missingSelected'; missing: number; total: number }
  /** The link highlighted a path that is no longer among the shortest between its ends (the data changed). */
  | { kind: 'pathChanged' }
  /** The link's search had found no path between its ends; there is one now. */
  | { kind: 'pathAppeared' }
  /** The link highlighted a path, and no path joins its ends now. */
  | { kind: 'pathVanished' };

/** 'sourceFilter': a v2 link's kept sources (`src`), reopened as the others hidden, show some facts otherwise. */
export type OlderMissing = 'positions' | 'filters' | 'exactFacts' | 'sourceFilter';
/**
 * 'hiddenSources': some sources the sender hid, whose facts show again; 'view': nothing of the view but its language
 * and theme (url-encode.ts fitView). Listed in the order the note names them: the multi-selection is cut before nodes.
 */
export type TrimmedPart =
  'positions' | 'facts' | 'editor' | 'multiSelection' | 'nodes' | 'hidden' | 'hiddenSources' | 'view';
export const TRIMMED_PARTS: TrimmedPart[] = [
  'positions',
  'facts',
  'editor',
  'multiSelection',
  'nodes',
  'hidden',
  'hiddenSources',
  'view',
];
export type LinkPart =
  | 'version'
  | 'mode'
  | 'lang'
  | 'theme'
  | 'query'
  | 'params'
  | 'nodes'
  | 'edges'
  | 'hidden'
  | 'positions'
  | 'filters'
  | 'time'
  | 'selection'
  | 'appearance'
  | 'editor'
  | 'path'
  | 'camera'
  | 'table'
  | 'reader';

export interface DecodedLink {
  view: Partial<UrlView>;
  /** 1: links before versioning (no `v`); 0: no link at all (a bare address). */
  version: number;
  issues: LinkIssue[];
}

export const URL_VERSION = 2;
export const MAX_URL_NODES = 400;
export const MAX_URL_EDGES = 800;
/** More steps than any path search answers (the API's longest is far shorter): a longer list is not a path. */
export const MAX_URL_PATH_STEPS = 32;
/** The longest query a link carries: one limit with the boot entry, which sends it before the app loads. */
export { MAX_URL_QUERY_LENGTH };
/** Longer addresses are refused whole (a server's request line limit is near this anyway). */
export const MAX_URL_SEARCH_LENGTH = 60_000;
/**
 * A link is kept under this many characters (Node's HTTP server refuses request heads over 16 KB, so a longer address
 * would not even load): the editor's text, then positions (with the pins and camera over them), the fact list, the
 * multi-selection, nodes, and last what the sender hid (hidden sources, hidden items) are left out, and the link
 * says so (url-encode.ts fitView); a view that still does not fit is not linked at all, and the link says that.
 */
export const DEFAULT_URL_BUDGET = 12_000;
/** The certainties a link may list (model/labels.ts). */
export const CERTAINTIES: readonly string[] = MODEL_CERTAINTIES;
