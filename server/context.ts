// Wires repositories and services once per app, so routes receive ready services and tests can build a whole app.
import type { Logger } from 'pino';
import type { ServerConfig } from './config.js';
import type { Database } from './db/database.js';
import { createCareerRepository } from './repositories/career-repository.js';
import { createCatalogueRepository } from './repositories/catalogue-repository.js';
import { createCypherRepository } from './repositories/cypher-repository.js';
import { createFlowRepository } from './repositories/flow-repository.js';
import { createTalentRepository } from './repositories/talent-repository.js';
import { createTalentFactsRepository } from './repositories/talent-facts-repository.js';
import { createHealthRepository } from './repositories/health-repository.js';
import { createNodeRepository } from './repositories/node-repository.js';
import { createPathRepository } from './repositories/path-repository.js';
import { createSchemaRepository } from './repositories/schema-repository.js';
import { createSearchRepository } from './repositories/search-repository.js';
import { createSourceRepository } from './repositories/source-repository.js';
import { createTimelineRepository } from './repositories/timeline-repository.js';
import { createCareerService } from './services/career-service.js';
import { createCatalogueService } from './services/catalogue-service.js';
import { createCypherService } from './services/cypher-service.js';
import { createFlowService } from './services/flow-service.js';
import { createTalentService } from './services/talent-service.js';
import { createTalentFactsService } from './services/talent-facts-service.js';
import { createGraphService } from './services/graph-service.js';
import { createHealthService } from './services/health-service.js';
import { createSchemaService } from './services/schema-service.js';
import { createSearchService } from './services/search-service.js';
import { createSourceService } from './services/source-service.js';
import { createTimelineService } from './services/timeline-service.js';
import { createViewService } from './services/view-service.js';
import { createDerivationService, type DeriveFlows } from './services/derivation-service.js';

export interface AppContext {
  config: ServerConfig;
  db: Database;
  logger: Logger;
  /** The Neo4j URI without credentials, for health and logs. */
  neo4jUri: string;
  services: ReturnType<typeof createServices>;
}

export function createServices(
  config: ServerConfig,
  db: Database,
  neo4jUri: string,
  opts: { logger: Logger; deriveFlows?: DeriveFlows },
) {
  // Labels and types a request names are checked against the live database (cached briefly).
  const catalogue = createCatalogueService(createCatalogueRepository(db));
  // Without deriveFlows (an app built without the seed) a write leaves the flows as they were.
  const derivation = createDerivationService(opts.deriveFlows, opts.logger);
  // Whether the database holds our sourced facts (paths' rules, the schema's documentation), cached briefly.
  const facts = createTalentFactsService(createTalentFactsRepository(db));
  /** A write through POST /api/cypher may have added or removed facts: asked afresh, and the flows derived again. */
  const afterWrite = () => {
    facts.forget();
    derivation.afterWrite();
  };
  return {
    health: createHealthService(createHealthRepository(db), neo4jUri, config.dbTimeoutMs),
    derivation,
    cypher: createCypherService(createCypherRepository(db), config, undefined, afterWrite),
    views: createViewService(createCypherRepository(db), config),
    search: createSearchService(createSearchRepository(db), catalogue),
    graph: createGraphService(
      createNodeRepository(db, config),
      createPathRepository(db, config),
      catalogue,
      facts,
    ),
    career: createCareerService(createCareerRepository(db)),
    flows: createFlowService(createFlowRepository(db, config), derivation),
    talent: createTalentService(createTalentRepository(db, config)),
    timeline: createTimelineService(createTimelineRepository(db, config), facts),
    schema: createSchemaService(createSchemaRepository(db, config), facts),
    sources: createSourceService(createSourceRepository(db)),
  };
}
