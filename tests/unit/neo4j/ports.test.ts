// The free-port helper: ports below the kernel's ephemeral range (where no outgoing connection's local end can take
// them between their choice and their use), a taken one skipped, the kernel's choice when there is no room.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_EPHEMERAL_RANGE,
  DEFAULT_PORT_SPAN,
  candidatePorts,
  ephemeralRange,
  freePort,
  portIsFree,
} from '../../../neo4j/ports.js';

const servers: net.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

function listen(port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(port, '127.0.0.1', () => {
      servers.push(srv);
      resolve(srv);
    });
  });
}

describe('ephemeralRange', () => {
  it("reads Linux's ip_local_port_range", () => {
    expect(ephemeralRange(() => '32768\t60999\n')).toEqual([32768, 60999]);
  });

  it('falls back to IANA’s dynamic ports when the setting cannot be read or makes no sense', () => {
    const unreadable = () => {
      throw new Error('ENOENT');
    };
    expect(ephemeralRange(unreadable)).toEqual([...DEFAULT_EPHEMERAL_RANGE]);
    expect(ephemeralRange(() => 'sixty')).toEqual([...DEFAULT_EPHEMERAL_RANGE]);
    expect(ephemeralRange(() => '60999 32768')).toEqual([...DEFAULT_EPHEMERAL_RANGE]);
  });
});

describe('candidatePorts', () => {
  it('is the span just below the ephemeral range', () => {
    expect(candidatePorts([32768, 60999])).toEqual([32768 - DEFAULT_PORT_SPAN, 32767]);
  });

  it('is null when there is no room below the range', () => {
    expect(candidatePorts([1500, 65535])).toBeNull();
  });
});

describe('freePort', () => {
  it("gives a port below this machine's ephemeral range that can be listened on", async () => {
    const port = await freePort();
    const [lo, hi] = candidatePorts(ephemeralRange())!;
    expect(port).toBeGreaterThanOrEqual(lo);
    expect(port).toBeLessThanOrEqual(hi);
    await listen(port);
  });

  it('skips a port that is taken', async () => {
    const taken = await freePort();
    await listen(taken);
    expect(await portIsFree(taken)).toBe(false);
    // The range ends at the taken port; the first pick is it, the second the range's first port.
    const picks = [0.999999, 0];
    const ephemeral = [taken + 1, 65535] as const;
    const port = await freePort({ ephemeral, random: () => picks.shift() ?? 0.5 });
    expect(port).not.toBe(taken);
    expect(port).toBe(candidatePorts(ephemeral)![0]);
  });

  it('lets the kernel choose when there is no room below the range', async () => {
    const port = await freePort({ ephemeral: [1500, 65535] });
    expect(port).toBeGreaterThan(0);
    await listen(port);
  });
});
