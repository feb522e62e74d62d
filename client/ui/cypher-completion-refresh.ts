// Refreshes the editor's completion list when the database's schema reaches the editor. The schema is asked for after
// the first picture, so a user may start typing a label before it is there: the list then showed nothing for that
// name (an empty schema), and Neo4j's editor, given the schema later, never asked again.
import { completionStatus, startCompletion } from '@codemirror/autocomplete';
import type { EditorState } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';

/** A completion trigger (":" of a label or type, "." of a property, "$" of a parameter) and the name typed after it. */
const NAME_AFTER_TRIGGER = /[:.$][\p{L}\p{N}_]*$/u;
/** How much text before the cursor is looked at. */
const LOOK_BACK = 128;

/** True when the text just before the cursor is a completion trigger followed only by name characters. */
export function endsInTriggeredName(before: string): boolean {
  return NAME_AFTER_TRIGGER.test(before);
}

function cursorInTriggeredName(state: EditorState): boolean {
  const { main } = state.selection;
  return main.empty && endsInTriggeredName(state.sliceDoc(Math.max(0, main.head - LOOK_BACK), main.head));
}

/**
 * Asks for completions again when the user is at a place where the list is (or would have been) open: the list
 * already open or being computed, or the cursor in a name right after its trigger. Nothing opens in an editor the user
 * is not in.
 */
export function refreshCompletion(view: EditorView): void {
  if (!view.hasFocus) return;
  if (completionStatus(view.state) !== null || cursorInTriggeredName(view.state)) startCompletion(view);
}
