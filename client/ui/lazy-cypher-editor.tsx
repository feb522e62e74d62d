// The Cypher editor, loaded on demand: CodeMirror and Neo4j's Cypher language are most of the client's code, so the
// first scene is drawn without them. A plain view of the query stands in until they arrive — fetched once the first
// scene is there and the page is idle, or at once when the user reaches for the editor.
import { lazy, Suspense, useEffect, useState } from 'react';
import type { CypherEditorProps } from './cypher-editor.js';
import { useAppState } from './app-context.js';

/** Fetch the editor after this long even if no scene arrives or the page is never idle, ms. */
export const DEFAULT_EDITOR_LOAD_AFTER_MS = 4_000;
/** Longest wait for an idle moment once the first scene is there, ms. */
const IDLE_TIMEOUT_MS = 1_000;

let loading: Promise<typeof import('./cypher-editor.js')> | null = null;
const loadEditor = () => (loading ??= import('./cypher-editor.js'));
const Editor = lazy(() => loadEditor().then((m) => ({ default: m.CypherEditorView })));

export function LazyCypherEditor(props: CypherEditorProps) {
  const [wanted, setWanted] = useState(loading !== null);
  const hasScene = useAppState((s) => Object.keys(s.scene.nodes).length > 0);

  useEffect(() => {
    if (wanted) return;
    const want = () => setWanted(true);
    const timer = setTimeout(want, DEFAULT_EDITOR_LOAD_AFTER_MS);
    let idle: number | undefined;
    if (hasScene) {
      if (typeof requestIdleCallback === 'function')
        idle = requestIdleCallback(want, { timeout: IDLE_TIMEOUT_MS });
      else want();
    }
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [wanted, hasScene]);

  const placeholder = <EditorPlaceholder {...props} onActivate={() => setWanted(true)} />;
  if (!wanted) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <Editor {...props} />
    </Suspense>
  );
}

function EditorPlaceholder(props: CypherEditorProps & { onActivate(): void }) {
  return (
    <div
      className="cypher-editor cypher-editor-loading"
      data-testid="cypher-editor-placeholder"
      dir="ltr"
      role="textbox"
      aria-label={props.label}
      aria-busy="true"
      aria-readonly="true"
      tabIndex={0}
      onPointerDown={props.onActivate}
      onFocus={props.onActivate}
    >
      <pre>{props.value}</pre>
    </div>
  );
}
