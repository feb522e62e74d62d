// Helpers of the repositories' integration tests: a database that counts the queries its units of work send (how a
// test shows a read takes one round trip), and a probe graph written for one test and removed however it ends.
import type { Driver, Session } from 'neo4j-driver';
import type { Database, QueryRunner } from '../../server/db/database.js';
import { testNeo4j } from './neo4j.js';

export type QueryResult = ReturnType<QueryRunner['run']>;

/** Runs `test` with a write session, then `cleanup` (the probe's own nodes) however the test ends. */
export async function withProbe(driver: Driver, cleanup: string, test: (session: Session) => Promise<void>) {
  const session = driver.session({ database: testNeo4j().database });
  try {
    await test(session);
  } finally {
    try {
      await session.run(cleanup);
    } finally {
      await session.close();
    }
  }
}

/** A database whose units of work record each query they send (and, given `answers`, what the driver answered). */
export function countingDatabase(db: Database, sent: string[], answers?: QueryResult[]): Database {
  const counted = (tx: QueryRunner): QueryRunner => ({
    run: (query, params) => {
      sent.push(String(query));
      const result = tx.run(query, params);
      answers?.push(result);
      return result;
    },
  });
  return {
    ...db,
    read: (work, opts) => db.read((tx, ctl) => work(counted(tx), ctl), opts),
    write: (work, opts) => db.write((tx, ctl) => work(counted(tx), ctl), opts),
  };
}
