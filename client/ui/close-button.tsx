// The UI's one close button: an icon button showing ×, named by its label (and titled with it unless told otherwise),
// so every panel, notice and frame closes with the same look and the same accessible name pattern.
import type { Ref } from 'react';

export function CloseButton({
  label,
  title = label,
  testId,
  onClick,
  ref,
}: {
  /** The accessible name (what is closed, in the UI language). */
  label: string;
  /** The tooltip, when it should say less than the label (a frame's names its query only in the label). */
  title?: string;
  testId?: string;
  onClick: () => void;
  /** For a dialog that moves focus onto its close button when it opens. */
  ref?: Ref<HTMLButtonElement>;
}) {
  return (
    <button
      ref={ref}
      type="button"
      className="icon-button"
      aria-label={label}
      title={title}
      data-testid={testId}
      onClick={onClick}
    >
      ×
    </button>
  );
}
