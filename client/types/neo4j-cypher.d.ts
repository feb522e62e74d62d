// Types for @neo4j-cypher/react-codemirror: its package "exports" map has no types condition, so TypeScript's
// bundler resolution cannot find the .d.ts it ships. The subset of props the explorer uses.
declare module '@neo4j-cypher/react-codemirror' {
  import type { Component } from 'react';
  import type { Extension } from '@codemirror/state';
  import type { EditorView } from '@codemirror/view';

  export interface CypherEditorSchema {
    labels?: string[];
    relationshipTypes?: string[];
    propertyKeys?: string[];
    parameters?: string[];
  }

  export interface CypherEditorApi {
    codemirror: EditorView;
    setValue(value?: string): void;
    focus(): void;
  }

  export interface CypherEditorProps {
    value?: string;
    onValueChanged?: (value: string) => void;
    onEditorCreated?: (editor: CypherEditorApi) => void;
    schema?: CypherEditorSchema;
    theme?: 'light' | 'dark' | 'auto';
    autofocus?: boolean;
    lineWrapping?: boolean;
    lineNumbers?: boolean;
    lint?: boolean;
    placeholder?: string;
    className?: string;
    preExtensions?: Extension[];
    postExtensions?: Extension[];
  }

  export class CypherEditor extends Component<CypherEditorProps> {}
}
