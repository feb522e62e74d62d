// Turns Nagle's algorithm off on the driver's Bolt sockets, as neo4j-driver 6 does and 5.28 does not. The driver
// writes a message longer than its 1,400-byte chunk buffer in several writes; with Nagle on, the last of them waits
// until the first is acknowledged, and the database delays that acknowledgement (Linux: up to 40 ms) while it waits
// for the rest of the message. So every query whose RUN message — text, parameters, transaction timeout, database,
// bookmarks — passes 1,400 bytes took about 40 ms more than the query: GET /api/nodes/:id/neighbors answered in
// 55 ms a query of 15 (the full benchmark of 2026-12-07: p50 47 ms, the same query from the raw driver 2.5 ms,
// without a timeout, so its message stayed under the buffer). Every major database driver sets TCP_NODELAY.
import { requireBoltChannel } from './large-messages.js';

/** What the driver's internals must look like for the change to be safe (checked, never assumed). */
interface SocketLike {
  setNoDelay?: (noDelay?: boolean) => unknown;
}
interface ChannelLike {
  _conn?: SocketLike;
}
type Write = (this: ChannelLike, buffer: unknown) => unknown;

const PATCHED = Symbol.for('talent-graph.bolt-no-delay');
const SET = Symbol.for('talent-graph.bolt-no-delay-set');

export type BoltNoDelay = { installed: true } | { installed: false; reason: string };

let state: BoltNoDelay | undefined;

/**
 * Installs the change once per process (later calls answer the first call's outcome): the driver's Node channel sets
 * TCP_NODELAY on its socket before its first write (a socket still connecting keeps it for when it connects). When
 * the driver's internals are not the expected ones, nothing is changed and the answer says why.
 */
export function installBoltNoDelay(): BoltNoDelay {
  if (state) return state;
  try {
    const channel = requireBoltChannel('node/node-channel.js') as {
      default?: { prototype: Record<string | symbol, unknown> };
    };
    const proto = channel.default?.prototype;
    const original = proto?.write as Write | undefined;
    if (!proto || typeof original !== 'function') throw new Error('NodeChannel.write is not a function');
    if (!proto[PATCHED]) {
      proto.write = function write(this: ChannelLike, buffer: unknown) {
        const conn = this._conn as (SocketLike & { [SET]?: true }) | undefined;
        if (conn && !conn[SET] && typeof conn.setNoDelay === 'function') {
          conn.setNoDelay(true);
          conn[SET] = true;
        }
        return original.call(this, buffer);
      } satisfies Write;
      proto[PATCHED] = true;
    }
    state = { installed: true };
  } catch (err) {
    state = { installed: false, reason: (err as Error).message };
  }
  return state;
}
