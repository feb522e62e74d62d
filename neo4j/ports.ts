// Local TCP port helpers for the embedded Neo4j and the processes that start one: a free port to listen on, and
// whether a given one is taken. A free port is picked just below the kernel's ephemeral range: a process that
// starts Neo4j or a server may take a minute to listen on the port it was given, and a port inside that range can
// be taken meanwhile by any outgoing connection's local end (a test run once failed so: "Port 34081 … in use").
import fs from 'node:fs';
import net from 'node:net';

/** The ephemeral range when the system does not say (IANA's dynamic ports; macOS and Windows use it). */
export const DEFAULT_EPHEMERAL_RANGE: readonly [number, number] = [49152, 65535];
/** How many ports just below the ephemeral range freePort picks from, at random. */
export const DEFAULT_PORT_SPAN = 10_000;
const LINUX_RANGE_FILE = '/proc/sys/net/ipv4/ip_local_port_range';
const LOWEST_PORT = 1024;
/** Below this many candidates the span is too narrow to pick from; the kernel picks instead. */
const MIN_SPAN = 1_000;
const ATTEMPTS = 50;

/** The ports the kernel gives outgoing connections and listen(0): Linux's setting, else DEFAULT_EPHEMERAL_RANGE. */
export function ephemeralRange(
  read: () => string = () => fs.readFileSync(LINUX_RANGE_FILE, 'utf8'),
): [number, number] {
  try {
    const [lo, hi] = read().trim().split(/\s+/).map(Number);
    if (Number.isInteger(lo) && Number.isInteger(hi) && lo! > 0 && hi! >= lo! && hi! <= 65535)
      return [lo!, hi!];
  } catch {
    // Not Linux (or not readable): the default below.
  }
  return [DEFAULT_EPHEMERAL_RANGE[0], DEFAULT_EPHEMERAL_RANGE[1]];
}

/** Where freePort picks: the DEFAULT_PORT_SPAN ports just below the ephemeral range, or null when there is no room. */
export function candidatePorts(ephemeral: readonly [number, number]): [number, number] | null {
  const hi = ephemeral[0] - 1;
  const lo = Math.max(LOWEST_PORT, hi - DEFAULT_PORT_SPAN + 1);
  return hi - lo + 1 >= MIN_SPAN ? [lo, hi] : null;
}

/** A port the kernel picks (inside its ephemeral range): the fallback when there is no room below it. */
function kernelPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** A free TCP port on 127.0.0.1, outside the range outgoing connections take their ports from when there is room. */
export async function freePort(
  opts: { random?: () => number; ephemeral?: readonly [number, number] } = {},
): Promise<number> {
  const range = candidatePorts(opts.ephemeral ?? ephemeralRange());
  const random = opts.random ?? Math.random;
  if (range) {
    for (let i = 0; i < ATTEMPTS; i++) {
      const port = range[0] + Math.min(range[1] - range[0], Math.floor(random() * (range[1] - range[0] + 1)));
      if (await portIsFree(port)) return port;
    }
  }
  return kernelPort();
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}
