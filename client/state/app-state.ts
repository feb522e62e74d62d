// The whole explorer state: one immutable object. The scene (and the flow view's data) is the source of truth;
// the canvas is a projection of it, and the URL an encoding of the parts worth sharing.
import type { GraphData, JsonValue } from '../../model/graph.js';
import type { ImpliedFact } from '../../model/flow-response.js';
import type { MoveWindow } from '../../model/flows-api.js';
import type { AppearanceLegend, ColorBy, SizeBy } from '../graph/metrics.js';
import type { CameraView } from '../graph/camera-controller.js';

export type { AppearanceLegend };
import type { CypherResult, SchemaInfo } from '../api/api.js';
import type { Career } from './details.js';
import type { FlowWindow } from './flow-window.js';
import { DEFAULT_DASHBOARD_OPTIONS, type DashboardOptions } from './dashboard-options.js';
import type { GalleryQuery } from './gallery.js';
import { DEFAULT_PATH_TYPES, type PathOptions, type PathSearch } from './paths.js';
import type { StoredQuery } from './query-history.js';
import type { ReaderState } from './reader.js';
import type { ResultFrame } from './result-frames.js';
import { EMPTY_SCENE, type Scene, type SceneHistory } from './scene.js';
import type { TimeWindow } from './time.js';
import type { Lang, LinkIssue, Mode, Theme } from './url.js';
import type { Notice } from './notice.js';
import { DEFAULT_FILTERS, type Filters } from './visibility.js';

export type { Lang, Mode, Theme };

export interface DetailsState {
  /** Node or edge id the details are for. */
  id: string;
  kind: 'node' | 'edge';
  status: 'loading' | 'ready' | 'error';
  error?: string;
  /** The error is that nothing has this id (a link naming a node gone since): the panel says so in the UI language. */
  missing?: boolean;
  /** The node (or the edge's endpoints) with every fact touching it and the sources they cite. */
  graph?: GraphData;
  /**
   * How many facts the node has when the server listed fewer (GET /api/nodes/:id stops at 2,000): the panel says
   * "2,000 of 5,000" rather than passing the first ones off as all. Absent when all are listed.
   */
  factTotal?: number;
  /**
   * The node (or an end of the relationship) is not in the database: a map a query built, or a node deleted since. The
   * panel shows it as the scene holds it, and says so.
   */
  notInDatabase?: boolean;
  career?: Career;
  careerStatus?: 'loading' | 'ready' | 'error';
  /** Talent in and out of an organisation (TALENT_FLOW edges with the people's nodes). */
  flows?: GraphData;
  /** People listed per flow id (an organisation's flows, or the selected flow): API graphs carry no id lists. */
  flowPeople?: Record<string, string[]>;
  /** Why each listed person's move is implied, per flow id (an organisation's flows, or the selected flow). */
  flowImplied?: Record<string, Record<string, string[]>>;
  /**
   * The reports the selected flow's view counts, per flow id (the Talent flows tab's, of its time window): its details
   * quote and cite those only. None: every report behind the flow.
   */
  flowReports?: Record<string, string[]>;
  /**
   * The time window the selected flow's view counts it in (the Talent flows tab's): its details quote and cite the
   * moves dated in it only. None: every move.
   */
  flowDetailsWindow?: MoveWindow;
  /** An organisation's flows: what each implied fact named in flowImplied is (a stint, a PART_OF fact), by id. */
  flowImpliedFacts?: Record<string, ImpliedFact>;
  flowsStatus?: 'loading' | 'ready' | 'error';
  /** Whether the organisation's flows may be from before a change the server derives them again for (or failed to). */
  flowsDerivation?: { running: boolean; failed: boolean };
}

export interface CypherError {
  message: string;
  code: string;
  position?: { line: number; column: number; offset?: number };
}

