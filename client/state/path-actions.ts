// "Path from here / to here": asks GET /api/paths with the panel's options (sourced facts only unless the user asks
// for derived flows; the chosen fact types) and what of the view's filters a search applies (the certainties shown,
// the types hidden: a path never steps where the view draws nothing), keeps the answer for the step-by-step list, and
// adds the chosen path to the scene with its highlight. A change of those filters searches again. A shared link's path
// search is run again (restore): the path it highlighted is highlighted again when it is still among the shortest.
import type { Notice } from './notice.js';
import { isForeignDatabase } from './overview.js';
import { holdsOurFacts } from './our-database.js';
import { errorText, type ActionContext } from './context.js';
import {
  DEFAULT_PATH_OPTIONS,
  parsePathAnswer,
  pathCertainty,
  pathThroughDerived,
  pathGraph,
  pathNoTypesKey,
  pathParams,
  type PathAnswer,
  type PathOptions,
} from './paths.js';
import { splitFlows } from './flows.js';
import { addToScene, hideInScene } from './scene.js';
import type { SceneActions } from './scene-actions.js';
import type { UrlPath } from './url.js';
import type { MessageKey } from '../i18n/i18n.js';
import type { EdgeCertainty } from '../../model/certainty.js';

/** Steps a path may have at most (the API's default). */
export const DEFAULT_PATH_MAX_LENGTH = 6;

/** The canvas notice of a path shown: an implied or unsourced path says so there too, not only in the panel. */
const FOUND_NOTICE: Record<EdgeCertainty, MessageKey> = {
  stated: 'pathFound',
  implied: 'pathFoundImplied',
  unsourced: 'pathFoundUnsourced',
};
/** Through a derived flow: said with the sourced steps' certainty (a step with no source at all said first). */
const DERIVED_NOTICE: Record<EdgeCertainty, MessageKey> = {
  stated: 'pathFoundDerived',
  implied: 'pathFoundDerivedImplied',
  unsourced: 'pathFoundUnsourced',
};

/** How a search's answer is shown: which path first, and whether the view may switch to the network. */
interface ShowOptions {
  /**
   * The steps of the path to show (a shared link's; [] for a link whose search found none). When they are not in the
   * answer, none is highlighted.
   */
  prefer?: readonly string[];
  /** False: list the path in the panel without drawing it over the scene (a link whose sender had cleared it). */
  draw?: boolean;
  /**
   * Reopening a link, whose mode is kept (show() otherwise leaves the flow view for the network): 'exact' — the scene
   * is exactly the link's, its path among it (what of the path the sender hid or removed stays so), so only the
   * highlight is set; 'partial' — the link did not hold all of its scene (trimmed) or drew no path yet, so what of the
   * path is absent is added, nothing hidden is shown.
   */
  reopen?: 'exact' | 'partial';
  /** What the link hid: kept hidden as the path is added ('partial'). */
  hidden?: readonly string[];
  /** Searched again because the view's filters changed: the mode shown is kept (the flow view is not left). */
  stay?: boolean;
}

/**
 * How a search ended: the path asked for shown (or the first, when none was asked for), `none` (no path), `gone` (the
 * path asked for is not among today's shortest, which are listed), `vanished` (it is gone and no path joins the ends
 * now), `appeared` (a link's search had found none; there are paths now), `noTypes` (the options follow no type:
 * nothing searched, the panel says why), `failed`, or `superseded` (another search or closing the panel took over).
 */
export type PathOutcome =
  'shown' | 'none' | 'gone' | 'vanished' | 'appeared' | 'noTypes' | 'failed' | 'superseded';

