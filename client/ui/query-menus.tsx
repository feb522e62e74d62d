// Menus of queries to open in the editor: ready questions (the gallery), recent history and saved queries.
import { useApp, useAppState, useT } from './app-context.js';
import { Menu } from './menu.js';

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
      <Menu label={`${t('gallery')} ▾`} listClassName="menu-list menu-up" testId="gallery-menu">
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
      <Menu label={`${t('history')} ▾`} listClassName="menu-list menu-up" testId="history-menu">
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
      <Menu label={`${t('saved')} ▾`} listClassName="menu-list menu-up" testId="saved-menu">
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
