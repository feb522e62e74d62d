// Marks a Cypher error at its position in the editor (the API's details.position): the line is tinted and the
// offending token underlined until the text changes.
import { StateEffect, StateField, type Extension, type Text } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

export const setErrorMark = StateEffect.define<{ from: number; to: number } | null>();

const markDeco = Decoration.mark({
  class: 'cm-cypher-error',
  attributes: { 'data-testid': 'cypher-error-mark' },
});
const lineDeco = Decoration.line({ class: 'cm-cypher-error-line' });

const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    if (tr.docChanged) return Decoration.none;
    for (const e of tr.effects) {
      if (!e.is(setErrorMark)) continue;
      if (!e.value) return Decoration.none;
      const { from, to } = e.value;
      return Decoration.set([lineDeco.range(tr.state.doc.lineAt(from).from), markDeco.range(from, to)], true);
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

export function errorMarker(): Extension {
  return errorField;
}

/** The document range to mark for a 1-based line/column (or a 0-based offset): the word there, at least one char. */
export function errorRange(
  doc: Text,
  pos: { line: number; column: number; offset?: number },
): { from: number; to: number } | null {
  if (doc.length === 0) return null;
  let from: number;
  if (typeof pos.offset === 'number' && pos.offset >= 0 && pos.offset <= doc.length) from = pos.offset;
  else {
    if (pos.line < 1 || pos.line > doc.lines) return null;
    const line = doc.line(pos.line);
    from = Math.min(line.from + Math.max(0, pos.column - 1), line.to);
  }
  from = Math.min(from, doc.length - 1);
  const rest = doc.sliceString(from, Math.min(doc.length, from + 80));
  const word = /^[\p{L}\p{N}_$`]+/u.exec(rest);
  const to = from + Math.max(1, word ? word[0].length : 1);
  return { from, to: Math.min(to, doc.length) };
}