export interface CypherState {
  text: string;
  /** Parameters as JSON text (edited by the user). */
  params: string;
  running: boolean;
  result: CypherResult | null;
  error: CypherError | null;
  view: 'graph' | 'table' | 'json' | 'plan';
  /** Graph results: replace the scene or add to it. */
  target: 'replace' | 'add';
  roundTripMs?: number;
  /** The last run was cancelled by the user (the database was told to stop it). */
  cancelled?: boolean;
  /** The ready question the editor's text came from: run unchanged, the scene keeps its title and link. */
  openedFrom?: GalleryQuery | null;
  history: StoredQuery[];
  saved: StoredQuery[];
  /** Saved entries and whole stored lists this version cannot read, kept aside (the saved menu counts them). */
  setAside: { entries: number; lists: number };
  /** Every run's outcome, newest on top below the pinned ones (client/state/result-frames.ts). */
  frames: ResultFrame[];
}

export interface TimeState {
  enabled: boolean;
  window: TimeWindow;
  playing: boolean;
  /** Edges that became true at the last step while playing. */
  fresh: string[];
  /** Extra dates from /api/timeline beyond the scene's own. */
  extraDates: string[];
  /** Dated items for the timeline strip. */
  items: TimelineItem[];
  /**
   * The server cut the timeline at its limit: `items` are its oldest part, and the strip says so (GET /api/timeline's
   * `truncated`). Optional: absent is false.
   */
  truncated?: boolean;
  /** The cursor reading on starts after (the answer's `nextAfter`, opaque); null when nothing was left out. */
  nextAfter?: string | null;
  /** Switched on by entering the Timeline tab, not by the user: it ends when the tab is left. */
  auto?: boolean;
  /**
   * GET /api/timeline's first part is on its way: until it comes the strip says it is loading, not that nothing is
   * dated. Optional: absent is false.
   */
  loading?: boolean;
}

export interface TimelineItem {
  date: string;
  /** The event or fact id. */
  id: string;
  /** The nodes it concerns (event; person and organisation of a stint). */
  nodes: string[];
  /**
   * The labels of each of `nodes` (GET /api/timeline's `nodeLabels`): the strip leaves out an item about a node of a
   * hidden label. Absent in an answer of a server that did not say: then none is known, and none hides it.
   */
  nodeLabels?: string[][];
  /** The WORKED_AT facts a stint item tells, and the organisation of each (`stints`, `stintOrgs`); absent: unknown. */
  stints?: string[];
  stintOrgs?: string[];
  /**
   * The certainty, sources and date of each of `stints` (GET /api/timeline's `stintCertainties`, `stintSources`,
   * `stintDates`): the strip tells the item by the facts the filters leave (timeline-facts.ts). Absent in an answer
   * of an older server: the item is then judged whole, as it came.
   */
  stintCertainties?: (string | null)[];
  stintSources?: string[][];
  stintDates?: string[];
  /** The role each of `stints` gives, in English and Arabic (absent: an older server's; the item's role is kept). */
  stintRoles?: (string | null)[];
  stintRolesAr?: (string | null)[];
  /**
   * Whether each of `stints` is a move within one organisation (GET /api/timeline's `stintInside`): the strip titles the
   * item a role taken up or ended while a fact it shows is one. Absent: an older server's; the title stays as it came.
   */
  stintInside?: boolean[];
  /**
   * The names of `nodes` in English and Arabic and the item's role (GET /api/timeline's `nodeNames`, `nodeNamesAr`,
   * `role`, `roleAr`): the strip titles a move again by the organisations whose facts its filters leave. Absent in an
   * answer of an older server: the title stays as it came.
   */
  nodeNames?: string[];
  nodeNamesAr?: string[];
  role?: string | null;
  roleAr?: string | null;
  kind: string;
  text: string;
  textAr?: string;
  /**
   * 'implied' when the fact (or event) behind the item is only implied; drawn as implied facts are. null: a foreign
   * graph's own relationship or node (the database holds none of our facts), which claims no certainty: no badge, and
   * no certainty filter hides it, as the canvas draws such a relationship. Absent: unknown (an older server).
   */
  certainty?: string | null;
  /**
   * The sources its facts cite (GET /api/timeline's `sources`): the strip leaves it out when the source filter hides
   * every one. Absent in an answer of a server that did not say: then none is known, and none hides it.
   */
  sources?: string[];
  /**
   * 'since': an event reported over a period that began at `date` ("14 left since January"), not one that happened
   * on it; `until`, the period's end when the event gives one.
   */
  dateKind?: 'since';
  until?: string;
}

