// Reads the database's label and relationship-type catalogue (db.labels(), db.relationshipTypes()), for checking
// the labels and types a request names against what the database really has.
import type { Database } from '../db/database.js';
import { CATALOGUE } from '../queries/schema.js';

export interface Catalogue {
  labels: string[];
  types: string[];
}

export function createCatalogueRepository(db: Database) {
  return {
    read(): Promise<Catalogue> {
      return db.read(async (tx) => {
        const rec = (await tx.run(CATALOGUE)).records[0];
        return {
          labels: (rec?.get('labels') as string[] | undefined) ?? [],
          types: (rec?.get('types') as string[] | undefined) ?? [],
        };
      });
    },
  };
}
export type CatalogueRepository = ReturnType<typeof createCatalogueRepository>;
