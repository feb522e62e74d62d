// The export menu: PNG (with legend and numbered sources), GEXF, GraphML, CSV (nodes, edges), JSON of what is
// visible, and a link to this view.
import { useState } from 'react';
import { LABEL_STYLES, labelStyle } from '../graph/style.js';
import { labelName } from '../graph/vocabulary.js';
import { displayName } from '../graph/names.js';
import { t as translate, type MessageKey } from '../state/i18n.js';
import { sceneSources, labelCounts } from '../state/visibility.js';
import { activeScene, activeVisibility, visibleGraph, visibleSourceLines } from '../state/view-data.js';
import { useApp, useT } from './app-context.js';
import { download } from './download.js';
import { Menu } from './menu.js';

const stamp = () => new Date().toISOString().slice(0, 10);
// The file formats load on first use: nobody needs them to see the first scene.
const formats = () => import('../graph/exports.js');

export function ExportMenu() {
  const { store, actions, canvas } = useApp();
  const t = useT();
  const [status, setStatus] = useState<string | null>(null);

  const current = () => {
    const s = store.get();
    const scene = activeScene(s);
    const vis = activeVisibility(s, scene);
    return { s, scene, vis, data: visibleGraph(scene, vis) };
  };
  const positions = () => canvas.current?.positions() ?? new Map();

  const exportPng = async () => {
    const { scene, vis } = current();
    await actions.details.ensureSources(sceneSources(scene, vis.edges).map((x) => x.id));
    const s = store.get();
    const counts = labelCounts(scene, vis);
    const legend = Object.keys(LABEL_STYLES)
      .filter((l) => counts[l]?.visible)
      .map((l) => ({
        glyph: labelStyle(l).glyph,
        color: labelStyle(l).color[s.theme],
        text: `${labelName(l, s.lang)} (${counts[l]!.visible})`,
      }));
    const title =
      s.mode === 'flows'
        ? translate(s.lang, 'flowsTitle')
        : (s.origin?.title[s.lang] ?? translate(s.lang, 'appName'));
    const blob = await canvas.current!.exportPng({
      theme: s.theme,
      title,
      legend,
      sources: visibleSourceLines(scene, vis, s.sources),
      sourcesHeading: translate(s.lang, 'sourcesOfFacts'),
      rtl: s.lang === 'ar',
    });
    download(`talent-graph-${stamp()}.png`, blob);
  };

  const items: { key: MessageKey; run: () => void | Promise<void> }[] = [
    { key: 'exportPng', run: exportPng },
    {
      key: 'exportGexf',
      run: async () => {
        const { toGexf } = await formats();
        const { data, s } = current();
        const pos = positions();
        const viz = new Map(
          data.nodes.map((n) => {
            const p = pos.get(n.id) ?? { x: 0, y: 0 };
            const label = n.labels.find((l) => l in LABEL_STYLES);
            return [
              n.id,
              { x: p.x, y: p.y, color: labelStyle(label).color[s.theme], label: displayName(n, s.lang) },
            ];
          }),
        );
        download(`talent-graph-${stamp()}.gexf`, toGexf(data, viz), 'application/xml');
      },
    },
    {
      key: 'exportGraphml',
      run: async () =>
        download(
          `talent-graph-${stamp()}.graphml`,
          (await formats()).toGraphML(current().data, positions()),
          'application/xml',
        ),
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
      key: 'exportJson',
      run: async () =>
        download(
          `talent-graph-${stamp()}.json`,
          (await formats()).toJson(current().data),
          'application/json',
        ),
    },
    {
      key: 'copyLink',
      run: async () => {
        await navigator.clipboard?.writeText(window.location.href).catch(() => undefined);
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
        status && (
          <span className="menu-status" role="status">
            {status}
          </span>
        )
      }
    >
      {(close) =>
        items.map((it) => (
          <button
            key={it.key}
            type="button"
            role="menuitem"
            data-testid={`export-${it.key}`}
            onClick={async () => {
              close();
              try {
                await it.run();
              } catch (err) {
                store.set({
                  notice: {
                    kind: 'error',
                    key: 'failed',
                    vars: { what: t(it.key), error: (err as Error).message },
                  },
                });
              }
            }}
          >
            {t(it.key)}
          </button>
        ))
      }
    </Menu>
  );
}
