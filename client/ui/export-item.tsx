// One entry of an export menu (the canvas's, the selection's): closes the menu, makes the file, and says what failed
// in the notice bar instead of losing the error.
import type { MessageKey } from '../i18n/i18n.js';
import { useApp, useT } from './app-context.js';

export interface ExportItem {
  key: MessageKey;
  run: () => void | Promise<void>;
}

export function ExportItemButton({
  item,
  testId,
  close,
}: {
  item: ExportItem;
  testId: string;
  close: () => void;
}) {
  const { store } = useApp();
  const t = useT();
  return (
    <button
      type="button"
      role="menuitem"
      data-testid={testId}
      onClick={async () => {
        close();
        try {
          await item.run();
        } catch (err) {
          store.set({
            notice: {
              kind: 'error',
              key: 'failed',
              vars: { error: (err as Error).message },
              varKeys: { what: item.key },
            },
          });
        }
      }}
    >
      {t(item.key)}
    </button>
  );
}
