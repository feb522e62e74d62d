// Makes the JavaScript driver decode a large Bolt message in linear time. The driver keeps a message that spans
// several chunks as a list of pieces (CombinedBuffer), and every byte or string it reads from it walks that list from
// the start. An answer of one row holding a whole scene (collect(...) of a thousand nodes: 1.3 MB in about a hundred
// pieces) took about 70 ms to decode, and the 10k scene about 1.7 s; with the pieces joined into one buffer, about
// 10 ms and 0.3 s (neo4j-driver 5.28.3 on this machine; slow large records are the driver's open issue #1223).
// Joining them when the message is complete is one copy of its bytes, and the driver then reads it as it reads any
// message that came in one chunk.
import { createRequire } from 'node:module';

/** What the driver's internals must look like for the join to be safe (checked, never assumed). */
interface Piece {
  _buffer: Buffer;
  position: number;
  length: number;
}
interface DechunkerLike {
  _currentMessage: Piece[];
}
type OnHeader = (this: DechunkerLike, header: number) => unknown;

const PATCHED = Symbol.for('talent-graph.large-message-decoding');

export type LargeMessageDecoding = { installed: true } | { installed: false; reason: string };

let state: LargeMessageDecoding | undefined;

/**
 * A module of the driver's Bolt package (`lib/channel/<file>`), as neo4j-driver itself loads it, whatever the
 * install's layout: the join must change the copy the driver uses (the tests read the same one).
 */
export function requireBoltChannel(file: string): unknown {
  const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
  return fromDriver(`neo4j-driver-bolt-connection/lib/channel/${file}`);
}

function boltModules(): {
  Dechunker: { prototype: Record<string | symbol, unknown> };
  ChannelBuffer: new (b: Buffer) => Piece;
} {
  const chunking = requireBoltChannel('chunking.js') as {
    Dechunker?: { prototype: Record<string | symbol, unknown> };
  };
  const channelBuf = requireBoltChannel('channel-buf.js') as { default?: new (b: Buffer) => Piece };
  if (!chunking.Dechunker || typeof channelBuf.default !== 'function') {
    throw new Error(
      'neo4j-driver-bolt-connection no longer exports Dechunker and ChannelBuffer where expected',
    );
  }
  return { Dechunker: chunking.Dechunker, ChannelBuffer: channelBuf.default };
}

/** A piece as the dechunker slices it: a whole Node Buffer read from its start. Anything else is left as it is. */
function isPlainPiece(p: unknown): p is Piece {
  const piece = p as Piece;
  return (
    !!piece && Buffer.isBuffer(piece._buffer) && piece.position === 0 && piece.length === piece._buffer.length
  );
}

/**
 * Installs the join once per process (later calls answer the first call's outcome). When the driver's internals are
 * not the expected ones, nothing is changed and the answer says why: large answers then decode as slowly as before.
 */
export function installLargeMessageDecoding(): LargeMessageDecoding {
  if (state) return state;
  try {
    const { Dechunker, ChannelBuffer } = boltModules();
    const proto = Dechunker.prototype;
    const original = proto._onHeader as OnHeader | undefined;
    if (typeof original !== 'function') throw new Error('Dechunker._onHeader is not a function');
    if (!proto[PATCHED]) {
      proto._onHeader = function onHeader(this: DechunkerLike, header: number) {
        // Header 0 ends a message; the original then wraps more than one piece in a CombinedBuffer.
        const pieces = this._currentMessage;
        if (header === 0 && Array.isArray(pieces) && pieces.length > 1 && pieces.every(isPlainPiece)) {
          this._currentMessage = [new ChannelBuffer(Buffer.concat(pieces.map((p) => p._buffer)))];
        }
        return original.call(this, header);
      } satisfies OnHeader;
      proto[PATCHED] = true;
    }
    state = { installed: true };
  } catch (err) {
    state = { installed: false, reason: (err as Error).message };
  }
  return state;
}
