// Reads whether the database holds Talent Graph's sourced facts (queries/talent-facts.ts).
import type { Database } from '../db/database.js';
import { SOURCED_FACTS_HELD } from '../queries/talent-facts.js';

export function createTalentFactsRepository(db: Database) {
  return {
    held(): Promise<boolean> {
      return db.read(async (tx) => (await tx.run(SOURCED_FACTS_HELD)).records[0]?.get('held') === true);
    },
  };
}
export type TalentFactsRepository = ReturnType<typeof createTalentFactsRepository>;
