// Reads the facts /api/health reports straight from Neo4j.
import type { Database } from '../db/database.js';
import { GRAPH_COUNTS, SERVER_COMPONENTS } from '../queries/health.js';

export interface HealthFacts {
  version: string;
  edition: string;
  nodes: number;
  relationships: number;
}

export function createHealthRepository(db: Database) {
  return {
    async read(deadlineMs: number): Promise<HealthFacts> {
      return db.read(
        async (tx) => {
          const comp = (await tx.run(SERVER_COMPONENTS)).records[0];
          const counts = (await tx.run(GRAPH_COUNTS)).records[0];
          return {
            version: String(comp?.get('version') ?? 'unknown'),
            edition: String(comp?.get('edition') ?? 'unknown'),
            nodes: Number(counts?.get('nodes') ?? 0),
            relationships: Number(counts?.get('relationships') ?? 0),
          };
        },
        { deadlineMs, txTimeoutMs: deadlineMs },
      );
    },
  };
}
export type HealthRepository = ReturnType<typeof createHealthRepository>;
