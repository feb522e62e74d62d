// What a process knows of its worker set: alone outside a cluster, the primary's announcements ignored unless they
// have the expected shape, and a worker's bookmark manager started from the bookmarks its primary hands it.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  adoptPrimaryBookmarks,
  createRateLimitStore,
  isWorkersMessage,
  PRIMARY_BOOKMARKS_ENV,
  workersInfo,
  WORKERS_MESSAGE,
} from '../../../server/workers.js';

describe('workers', () => {
  it('a process outside a cluster is a set of one, with the in-memory rate-limit store', () => {
    expect(workersInfo()).toEqual({ count: 1, pids: [process.pid] });
    expect(createRateLimitStore('api')).toBeUndefined();
  });

  it('recognises only well-formed announcements from the primary', () => {
    expect(isWorkersMessage({ type: WORKERS_MESSAGE, pids: [1, 2] })).toBe(true);
    expect(isWorkersMessage({ type: WORKERS_MESSAGE })).toBe(false);
    expect(isWorkersMessage({ type: 'other', pids: [] })).toBe(false);
    expect(isWorkersMessage(null)).toBe(false);
  });

  it("starts a worker's bookmark manager from the primary's bookmarks (the seed it wrote)", async () => {
    // No connection is made: the manager is the driver's own object.
    const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'unused-password'));
    try {
      await adoptPrimaryBookmarks(driver, { [PRIMARY_BOOKMARKS_ENV]: 'FB:one,FB:two' });
      expect([...(await driver.executeQueryBookmarkManager.getBookmarks())].sort()).toEqual([
        'FB:one',
        'FB:two',
      ]);
      await adoptPrimaryBookmarks(driver, {});
      expect([...(await driver.executeQueryBookmarkManager.getBookmarks())]).toHaveLength(2);
    } finally {
      await driver.close();
    }
  });
});