/** What a flows answer covers: see AppState.flowScope. */
export type FlowScope = 'all' | 'window' | 'estimated';

export interface AppState {
  lang: Lang;
  theme: Theme;
  mode: Mode;
  scene: Scene;
  history: SceneHistory;
  /** The query whose result the scene is exactly (null once the user has changed it by hand). */
  origin: GalleryQuery | null;
  flowData: GraphData | null;
  /** The people listed for each flow of flowData (`flows[].people` of the flows answer), by flow id. */
  flowPeople: Record<string, string[]>;
  /** Why a listed person's move is implied (the implied facts behind it), by flow id then person id. */
  flowImplied: Record<string, Record<string, string[]>>;
  /** The reports each flow of flowData counts (`flows[].reports` of the flows answer: its window's), by flow id. */
  flowReports: Record<string, string[]>;
  /** The time window flowData was asked for (GET /api/flows since/until; {} for all time), its details' too. */
  flowDataWindow: MoveWindow;
  /** The flow view by division (FAIR → xAI beside Meta → xAI) rather than rolled into parent organisations. */
  flowDivisions: boolean;
  flowStatus: 'idle' | 'loading' | 'ready' | 'error';
  /**
   * How many flows flowData holds of how many there are (the API sends the largest first, up to its limit), or null
   * when it holds them all (shown may be 0 in an 'estimated' window: a page whose flows all lacked a move in it).
   * The flow view's caption says it, so it holds however late the answer came; filters may draw fewer of them.
   */
  flowCount: { shown: number; total: number } | null;
  /**
   * What flowData answers (its caption speaks of it, whatever the slider says meanwhile): all time; a time window, its
   * flows counted and ranked by what lies in it; or a window 'estimated' — ranked by all-time size, `flowCount.total`
   * an upper bound — as the database holds flows derived without dated moves (the API's `estimated`).
   */
  flowScope: FlowScope;
  /**
   * A time window's numbers of the stored flows the network draws (flow-window.ts), for the window they were asked
   * for: said only while it is the window on; meanwhile they keep its flows' drawing, their numbers pending
   * (flowWindowStatus). Null: none asked yet.
   */
  flowWindow: FlowWindow | null;
  /** The organisation the company dashboard shows (mode 'dashboard'), or null until one is opened. */
  dashboardOrg: string | null;
  /** The dashboard's own settings: its period, the organisation it is compared with, divisions apart. */
  dashboardOptions: DashboardOptions;
  selection: { kind: 'node' | 'edge'; id: string } | null;
  /**
   * The multi-selection (shift/Ctrl-click, lasso), in the order picked; apart from `selection`, which is the one
   * element whose details are shown. Always nodes of the network scene (client/state/multi-select.ts).
   */
  multiSelection: string[];
  /** Select mode (the toolbar's toggle): a drag on the empty canvas lassos, a click on a node adds or removes it. */
  selectMode: boolean;
  details: DetailsState | null;
  filters: Filters;
  /** The appearance rule (part of a shared link): what node size and node colour show. */
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** What the canvas drew for the appearance rule, for the legend (client/graph computes it, the canvas reports it). */
  appearanceLegend: AppearanceLegend | null;
  time: TimeState;
  notice: Notice | null;
  busy: string | null;
  path: { from: string | null; to: string | null; highlight: { nodes: string[]; edges: string[] } | null };
  /** How paths are searched: sourced fact types, derived flows only when asked (client/state/paths.ts). */
  pathOptions: PathOptions;
  /** The last path search, listed step by step in the path panel. */
  pathSearch: PathSearch | null;
  /** The source reader: a whole article with one quote highlighted (client/state/reader.ts). */
  reader: ReaderState | null;
  /** Supernode guard per expanded node: how many neighbours are shown of how many exist. */
  more: Record<string, { shown: number; total: number }>;
  schema: SchemaInfo | null;
  /** Source nodes known to the client (for names in filters and exports). */
  sources: Record<string, import('../../model/graph.js').GraphNode>;
  cypher: CypherState;
  layoutRunning: boolean;
  tableView: boolean;
  cypherOpen: boolean;
  /** Ask the canvas to centre a node once it is drawn (search hits, path ends). */
  focusRequest: { id: string; seq: number } | null;
  /** Ask the canvas to put nodes where a shared link had them (graph coordinates). */
  positionsRequest: {
    positions: Record<string, { x: number; y: number }>;
    /** The graph they are of: the network's, or the Flows tab's. */
    kind: 'network' | 'flows';
    pinned?: string[];
    /** Where the camera looks once they are set (otherwise the scene is framed whole). */
    camera?: CameraView;
    seq: number;
  } | null;
  /**
   * Counts the user's moves on the canvas — nodes dragged, the camera panned or zoomed — so the address bar picks up
   * the new positions and camera.
   */
  movedSeq: number;
  /** What a shared link could not restore or read, said once over the canvas until dismissed. */
  linkIssues: LinkIssue[];
  /**
   * The address bar keeps the link the page was opened with: while it opens ('opening'), and after its scene could
   * not be opened, as long as the view is still the default one shown instead (`view`: that view's link without
   * positions) — a reload then tries the shared link again. null: the address follows the view.
   */
  addressHold: 'opening' | { view: string } | null;
  /** The canvas's context menu, open on a node, an edge or the stage (pixels from the canvas's corner). */
  contextMenu: ContextMenuState | null;
}

