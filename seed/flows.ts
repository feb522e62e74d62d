// Recomputes the derived TALENT_FLOW relationships: all are deleted, then rebuilt from named stints and from
// the counts of departures events. Runs after every seed, import and synthetic load.
import type { Driver } from 'neo4j-driver';
import { DEPARTURES_EVENT_KIND } from '../model/data-model.js';
import {
  ADD_REPORTED_FLOWS,
  BUILD_NAMED_FLOWS,
  COUNT_TALENT_FLOWS,
  DELETE_TALENT_FLOWS,
} from './queries/talent-flows.js';

export interface FlowOptions {
  database?: string;
}

/** Returns how many TALENT_FLOW relationships exist afterwards. */
export async function recomputeTalentFlows(driver: Driver, opts: FlowOptions = {}): Promise<number> {
  const database = opts.database;
  // Deleting in batches needs an auto-commit transaction; the rebuild then runs as one transaction, so readers
  // see either no flows (briefly) or the complete new set, never a half-built one.
  const session = driver.session({
    database,
    defaultAccessMode: 'WRITE',
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    await session.run(DELETE_TALENT_FLOWS);
  } finally {
    await session.close();
  }
  const write = driver.session({
    database,
    defaultAccessMode: 'WRITE',
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    await write.executeWrite(async (tx) => {
      await tx.run(BUILD_NAMED_FLOWS);
      await tx.run(ADD_REPORTED_FLOWS, { departuresKind: DEPARTURES_EVENT_KIND });
    });
  } finally {
    await write.close();
  }
  const res = await driver.executeQuery(COUNT_TALENT_FLOWS, {}, { database, routing: 'READ' });
  return Number(res.records[0]?.get('flows') ?? 0);
}
