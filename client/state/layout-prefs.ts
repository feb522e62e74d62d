// The screen layout the user chose, kept in localStorage: whether the Cypher panel is open and how tall it is.
// A first visit opens with the panel folded to its one-line bar, so the canvas has the room.

export interface LayoutPrefs {
  cypherOpen: boolean;
  /** The open Cypher panel's height in CSS pixels. */
  cypherHeight: number;
}

export const LAYOUT_KEY = 'talent-graph.layout';
export const DEFAULT_LAYOUT: LayoutPrefs = { cypherOpen: false, cypherHeight: 260 };
/** The panel never gets smaller than its bar plus a few editor lines, nor taller than most of the window. */
export const MIN_CYPHER_HEIGHT = 140;
export const MAX_CYPHER_HEIGHT_SHARE = 0.75;

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Keeps a height within the panel's limits for a window `windowHeight` pixels tall. */
export function clampCypherHeight(height: number, windowHeight: number): number {
  const max = Math.max(MIN_CYPHER_HEIGHT, Math.floor(windowHeight * MAX_CYPHER_HEIGHT_SHARE));
  return Math.round(Math.min(max, Math.max(MIN_CYPHER_HEIGHT, height)));
}

export function createLayoutPrefs(storage: KeyValueStorage | undefined) {
  const read = (): LayoutPrefs => {
    try {
      const v = JSON.parse(storage?.getItem(LAYOUT_KEY) ?? '{}') as Partial<
        Record<keyof LayoutPrefs, unknown>
      >;
      return {
        cypherOpen: typeof v.cypherOpen === 'boolean' ? v.cypherOpen : DEFAULT_LAYOUT.cypherOpen,
        cypherHeight:
          typeof v.cypherHeight === 'number' && Number.isFinite(v.cypherHeight)
            ? v.cypherHeight
            : DEFAULT_LAYOUT.cypherHeight,
      };
    } catch {
      return { ...DEFAULT_LAYOUT };
    }
  };
  return {
    read,
    write(patch: Partial<LayoutPrefs>): void {
      try {
        storage?.setItem(LAYOUT_KEY, JSON.stringify({ ...read(), ...patch }));
      } catch {
        // Storage full or disabled: the layout is a convenience.
      }
    },
  };
}

export type LayoutPrefsStore = ReturnType<typeof createLayoutPrefs>;
