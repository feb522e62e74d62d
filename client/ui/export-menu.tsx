// The export menu: PNG (with legend and numbered sources), GEXF, GraphML, CSV (nodes, edges, sources), JSON of what
// is visible, and a link to this view. Every file names the sources of its facts in full, not by id alone.
import { useState } from 'react';
import type { PngArea, PngScale } from '../graph/export-png.js';
import { binColor } from '../graph/metrics.js';
import { certaintySwatches } from '../graph/reducers.js';
import { LABEL_COLOR, LABEL_STYLES, labelStyle, primaryLabel } from '../graph/style.js';
import { labelName } from '../graph/vocabulary.js';
import { displayName } from '../graph/names.js';
import { viewOf } from '../state/actions.js';
import { viewDescription } from '../state/chips.js';
import { citesAllTime, derivedByOtherRules } from '../state/flows.js';
import { holdsOurFacts, ourDerivedTypes, ourFactTypes } from '../state/our-database.js';
import { formatNumber, t as translate } from '../i18n/i18n.js';
import { encodeView } from '../state/url-encode.js';
import { sceneSources, labelCounts, sourceHiding } from '../state/visibility.js';
import {
  activeScene,
  activeVisibility,
  exportedGraph,
  visibleGraph,
  visibleSourceLines,
  windowFlowParts,
} from '../state/view-data.js';
import { useApp, useAppState, useT } from './app-context.js';
import { binText } from './appearance-legend.js';
import { COLOR_RULE_KEYS } from './appearance-panel.js';
import { copyText } from './clipboard.js';
import { download } from './download.js';
import { ExportItemButton, type ExportItem } from './export-item.js';
import { ManualCopy } from './manual-copy.js';
import { Menu } from './menu.js';

const PNG_SCALES: PngScale[] = [1, 2, 3];
const stamp = () => new Date().toISOString().slice(0, 10);
// The file formats load on first use: nobody needs them to see the first scene.
const formats = () => import('../graph/exports.js');
const sourceFormats = () => import('../graph/export-sources.js');
const gexfFormat = () => import('../graph/export-gexf.js');
const graphmlFormat = () => import('../graph/export-graphml.js');

/** The PNG legend's line for each certainty the drawing shows. */
const CERTAINTY_LEGEND = {
  stated: 'legendStated',
  implied: 'legendImplied',
  unsourced: 'legendUnsourced',
} as const;

