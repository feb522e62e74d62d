// A drop-down menu button shared by the top bar and the Cypher panel: opens on click, closes when focus leaves.
import { useRef, useState, type ReactNode } from 'react';

export function Menu({
  label,
  children,
  testId,
  listClassName = 'menu-list',
  after,
}: {
  label: ReactNode;
  /** The menu's items; `close` shuts the menu (call it when an item is chosen). */
  children: (close: () => void) => ReactNode;
  testId: string;
  listClassName?: string;
  /** Shown beside the button whether the menu is open or not (e.g. a status line). */
  after?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div
      className="menu"
      ref={ref}
      onBlur={(e) => {
        if (!ref.current?.contains(e.relatedTarget as Node)) setOpen(false);
      }}
    >
      <button
        type="button"
        className="tool-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
        data-testid={testId}
      >
        {label}
      </button>
      {open && (
        <div role="menu" className={listClassName}>
          {children(() => setOpen(false))}
        </div>
      )}
      {after}
    </div>
  );
}
