// Menus of queries to open in the editor: ready questions (the gallery), recent history and saved queries.
import { useRef, useState, type ReactNode } from 'react';
import { useApp, useAppState, useT } from './app-context.js';

function Menu({
  label,
  children,
  testId,
}: {
  label: string;
  children: (close: () => void) => ReactNode;
  testId: string;
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
        {label} ▾
      </button>
      {open && (
        <div role="menu" className="menu-list menu-up">
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}

export function QueryMenus() {
  const { actions } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const history = useAppState((s) => s.cypher.history);
  const saved = useAppState((s) => s.cypher.saved);
  const text = useAppState((s) => s.cypher.text);
  const firstLine = (q: string) =>
    q
      .split('\n')
      .find((l) => l.trim())
      ?.replace(/^\/\/\s*/, '')
      .slice(0, 90) ?? '';
  return (
    <>
      <Menu label={t('gallery')} testId="gallery-menu">
        {(close) =>
          actions.gallery.map((g) => (
            <button
              key={g.id}
              type="button"
              role="menuitem"
              data-testid={`gallery-${g.id}`}
              onClick={() => {
                close();
                actions.openGallery(g);
              }}
            >
              {g.title[lang]}
            </button>
          ))
        }
      </Menu>
      <Menu label={t('history')} testId="history-menu">
        {(close) =>
          history.length ? (
            history.map((h, i) => (
              <button
                key={i}
                type="button"
                role="menuitem"
                dir="ltr"
                onClick={() => {
                  close();
                  actions.cypher.open(h);
                }}
              >
                {firstLine(h.query)}
              </button>
            ))
          ) : (
            <span className="hint">—</span>
          )
        }
      </Menu>
      <Menu label={t('saved')} testId="saved-menu">
        {(close) => (
          <>
            {saved.map((s) => (
              <div key={s.name} className="menu-row">
                <button
                  type="button"
                  role="menuitem"
                  dir="auto"
                  onClick={() => {
                    close();
                    actions.cypher.open(s);
                  }}
                >
                  {s.name}
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`${t('remove')} ${s.name}`}
                  onClick={() => actions.cypher.unsave(s.name!)}
                >
                  ×
                </button>
              </div>
            ))}
            <button
              type="button"
              role="menuitem"
              disabled={!text.trim()}
              onClick={() => {
                const name = window.prompt(t('saveName'), firstLine(text));
                if (name !== null) actions.cypher.save(name);
                close();
              }}
            >
              + {t('save')}
            </button>
          </>
        )}
      </Menu>
    </>
  );
}
