// The driver of neo4j/connect.ts sends a long query without Nagle's algorithm (neo4j/no-delay.ts): the socket it reads
// and writes through has TCP_NODELAY set before the query goes out, so a RUN message longer than the driver's
// 1,400-byte chunk buffer — a query of the API with its timeout, database and bookmarks — is never held back waiting
// for the database's delayed acknowledgement of its first part (40 ms a query). Checked on the socket, not by time.
import net from 'node:net';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../../neo4j/connect.js';
import { testNeo4j } from '../../support/neo4j.js';

const { uri, user, password, database } = testNeo4j();
const driver = createDriver(uri, user, password);
afterAll(() => driver.close());

describe('a long query through the driver', () => {
  it('goes out on a socket with TCP_NODELAY set, and answers whole', async () => {
    const port = Number(new URL(uri.replace(/^bolt/, 'http')).port);
    const calls: { socket: net.Socket; on: boolean | undefined }[] = [];
    const original = net.Socket.prototype.setNoDelay;
    net.Socket.prototype.setNoDelay = function setNoDelay(this: net.Socket, on?: boolean) {
      calls.push({ socket: this, on });
      return original.call(this, on);
    };
    try {
      // A fresh connection (the pool's others were made before the spy), and a message over 1,400 bytes.
      const session = driver.session({
        database,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: driver.executeQueryBookmarkManager,
      });
      const long = `RETURN $text AS text /* ${'x'.repeat(2_000)} */`;
      try {
        await driver.verifyConnectivity({ database });
        const res = await session.run(long, { text: 'نص' }, { timeout: 30_000 });
        expect(res.records[0]!.get('text')).toBe('نص');
      } finally {
        await session.close();
      }
    } finally {
      net.Socket.prototype.setNoDelay = original;
    }
    // Read once the query has answered: a socket still connecting has no remote port yet.
    expect(calls.some((c) => c.on === true && c.socket.remotePort === port)).toBe(true);
  });
});
