// The canvas's context menu (right-click on a node, an edge or the stage): the actions a user reaches for there,
// keyboard-operable (arrows, Enter, Escape), closed by any choice, a click elsewhere or Escape.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DegreeEntry } from '../../model/api-responses.js';
import { relName } from '../graph/vocabulary.js';
import type { ContextMenuState } from '../state/app-state.js';
import { formatNumber } from '../i18n/i18n.js';
import { useApp, useAppState, useOurNames, useT } from './app-context.js';
import { copyText } from './clipboard.js';
import { ManualCopy } from './manual-copy.js';
import { placeMenu, type MenuPlace } from './menu-place.js';

/** The menu's width as drawn, to keep it inside the canvas near the right or bottom edge. */
const MENU_WIDTH_PX = 240;

interface Item {
  key: string;
  label: string;
  run(): void;
  /** Shown instead of a button: a heading or a loading/error line inside the menu. */
  note?: 'heading' | 'status' | 'error';
  data?: Record<string, string>;
}

/** The node's relationships by type and direction, loaded when its menu opens. */
type Degrees =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; list: DegreeEntry[] };

const noop = () => undefined;

export function ContextMenu() {
  const menu = useAppState((s) => s.contextMenu);
  if (!menu) return null;
  // Keyed by where it opened: a new right-click starts a fresh menu (focus on its first item).
  return <Menu key={`${menu.kind}:${menu.id ?? ''}:${menu.x}:${menu.y}`} menu={menu} />;
}