export interface ContextMenuState {
  kind: 'node' | 'edge' | 'stage';
  id?: string;
  x: number;
  y: number;
}

/** The scene a page opens on (the story, a shared link) is capped here, with a notice. */
export const DEFAULT_INITIAL_NODE_CAP = 1_000;
/** Any later scene (a query's result, expansions) is capped here: the canvas stays responsive up to ~10k nodes. */
export const DEFAULT_SCENE_NODE_CAP = 20_000;

export function initialState(partial: Partial<AppState> = {}): AppState {
  return {
    lang: 'en',
    theme: 'light',
    mode: 'network',
    scene: EMPTY_SCENE,
    history: { past: [], future: [] },
    origin: null,
    flowData: null,
    flowPeople: {},
    flowImplied: {},
    flowReports: {},
    flowDataWindow: {},
    flowDivisions: false,
    flowStatus: 'idle',
    flowCount: null,
    flowScope: 'all',
    flowWindow: null,
    dashboardOrg: null,
    dashboardOptions: DEFAULT_DASHBOARD_OPTIONS,
    selection: null,
    multiSelection: [],
    selectMode: false,
    details: null,
    filters: DEFAULT_FILTERS,
    sizeBy: 'degree',
    colorBy: 'kind',
    appearanceLegend: null,
    time: {
      enabled: false,
      window: { from: null, to: new Date().toISOString().slice(0, 10) },
      playing: false,
      fresh: [],
      extraDates: [],
      items: [],
    },
    notice: null,
    busy: null,
    path: { from: null, to: null, highlight: null },
    pathOptions: { derived: false, types: [...DEFAULT_PATH_TYPES] },
    pathSearch: null,
    reader: null,
    more: {},
    schema: null,
    sources: {},
    cypher: {
      text: '',
      params: '{}',
      running: false,
      result: null,
      error: null,
      view: 'graph',
      target: 'replace',
      history: [],
      saved: [],
      setAside: { entries: 0, lists: 0 },
      frames: [],
    },
    layoutRunning: false,
    tableView: false,
    cypherOpen: true,
    focusRequest: null,
    contextMenu: null,
    positionsRequest: null,
    movedSeq: 0,
    linkIssues: [],
    addressHold: 'opening',
    ...partial,
  };
}

export type ParamsJson = Record<string, JsonValue>;