export function ExportMenu() {
  const { store, actions, canvas } = useApp();
  const t = useT();
  const [status, setStatus] = useState<string | null>(null);
  // A link the browser would not copy, shown to be copied by hand until the user closes it.
  const [uncopied, setUncopied] = useState<string | null>(null);
  const [png, setPng] = useState<{ area: PngArea; scale: PngScale }>({ area: 'whole', scale: 2 });
  // The dashboard is not the network: its charts and table export from the dashboard itself, and this menu offers its
  // link only — the network's files would be of a scene the screen does not show.
  const dashboard = useAppState((s) => s.mode === 'dashboard');
  const lang = useAppState((s) => s.lang);

  const current = () => {
    const s = store.get();
    const scene = activeScene(s);
    const vis = activeVisibility(s, scene);
    // A stored flow's part under a time window: the window's numbers and sources, as the canvas draws it.
    const flowParts = windowFlowParts(s);
    // Every fact cited by the sources the filter shows (and how many it hides): a hidden source is no evidence here.
    const hiding = sourceHiding(s);
    const data = exportedGraph(visibleGraph(scene, vis, flowParts), hiding, holdsOurFacts(s.schema));
    return {
      s,
      scene,
      vis,
      flowParts,
      hiding,
      data,
      /**
       * The view in words (a time window, hidden certainties…, flows citing all time's sources in it, flows derived by
       * an older version's rules), written into
       * every file and image but the CSVs.
       */
      view: () =>
        viewDescription(
          s,
          sceneSources(scene).map((x) => x.id),
          data.edges.some(citesAllTime),
          data.edges.some(derivedByOtherRules),
        ),
    };
  };
  const positions = () => canvas.current?.positions() ?? new Map();

  const exportPng = async () => {
    const { s, scene, vis, flowParts, hiding, view } = current();
    const title =
      s.mode === 'flows'
        ? translate(s.lang, 'flowsTitle')
        : (s.origin?.title[s.lang] ?? translate(s.lang, 'appName'));
    const blob = await canvas.current!.exportPng({
      theme: s.theme,
      title,
      subtitle: view(),
      sourcesHeading: translate(s.lang, 'sourcesOfFacts'),
      rtl: s.lang === 'ar',
      area: png.area,
      scale: png.scale,
      // The legend counts and the sources listed are those of what the image draws, not of the whole scene.
      async describe(drawn) {
        const shown = { ...vis, nodes: new Set(drawn.nodes), edges: new Set(drawn.edges) };
        await actions.details.ensureSources(
          sceneSources(scene, shown.edges, flowParts, hiding).map((x) => x.id),
        );
        const now = store.get();
        const counts = labelCounts(scene, shown);
        // Our labels in their order, then any other label drawn (a foreign graph's).
        // Under a metric colour rule the shapes still tell kinds apart, and the colours are the rule's ranges.
        const rule =
          now.colorBy !== 'kind' && now.appearanceLegend?.colorBy === now.colorBy
            ? now.appearanceLegend
            : null;
        const ranges = rule?.ranges ?? null;
        const legend = [...new Set([...Object.keys(LABEL_STYLES), ...Object.keys(counts).sort()])]
          .filter((l) => counts[l]?.visible)
          .map((l) => ({
            glyph: labelStyle(l).glyph,
            color: ranges ? LABEL_COLOR[now.theme] : labelStyle(l).color[now.theme],
            // In the UI's digits, as the legend beside the canvas counts them.
            text: `${labelName(l, now.lang, holdsOurFacts(now.schema))} (${formatNumber(counts[l]!.visible, now.lang)})`,
          }));
        for (const r of ranges ?? []) {
          const text = binText(r, rule!.palette, now.lang);
          legend.push({
            glyph: '●',
            color: binColor(rule!.palette, now.theme, r.color),
            // A community's name already says what it is; a metric range needs the metric's name.
            text:
              rule!.palette === 'community'
                ? text
                : `${translate(now.lang, COLOR_RULE_KEYS[now.colorBy])} ${text}`,
          });
        }
        // How the drawing tells facts apart by certainty (faded: only implied, or no source behind it), for the
        // kinds it draws: an image shared on its own must not leave a faded line to be read as a stated one.
        const drawnEdges = drawn.edges
          .map((id) => flowParts?.get(id) ?? scene.edges[id])
          .filter((e) => e !== undefined);
        for (const c of certaintySwatches(
          drawnEdges,
          now.theme,
          ourFactTypes(now.schema),
          ourDerivedTypes(now.schema),
        ))
          legend.push({ glyph: '━', color: c.color, text: translate(now.lang, CERTAINTY_LEGEND[c.kind]) });
        // The shown sources of what it draws: the subtitle's "Sources: 1 of 2" says how many are hidden.
        return { legend, sources: visibleSourceLines(scene, shown, now.sources, flowParts, hiding) };
      },
    });
    download(`talent-graph-${stamp()}.png`, blob);
  };

  const items: ExportItem[] = [
    { key: 'exportPng', run: exportPng },
    {
      key: 'exportGexf',
      run: async () => {
        const { toGexf } = await gexfFormat();
        const { s, view, ...now } = current();
        const data = await actions.details.withSources(now.data);
        const pos = positions();
        const viz = new Map(
          data.nodes.map((n) => {
            const p = pos.get(n.id) ?? { x: 0, y: 0 };
            // Coloured as the canvas draws it: a foreign graph's node by its own first label.
            const label = primaryLabel(n, holdsOurFacts(s.schema));
            return [
              n.id,
              { x: p.x, y: p.y, color: labelStyle(label).color[s.theme], label: displayName(n, s.lang) },
            ];
          }),
        );
        download(`talent-graph-${stamp()}.gexf`, toGexf(data, viz, view()), 'application/xml');
      },
    },
    {
      key: 'exportGraphml',
      run: async () => {
        const { view, ...now } = current();
        const data = await actions.details.withSources(now.data);
        download(
          `talent-graph-${stamp()}.graphml`,
          (await graphmlFormat()).toGraphML(data, positions(), view()),
          'application/xml',
        );
      },
    },
    {
      key: 'exportCsvNodes',
      run: async () =>
        download(
          `talent-graph-nodes-${stamp()}.csv`,
          (await formats()).nodesCsv(current().data),
          'text/csv;charset=utf-8',
        ),
    },
    {
      key: 'exportCsvEdges',
      run: async () =>
        download(
          `talent-graph-edges-${stamp()}.csv`,
          (await formats()).edgesCsv(current().data),
          'text/csv;charset=utf-8',
        ),
    },
    {
      // The facts' sources in full: the edges' CSV names them by id only.
      key: 'exportCsvSources',
      run: async () => {
        const { sources = [] } = await actions.details.withSources(current().data);
        download(
          `talent-graph-sources-${stamp()}.csv`,
          (await sourceFormats()).sourcesCsv(sources),
          'text/csv;charset=utf-8',
        );
      },
    },
    {
      key: 'exportJson',
      run: async () => {
        const { view, ...now } = current();
        const data = await actions.details.withSources(now.data);
        download(`talent-graph-${stamp()}.json`, (await formats()).toJson(data, view()), 'application/json');
      },
    },
    {
      key: 'copyLink',
      run: async () => {
        // Built now, with the nodes where they are on the canvas this moment and the camera where it looks.
        const search = encodeView(
          viewOf(store.get(), canvas.current?.positions(), canvas.current?.cameraView()),
        );
        const href = `${window.location.origin}${window.location.pathname}${search}`;
        window.history.replaceState(null, '', href);
        setUncopied(null);
        if (!(await copyText(href))) {
          setUncopied(href);
          return;
        }
        setStatus(t('linkCopied'));
        setTimeout(() => setStatus(null), 2_000);
      },
    },
  ];

  return (
    <Menu
      label={`⤓ ${t('export')}`}
      testId="export-button"
      after={
        uncopied !== null ? (
          <ManualCopy
            text={uncopied}
            message={t('linkCopyFailed')}
            testId="link-uncopied"
            onClose={() => {
              setUncopied(null);
              document.querySelector<HTMLElement>('[data-testid="export-button"]')?.focus();
            }}
          />
        ) : (
          status && (
            <span className="menu-status" role="status" data-testid="link-copied">
              {status}
            </span>
          )
        )
      }
    >
      {(close) =>
        dashboard
          ? [
              <p key="dashboard-hint" className="hint" data-testid="export-dashboard-hint">
                {t('dashboardExportHint')}
              </p>,
              ...items
                .filter((it) => it.key === 'copyLink')
                .map((it) => (
                  <ExportItemButton key={it.key} item={it} testId={`export-${it.key}`} close={close} />
                )),
            ]
          : [
              <fieldset key="png-options" className="menu-options" data-testid="png-options">
                <legend>{t('pngOptions')}</legend>
                {(['whole', 'visible'] as const).map((area) => (
                  <label key={area} className="check">
                    <input
                      type="radio"
                      name="png-area"
                      checked={png.area === area}
                      onChange={() => setPng((p) => ({ ...p, area }))}
                      data-testid={`png-area-${area}`}
                    />
                    {t(area === 'whole' ? 'pngWhole' : 'pngVisible')}
                  </label>
                ))}
                <label className="field">
                  <span>{t('pngScale')}</span>
                  <select
                    value={png.scale}
                    onChange={(e) => setPng((p) => ({ ...p, scale: Number(e.target.value) as PngScale }))}
                    data-testid="png-scale"
                  >
                    {PNG_SCALES.map((n) => (
                      // The scale in the UI's digits (Arabic ٢×).
                      <option key={n} value={n}>{`${formatNumber(n, lang)}×`}</option>
                    ))}
                  </select>
                </label>
              </fieldset>,
              ...items.map((it) => (
                <ExportItemButton key={it.key} item={it} testId={`export-${it.key}`} close={close} />
              )),
            ]
      }
    </Menu>
  );
}
