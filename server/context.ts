// Wires repositories and services once per app, so routes receive ready services and tests can build a whole app.
import type { Logger } from 'pino';
import type { ServerConfig } from './config.js';
import type { Database } from './db/database.js';
import { createCypherRepository } from './repositories/cypher-repository.js';
import { createHealthRepository } from './repositories/health-repository.js';
import { createCypherService } from './services/cypher-service.js';
import { createHealthService } from './services/health-service.js';

export interface AppContext {
  config: ServerConfig;
  db: Database;
  logger: Logger;
  /** The Neo4j URI without credentials, for health and logs. */
  neo4jUri: string;
  services: ReturnType<typeof createServices>;
}

export function createServices(config: ServerConfig, db: Database, neo4jUri: string) {
  return {
    health: createHealthService(createHealthRepository(db), neo4jUri, config.dbTimeoutMs),
    cypher: createCypherService(createCypherRepository(db), config),
  };
}
