// Keyboard shortcuts for the canvas and the scene (ignored while typing in a field or the editor).
import { useEffect } from 'react';
import { useApp } from './app-context.js';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return (
    el.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) ||
    Boolean(el.closest?.('.cm-editor'))
  );
}

/** `onEscape`: what else Escape dismisses (the floating details panel on a narrow screen). */
export function useShortcuts(onEscape: () => void): void {
  const { store, actions, canvas } = useApp();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z' && !typing(e.target)) {
        e.preventDefault();
        if (e.shiftKey) actions.scene.redo();
        else actions.scene.undo();
        return;
      }
      if (mod && e.key.toLowerCase() === 'y' && !typing(e.target)) {
        e.preventDefault();
        actions.scene.redo();
        return;
      }
      if (mod || e.altKey || typing(e.target)) return;
      const sel = store.get().selection;
      switch (e.key) {
        case '/':
          e.preventDefault();
          document.getElementById('search-input')?.focus();
          break;
        case 'f':
        case 'F':
          canvas.current?.fit();
          break;
        case '+':
        case '=':
          canvas.current?.zoomIn();
          break;
        case '-':
          canvas.current?.zoomOut();
          break;
        case 'l':
        case 'L':
          if (canvas.current?.isLayoutRunning()) canvas.current.stopLayout();
          else canvas.current?.startLayout();
          break;
        case 'e':
        case 'E':
          if (sel?.kind === 'node' && store.get().mode !== 'flows') void actions.scene.expand(sel.id);
          break;
        case 'Delete':
        case 'Backspace':
          // A multi-selection is hidden as a whole; otherwise the node whose details are open.
          if (store.get().multiSelection.length && store.get().mode !== 'flows') actions.multi.hide();
          else if (sel?.kind === 'node' && store.get().mode !== 'flows') actions.scene.hide([sel.id]);
          break;
        case 'Escape':
          actions.multi.clear();
          actions.details.selectNode(null);
          actions.clearPath();
          onEscape();
          break;
        default:
          return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, actions, canvas, onEscape]);
}