function Menu({ menu }: { menu: ContextMenuState }) {
  const { actions, canvas } = useApp();
  const t = useT();
  const mode = useAppState((s) => s.mode);
  const hiddenCount = useAppState((s) => Object.keys(s.scene.hidden).length);
  const layoutRunning = useAppState((s) => s.layoutRunning);
  const picked = useAppState((s) => s.multiSelection);
  const ref = useRef<HTMLDivElement>(null);
  // Whether the id was copied; when the browser would not, the id is shown in the menu to be copied by hand.
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const [place, setPlace] = useState<MenuPlace | null>(null);
  const close = () => actions.closeContextMenu();
  const lang = useAppState((s) => s.lang);
  const ourNames = useOurNames();
  const network = mode !== 'flows';
  // "Expand by type" is offered on a single node of the network (not on the multi-selection's menu).
  const wantsDegrees = menu.kind === 'node' && Boolean(menu.id) && network && !picked.includes(menu.id ?? '');
  const [degrees, setDegrees] = useState<Degrees>({ status: 'loading' });

  useEffect(() => {
    if (!wantsDegrees || !menu.id) return;
    let live = true;
    actions.scene.degrees(menu.id).then(
      (list) => live && setDegrees({ status: 'ready', list }),
      (err: unknown) =>
        live && setDegrees({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
    // The menu is remounted for each right-click, so this runs once per node it opens on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The canvas clips the menu: near its far edges the menu opens towards the pointer's other side, and a menu taller
  // than the canvas scrolls. Placed again when the relationships by type arrive (the menu grows), before it is painted.
  useLayoutEffect(() => {
    const el = ref.current;
    const box = el?.parentElement;
    if (!el || !box) return;
    const next = placeMenu(
      menu.x,
      menu.y,
      { width: MENU_WIDTH_PX, height: el.scrollHeight + el.offsetHeight - el.clientHeight },
      { width: box.clientWidth, height: box.clientHeight },
    );
    setPlace((p) =>
      p && p.left === next.left && p.top === next.top && p.maxHeight === next.maxHeight ? p : next,
    );
  }, [menu.x, menu.y, degrees, copied]);

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const outside = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) actions.closeContextMenu();
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [actions]);

  const copy = (id: string) => {
    void copyText(id).then((ok) => setCopied(ok ? 'yes' : 'failed'));
  };

  const items: Item[] = [];
  const id = menu.id;
  const expandBy = (nodeId: string) => {
    items.push({ key: 'by-heading', label: t('ctxExpandBy'), run: noop, note: 'heading' });
    if (degrees.status === 'loading')
      items.push({ key: 'by-loading', label: t('ctxExpandByLoading'), run: noop, note: 'status' });
    else if (degrees.status === 'error')
      items.push({
        key: 'by-error',
        label: t('ctxExpandByError', { error: degrees.message }),
        run: noop,
        note: 'error',
      });
    else if (degrees.list.length === 0)
      items.push({ key: 'by-none', label: t('ctxExpandByNone'), run: noop, note: 'status' });
    else
      for (const d of degrees.list)
        items.push({
          key: `expand-${d.direction}-${d.type}`,
          label: t(d.direction === 'out' ? 'ctxExpandOut' : 'ctxExpandIn', {
            rel: relName(d.type, lang, ourNames),
            n: formatNumber(d.count, lang),
          }),
          run: () => void actions.scene.expand(nodeId, undefined, { type: d.type, direction: d.direction }),
          data: { type: d.type, direction: d.direction, count: String(d.count) },
        });
  };
  if (menu.kind === 'node' && id && network && picked.includes(id)) {
    // A right-click on a node of the multi-selection offers what the selection bar does, for all of them.
    items.push({ key: 'sel-hide', label: t('hide'), run: actions.multi.hide });
    items.push({ key: 'sel-expand', label: t('selectionExpand'), run: () => void actions.multi.expand() });
    if (picked.length === 2)
      items.push({ key: 'sel-path', label: t('selectionPath'), run: actions.multi.pathBetween });
    items.push({
      key: 'sel-neighbours',
      label: t('ctxSelectNeighbours'),
      run: () => actions.multi.selectNeighbours(id),
    });
    items.push({
      key: 'sel-remove',
      label: t('ctxRemoveFromSelection'),
      run: () => actions.multi.toggle(id),
    });
    items.push({ key: 'sel-clear', label: t('selectionClear'), run: actions.multi.clear });
    items.push({ key: 'details', label: t('ctxDetails'), run: () => actions.details.selectNode(id) });
  } else if (menu.kind === 'node' && id) {
    const pinned = canvas.current?.isPinned(id) ?? false;
    items.push({ key: 'details', label: t('ctxDetails'), run: () => actions.details.selectNode(id) });
    if (network) {
      items.push({ key: 'expand', label: t('expand'), run: () => void actions.scene.expand(id) });
      expandBy(id);
      items.push({ key: 'hide', label: t('hide'), run: () => actions.scene.hide([id]) });
    }
    items.push({
      key: pinned ? 'unpin' : 'pin',
      label: pinned ? t('ctxUnpin') : t('ctxPin'),
      run: () => canvas.current?.setPinned(id, !pinned),
    });
    if (network) {
      items.push({ key: 'path-from', label: t('pathFrom'), run: () => actions.setPathEnd('from', id) });
      items.push({ key: 'path-to', label: t('pathTo'), run: () => actions.setPathEnd('to', id) });
      items.push({
        key: 'select-neighbours',
        label: t('ctxSelectNeighbours'),
        run: () => actions.multi.selectNeighbours(id),
      });
      items.push({ key: 'select', label: t('ctxAddToSelection'), run: () => actions.multi.toggle(id) });
      items.push({
        key: 'cypher',
        label: t('showCypher'),
        run: () => {
          const q = actions.scene.expandQuery(id);
          if (q) actions.cypher.open(q);
        },
      });
    }
    items.push({
      key: 'copy',
      label: copied === 'yes' ? t('ctxCopied') : t('ctxCopyId'),
      run: () => copy(id),
    });
  } else if (menu.kind === 'edge' && id) {
    items.push({ key: 'details', label: t('ctxDetails'), run: () => actions.details.selectEdge(id) });
    if (network) items.push({ key: 'hide', label: t('hide'), run: () => actions.scene.hide([id]) });
    items.push({
      key: 'copy',
      label: copied === 'yes' ? t('ctxCopied') : t('ctxCopyId'),
      run: () => copy(id),
    });
    if (network)
      items.push({
        key: 'cypher',
        label: t('showCypher'),
        run: () => actions.cypher.open(actions.scene.edgeQuery(id)),
      });
  } else {
    items.push({ key: 'fit', label: t('fit'), run: () => canvas.current?.fit() });
    items.push({
      key: 'layout',
      label: layoutRunning ? t('layoutStop') : t('layoutStart'),
      run: () => (layoutRunning ? canvas.current?.stopLayout() : canvas.current?.startLayout()),
    });
    if (hiddenCount > 0 && network)
      items.push({
        key: 'show-hidden',
        label: t('showHidden', { n: hiddenCount }),
        run: actions.scene.showAll,
      });
  }

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={t('ctxMenu')}
      className="menu-list context-menu"
      data-testid="context-menu"
      data-kind={menu.kind}
      data-id={menu.id}
      style={{
        left: place?.left ?? menu.x,
        top: place?.top ?? menu.y,
        width: MENU_WIDTH_PX,
        maxHeight: place?.maxHeight,
      }}
      onKeyDown={(e) => {
        const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
        const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
        if (e.key === 'Escape') close();
        else if (e.key === 'ArrowDown') buttons[(at + 1) % buttons.length]?.focus();
        else if (e.key === 'ArrowUp') buttons[(at - 1 + buttons.length) % buttons.length]?.focus();
        else return;
        e.preventDefault();
        e.stopPropagation();
      }}
    >
      {items.map((item) =>
        item.note ? (
          <div
            key={item.key}
            className={`context-menu-note context-menu-${item.note}`}
            role={item.note === 'heading' ? 'presentation' : item.note === 'error' ? 'alert' : 'status'}
            data-testid={`ctx-${item.key}`}
          >
            {item.label}
          </div>
        ) : (
          <button
            key={item.key}
            type="button"
            role="menuitem"
            data-testid={`ctx-${item.key}`}
            {...(item.data
              ? Object.fromEntries(Object.entries(item.data).map(([k, v]) => [`data-${k}`, v]))
              : {})}
            onClick={() => {
              item.run();
              // Copying says "Copied" in place; every other choice closes the menu.
              if (item.key !== 'copy') close();
            }}
          >
            {item.label}
          </button>
        ),
      )}
      {copied === 'failed' && id && (
        <ManualCopy text={id} message={t('ctxCopyFailed')} testId="ctx-uncopied" onClose={close} />
      )}
    </div>
  );
}
