// The Cypher editor: Neo4j's CodeMirror 6 Cypher support (highlighting, autocomplete from /api/schema),
// Ctrl/Cmd+Enter to run, and the last error marked at its position.
import { CypherEditor } from '@neo4j-cypher/react-codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { Prec } from '@codemirror/state';
import { keymap, type EditorView } from '@codemirror/view';
import { useEffect, useMemo, useRef } from 'react';
import type { CypherError } from '../state/app-state.js';
import type { SchemaInfo } from '../api/api.js';
import { refreshCompletion } from './cypher-completion-refresh.js';
import { errorMarker, errorRange, setErrorMark } from './cypher-error-marker.js';

export interface CypherEditorProps {
  value: string;
  onChange(value: string): void;
  onRun(): void;
  schema: SchemaInfo | null;
  paramNames: string[];
  theme: 'light' | 'dark';
  error: CypherError | null;
  label: string;
}

export function CypherEditorView(props: CypherEditorProps) {
  const view = useRef<EditorView | null>(null);
  const runRef = useRef(props.onRun);
  runRef.current = props.onRun;

  const extensions = useMemo(
    () => [
      Prec.highest(
        keymap.of([
          {
            key: 'Mod-Enter',
            run: () => {
              runRef.current();
              return true;
            },
          },
        ]),
      ),
      errorMarker(),
    ],
    [],
  );

  // Keyed by the names' text, so a new array with the same names keeps the editor's schema (no reconfigure).
  const paramKey = props.paramNames.join(',');
  const schema = useMemo(
    () => ({
      labels: props.schema?.labels ?? [],
      relationshipTypes: props.schema?.relationshipTypes ?? [],
      propertyKeys: props.schema?.propertyKeys ?? [],
      parameters: paramKey ? paramKey.split(',') : [],
    }),
    [props.schema, paramKey],
  );

  // Neo4j's editor takes a new schema for the next list only; one the user is typing in is asked again. (Its own
  // componentDidUpdate, which hands the editor the schema, has run before this effect.)
  const firstSchema = useRef(schema);
  useEffect(() => {
    if (schema !== firstSchema.current && view.current) refreshCompletion(view.current);
  }, [schema]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const pos = props.error?.position;
    const range = pos ? errorRange(v.state.doc, pos) : null;
    v.dispatch({
      effects: setErrorMark.of(range),
      ...(range ? { selection: { anchor: range.from }, scrollIntoView: true } : {}),
    });
  }, [props.error]);

  return (
    <div className="cypher-editor" data-testid="cypher-editor" dir="ltr" aria-label={props.label}>
      <CypherEditor
        value={props.value}
        onValueChanged={(v: string) => props.onChange(v)}
        onEditorCreated={(editor) => {
          view.current = editor.codemirror;
          editor.codemirror.contentDOM.setAttribute('aria-label', props.label);
        }}
        schema={schema}
        theme={props.theme}
        autofocus={false}
        lineWrapping
        lint={false}
        postExtensions={extensions}
      />
    </div>
  );
}
