// Creates the graph's constraints and indexes (idempotently) and waits until they are online, so the first
// seed batch already merges through the id indexes.
import type { Driver } from 'neo4j-driver';
import { RANGE_INDEXES } from '../model/data-model.js';
import { NODE_LABELS, REL_TYPES } from '../model/labels.js';
import {
  AWAIT_INDEXES,
  createFulltextIndex,
  createNodeIdConstraint,
  createRangeIndex,
  createRelIdConstraint,
} from './queries/schema.js';
import { ENSURE_DERIVATION_LOCK_CONSTRAINT } from './queries/derivation-lock.js';

export const DEFAULT_INDEX_TIMEOUT_SECONDS = 300;

export interface SchemaOptions {
  database?: string;
  timeoutSeconds?: number;
}

/** Every schema statement ensureSchema runs, in order. */
export function schemaStatements(): string[] {
  return [
    ...NODE_LABELS.map(createNodeIdConstraint),
    ...REL_TYPES.map(createRelIdConstraint),
    ENSURE_DERIVATION_LOCK_CONSTRAINT,
    createFulltextIndex(),
    ...RANGE_INDEXES.map(createRangeIndex),
  ];
}

export async function ensureSchema(driver: Driver, opts: SchemaOptions = {}): Promise<void> {
  const database = opts.database;
  // Schema commands cannot share a transaction with writes, so each runs on its own.
  for (const statement of schemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery(
    AWAIT_INDEXES,
    { timeoutSeconds: opts.timeoutSeconds ?? DEFAULT_INDEX_TIMEOUT_SECONDS },
    { database },
  );
}
