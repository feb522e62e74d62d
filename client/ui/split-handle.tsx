// The handle between the canvas and the Cypher panel: drag it (or focus it and press the arrow keys) to give one
// more room than the other. The height is a CSS variable on the page, remembered for the next visit.
import { useEffect, useRef, useState } from 'react';
import { clampCypherHeight } from '../state/layout-prefs.js';
import { useApp, useT } from './app-context.js';

const KEY_STEP_PX = 24;

function applyHeight(px: number): void {
  document.documentElement.style.setProperty('--bottom-h', `${px}px`);
}

export function SplitHandle() {
  const { layout } = useApp();
  const t = useT();
  const [height, setHeight] = useState(() =>
    clampCypherHeight(layout?.read().cypherHeight ?? 260, window.innerHeight),
  );
  const drag = useRef<{ startY: number; startHeight: number } | null>(null);

  useEffect(() => {
    applyHeight(height);
  }, [height]);

  const commit = (px: number) => {
    const next = clampCypherHeight(px, window.innerHeight);
    setHeight(next);
    layout?.write({ cypherHeight: next });
  };

  return (
    <div
      className="split-handle"
      role="separator"
      aria-orientation="horizontal"
      aria-label={t('resizeCypher')}
      aria-valuenow={height}
      tabIndex={0}
      data-testid="split-handle"
      onPointerDown={(e) => {
        drag.current = { startY: e.clientY, startHeight: height };
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (!drag.current) return;
        // Dragging up makes the panel taller.
        setHeight(
          clampCypherHeight(drag.current.startHeight + drag.current.startY - e.clientY, window.innerHeight),
        );
      }}
      onPointerUp={(e) => {
        if (!drag.current) return;
        commit(drag.current.startHeight + drag.current.startY - e.clientY);
        drag.current = null;
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowUp') commit(height + KEY_STEP_PX);
        else if (e.key === 'ArrowDown') commit(height - KEY_STEP_PX);
        else return;
        e.preventDefault();
      }}
    />
  );
}
