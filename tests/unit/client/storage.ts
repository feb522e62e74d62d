// Stand-ins for the browser's localStorage: one that keeps everything, and one with a quota, which refuses a write
// past it as browsers do (a QuotaExceededError DOMException), so what fills storage and what gives way is testable.

export interface TestStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
  /** Everything stored, by key (to look at what a write left). */
  readonly items: Map<string, string>;
  /** The keys, as localStorage lists them (a storage without them cannot list its backups). */
  key?(index: number): string | null;
  readonly length?: number;
}

/** A storage holding at most `quota` characters of keys and values (browsers count about 5 million). */
export function quotaStorage(quota = Infinity, initial: Record<string, string> = {}): TestStorage {
  const items = new Map<string, string>(Object.entries(initial));
  const size = () => [...items].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    items,
    key: (i) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
    getItem: (k) => items.get(k) ?? null,
    setItem(k, v) {
      const old = items.get(k);
      const after = size() - (old === undefined ? 0 : k.length + old.length) + k.length + v.length;
      if (after > quota)
        throw new DOMException(`Setting the value of '${k}' exceeded the quota.`, 'QuotaExceededError');
      items.set(k, v);
    },
    removeItem: (k) => void items.delete(k),
  };
}

/** A storage that keeps everything. */
export const memoryStorage = (initial: Record<string, string> = {}) => quotaStorage(Infinity, initial);

/** A storage the browser refuses outright (private mode, storage disabled): reads find nothing, writes throw. */
export function refusingStorage(): TestStorage {
  return {
    items: new Map(),
    getItem: () => null,
    setItem() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  };
}