export function createPathActions(ctx: ActionContext, scene: SceneActions) {
  const { store, api } = ctx;
  let seq = 0;
  /** The parameters of the last search asked (pathParams; null: nothing to search), to tell when they change. */
  let lastParams: string | undefined;

  /** The search's parameters for the options and the view's filters now, and the types a foreign database has. */
  function paramsNow() {
    const { pathOptions, schema, filters } = store.get();
    const foreignTypes = isForeignDatabase(schema) && schema ? schema.relationshipTypes : null;
    return { params: pathParams(pathOptions, foreignTypes, filters), foreignTypes };
  }

  /**
   * Highlights path `index` of the answer, adding it to the scene (as `reopen` says for a link; `hidden`: what the
   * link hid, kept hidden as the path is added).
   */
  function show(
    answer: PathAnswer,
    index: number,
    reopen?: ShowOptions['reopen'],
    hidden: readonly string[] = [],
    stay = false,
  ): void {
    const s = store.get();
    const search = s.pathSearch;
    if (!search) return;
    // A derived flow on the path enters the scene as its parts: the highlight names those. A foreign graph's
    // TALENT_FLOW is its own relationship, entered as it is.
    const g = answer.ours === false ? pathGraph(answer, index) : splitFlows(pathGraph(answer, index));
    const path = answer.paths[index]!;
    // The highlight is drawn on the network scene (never over the flows).
    const notice: Notice = {
      kind: 'info',
      // Through a derived flow: said before anything else (no source states that edge), unless a step has no
      // source at all.
      // On a database not ours a step is the graph's relationship: it claims no certainty of ours, and lacks no source.
      key:
        answer.ours === false
          ? FOUND_NOTICE.stated
          : !pathThroughDerived(answer, index)
            ? FOUND_NOTICE[pathCertainty(answer, index)]
            : DERIVED_NOTICE[pathCertainty(answer, index)],
      vars: { n: path.length },
      nouns: { n: { noun: 'Steps' } },
      about: 'scene',
    };
    const patch = {
      busy: null,
      path: {
        from: search.from,
        to: search.to,
        highlight: { nodes: g.nodes.map((n) => n.id), edges: g.edges.map((e) => e.id) },
      },
      pathSearch: { ...search, status: 'ready' as const, answer, selected: index },
      notice,
    };
    // A reopened link's scene holds what its sender's did: nothing is added or shown again.
    if (reopen === 'exact') store.set(patch);
    else if (reopen === 'partial') {
      // Only what is absent: a node the link hid stays hidden (addToScene shows what it is given), and one it hid
      // but did not list (cut for length) is hidden again as it is added.
      const absent = {
        nodes: g.nodes.filter((n) => !s.scene.nodes[n.id]),
        edges: g.edges.filter((e) => !s.scene.edges[e.id]),
      };
      scene.commit(hideInScene(addToScene(s.scene, absent), hidden), { ...patch, origin: null });
    } else
      scene.commit(addToScene(s.scene, g), {
        ...patch,
        origin: null,
        // The flow view and the dashboard cover the network: the path is shown there.
        mode: !stay && (s.mode === 'flows' || s.mode === 'dashboard') ? 'network' : s.mode,
      });
  }

  /** Searches between the chosen ends and shows the first path, or the one `opts.prefer` names. */
  async function find(opts: ShowOptions = {}): Promise<PathOutcome> {
    const { from, to } = store.get().path;
    const mine = ++seq;
    // One end chosen anew: the last search's list no longer describes the ends.
    if (!from || !to) {
      if (store.get().pathSearch) store.set({ pathSearch: null });
      return 'none';
    }
    const { params, foreignTypes } = paramsNow();
    lastParams = JSON.stringify(params);
    // Nothing ticked (and no derived flows), or all of it hidden by the view: no search — asked without types, the
    // server would follow its defaults. The panel says why; a path drawn before is no longer one of these options'.
    if (!params) {
      store.set((s) => ({
        busy: null,
        path: { ...s.path, highlight: null },
        pathSearch: { from, to, status: 'noTypes', answer: null, selected: 0 },
        notice: { kind: 'info', key: pathNoTypesKey(s.pathOptions, foreignTypes) },
      }));
      return 'noTypes';
    }
    const listOnly = opts.draw === false ? { listOnly: true } : {};
    store.set({
      busy: 'path',
      pathSearch: { from, to, status: 'loading', answer: null, selected: 0, ...listOnly },
    });
    const asked = store.get().scene;
    try {
      const res = await api.paths(from, to, DEFAULT_PATH_MAX_LENGTH, params);
      if (mine !== seq) return 'superseded';
      // The user changed the scene meanwhile (a query, an expansion): it is no longer the link's exactly.
      const reopen = opts.reopen === 'exact' && store.get().scene !== asked ? 'partial' : opts.reopen;
      const answer = parsePathAnswer(res, holdsOurFacts(store.get().schema));
      // The sources the steps cite, so each citation can name its publisher.
      if (answer.sources.length)
        store.set((s) => ({
          sources: { ...s.sources, ...Object.fromEntries(answer.sources.map((n) => [n.id, n])) },
        }));
      if (answer.paths.length === 0) {
        store.set((s) => ({
          busy: null,
          path: { ...s.path, highlight: null },
          pathSearch: { from, to, status: 'ready', answer, selected: 0, ...listOnly },
          notice: {
            kind: 'info',
            key: 'pathNone',
            vars: { max: answer.maxLength || DEFAULT_PATH_MAX_LENGTH },
            nouns: { max: { noun: 'Steps', ofTotal: true } },
          },
        }));
        return opts.prefer?.length ? 'vanished' : 'none';
      }
      const wanted = opts.prefer?.join(' ');
      const index = wanted === undefined ? 0 : answer.paths.findIndex((p) => p.edges.join(' ') === wanted);
      store.set({
        busy: null,
        pathSearch: { from, to, status: 'ready', answer, selected: Math.max(index, 0), ...listOnly },
      });
      // A link's path that is gone (the data changed), or paths where its search found none, are not drawn over
      // the scene: the panel lists today's paths and the link's note says so.
      if (index < 0) return opts.prefer?.length ? 'gone' : 'appeared';
      if (opts.draw !== false) show(answer, index, reopen, opts.hidden, opts.stay);
      return 'shown';
    } catch (err) {
      if (mine !== seq) return 'superseded';
      store.set({
        busy: null,
        pathSearch: { from, to, status: 'error', answer: null, selected: 0, error: errorText(err) },
        notice: {
          kind: 'error',
          key: 'failed',
          vars: { error: errorText(err) },
          varKeys: { what: 'pathPanel' },
        },
      });
      return 'failed';
    }
  }

  function setOptions(patch: Partial<PathOptions>): void {
    store.set((s) => ({ pathOptions: { ...s.pathOptions, ...patch } }));
    void find();
  }

  /**
   * Reopens a shared link's path panel: its options and ends, the search run again, and the path it chose listed
   * and (unless the link only listed it) highlighted again. `exact`: the link's scene was restored whole (not
   * trimmed), its path among it — nothing is added to it; otherwise what of the path is absent is added.
   */
  function restore(link: UrlPath, exact: boolean, hidden: readonly string[] = []): Promise<PathOutcome> {
    store.set((s) => ({
      pathOptions: {
        derived: link.derived ?? false,
        types: link.types ? [...link.types] : [...DEFAULT_PATH_OPTIONS.types],
      },
      path: { ...s.path, from: link.from, to: link.to, highlight: null },
    }));
    return find({
      ...(link.edges ? { prefer: link.edges } : {}),
      draw: !link.listOnly,
      // A link copied before its search had answered drew no path: the path found now is added to its scene.
      reopen: exact && link.edges?.length ? 'exact' : 'partial',
      hidden,
    });
  }

  return {
    find: async () => {
      await find();
    },
    restore,
    /**
     * The view's filters changed: when a search is open and what it would apply of them changed (the certainties
     * shown, the types hidden), it is searched again — a path drawn is drawn anew, one only listed stays listed, and
     * the mode shown is kept.
     */
    viewChanged(): void {
      const s = store.get();
      if (!s.pathSearch || !s.path.from || !s.path.to) return;
      if (JSON.stringify(paramsNow().params) === lastParams) return;
      // Drawn again unless it was only listed: a path drawn, or one being searched, found none or not searched (no
      // type) — its highlight is still to come — is drawn; one a link listed, or a new scene left listed, stays so.
      const search = s.pathSearch;
      const draw =
        !search.listOnly &&
        (s.path.highlight !== null || search.status !== 'ready' || !search.answer?.paths.length);
      void find({ draw, stay: true });
    },
    /** Shows another of the shortest paths. */
    select(index: number): void {
      const answer = store.get().pathSearch?.answer;
      if (answer && answer.paths[index]) show(answer, index);
    },
    /** Follow derived TALENT_FLOW edges too (or not); searches again. */
    setDerived: (derived: boolean) => setOptions({ derived }),
    /** Adds or removes a fact type from those a path may use; searches again. */
    /** Ticks or unticks a type; `ticked` is what the panel shows ticked now (on a foreign database, all by default). */
    toggleType(type: string, ticked: readonly string[] = store.get().pathOptions.types): void {
      const types = [...ticked];
      setOptions({ types: types.includes(type) ? types.filter((t) => t !== type) : [...types, type] });
    },
    resetOptions: () => setOptions({ ...DEFAULT_PATH_OPTIONS, types: [...DEFAULT_PATH_OPTIONS.types] }),
    /** Closes the path panel (the highlight goes with it). */
    close(): void {
      seq += 1;
      store.set({ path: { from: null, to: null, highlight: null }, pathSearch: null, busy: null });
    },
  };
}
export type PathActions = ReturnType<typeof createPathActions>;
