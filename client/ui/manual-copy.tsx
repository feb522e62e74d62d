// When copying failed: says so, and holds the text in a read-only field, focused and selected, for the user to copy
// by hand (Ctrl+C) — a link or an id is never lost because the browser gave no clipboard.
import { useEffect, useRef } from 'react';
import { useT } from './app-context.js';

export function ManualCopy({
  text,
  message,
  testId,
  onClose,
}: {
  text: string;
  message: string;
  testId: string;
  /** Offered as a Close button, and on Escape in the field. */
  onClose?: () => void;
}) {
  const t = useT();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [text]);
  return (
    <div className="manual-copy" role="alert" data-testid={testId}>
      <p>{message}</p>
      {/* A link or an id reads left to right in both languages. */}
      <input
        ref={field}
        readOnly
        dir="ltr"
        value={text}
        aria-label={message}
        data-testid={`${testId}-field`}
        onFocus={(e) => e.currentTarget.select()}
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || !onClose) return;
          e.stopPropagation();
          onClose();
        }}
      />
      {onClose && (
        <button type="button" className="tool-button" data-testid={`${testId}-close`} onClick={onClose}>
          {t('closePanel')}
        </button>
      )}
    </div>
  );
}
