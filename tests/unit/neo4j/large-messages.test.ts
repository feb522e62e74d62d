// The driver's dechunker with the join of neo4j/large-messages.ts: a message that came in several chunks reaches the
// unpacker as one buffer with exactly its bytes, and text split across chunks (Arabic, 2 bytes a letter) decodes whole.
import { describe, expect, it } from 'vitest';
import { installLargeMessageDecoding, requireBoltChannel } from '../../../neo4j/large-messages.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the driver's untyped internals */
const { Dechunker } = requireBoltChannel('chunking.js') as any;
const ChannelBuffer = (requireBoltChannel('channel-buf.js') as any).default;
const utf8 = (requireBoltChannel('utf8.js') as any).default;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Bolt framing: each chunk is a 2-byte size and its bytes; a 0-size chunk ends the message. */
function frame(message: Buffer, chunkSize: number): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < message.length; at += chunkSize) {
    const body = message.subarray(at, at + chunkSize);
    const head = Buffer.alloc(2);
    head.writeUInt16BE(body.length);
    parts.push(head, body);
  }
  parts.push(Buffer.alloc(2));
  return Buffer.concat(parts);
}

/** Feeds `wire` to a dechunker in reads of `readSize` bytes (as the socket hands them over) and collects messages. */
function dechunk(wire: Buffer, readSize: number) {
  const messages: { _buffer?: Buffer; _buffers?: unknown[]; length: number }[] = [];
  const d = new Dechunker();
  d.onmessage = (m: (typeof messages)[number]) => messages.push(m);
  for (let at = 0; at < wire.length; at += readSize)
    d.write(new ChannelBuffer(wire.subarray(at, at + readSize)));
  return messages;
}

describe('large Bolt messages', () => {
  it('installs on the driver this project loads', () => {
    expect(installLargeMessageDecoding()).toEqual({ installed: true });
  });

  it('hands a message of many chunks to the unpacker as one buffer holding exactly its bytes', () => {
    installLargeMessageDecoding();
    const message = Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251));
    const [got, ...rest] = dechunk(frame(message, 8_192), 3_000);
    expect(rest).toHaveLength(0);
    expect(got?._buffers).toBeUndefined();
    expect(Buffer.compare(got!._buffer!, message)).toBe(0);
  });

  it('decodes text whose letters are split between chunks and between socket reads', () => {
    installLargeMessageDecoding();
    const text = 'انتقل الباحث من ميتا إلى OpenAI — '.repeat(400);
    const bytes = Buffer.from(text, 'utf8');
    // An odd chunk size cuts two-byte letters in half at chunk ends.
    const [got] = dechunk(frame(bytes, 333), 1_001);
    expect(utf8.decode(got, bytes.length)).toBe(text);
  });

  it('joins a one-chunk message that came in several socket reads, and keeps one that came in one', () => {
    installLargeMessageDecoding();
    const message = Buffer.from('one chunk');
    for (const readSize of [5, 1_000]) {
      const [got] = dechunk(frame(message, 1_000), readSize);
      expect(Buffer.compare(got!._buffer!, message)).toBe(0);
    }
  });

  it('answers the first outcome to every later call, wrapping the driver once', () => {
    const before = Dechunker.prototype._onHeader;
    expect(installLargeMessageDecoding()).toEqual({ installed: true });
    expect(Dechunker.prototype._onHeader).toBe(before);
  });
});
