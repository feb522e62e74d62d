// The driver's Node channel with neo4j/no-delay.ts: its socket gets TCP_NODELAY before the first write, so a message
// longer than the driver's 1,400-byte chunk buffer (sent in several writes) never waits on Nagle's algorithm for the
// database's delayed acknowledgement (40 ms a query). The socket is the test's own stand-in.
import { describe, expect, it } from 'vitest';
import { requireBoltChannel } from '../../../neo4j/large-messages.js';
import { installBoltNoDelay } from '../../../neo4j/no-delay.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the driver's untyped internals */
const NodeChannel = (requireBoltChannel('node/node-channel.js') as any).default;
const ChannelBuffer = (requireBoltChannel('channel-buf.js') as any).default;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** A connected channel (nothing pending) over a socket that records what is done to it, in order. */
function channelOver() {
  const done: string[] = [];
  const socket = {
    setNoDelay: (on?: boolean) => done.push(`noDelay ${on}`),
    write: (b: Buffer) => done.push(`write ${b.length}`),
  };
  const channel = Object.assign(Object.create(NodeChannel.prototype), { _pending: null, _conn: socket });
  return { channel, done };
}

describe('Bolt sockets without Nagle', () => {
  it('installs on the driver this project loads', () => {
    expect(installBoltNoDelay()).toEqual({ installed: true });
  });

  it('sets TCP_NODELAY on the socket before its first write, once', () => {
    installBoltNoDelay();
    const { channel, done } = channelOver();
    channel.write(new ChannelBuffer(Buffer.alloc(1_400)));
    channel.write(new ChannelBuffer(Buffer.alloc(300)));
    expect(done).toEqual(['noDelay true', 'write 1400', 'write 300']);
  });

  it('answers the first outcome to every later call, wrapping the driver once', () => {
    const before = NodeChannel.prototype.write;
    expect(installBoltNoDelay()).toEqual({ installed: true });
    expect(NodeChannel.prototype.write).toBe(before);
  });
});
