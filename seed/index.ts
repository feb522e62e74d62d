// The seed's public API, used by the CLI, the server, the tests and the benchmarks.
export { ensureSchema, schemaStatements } from './schema.js';
export {
  seedFiles,
  loadBundledSources,
  resetGraph,
  bundledSourceFiles,
  BUNDLED_SOURCES_DIR,
  type SeedFilesOptions,
  type SeedProgress,
} from './seed-files.js';
export {
  countOutdatedTalentFlows,
  recomputeTalentFlows,
  recomputeTalentFlowsAfterWrite,
  type OutdatedTalentFlows,
} from './flows.js';
export { derivationCutShort, expireOwnDerivationLocks, talentFactsPresent } from './derivation-lock.js';
export {
  countOutdatedTalentIndexes,
  rebuildTalentIndex,
  DEFAULT_TALENT_INDEX_MIN_STINTS,
} from './talent-index.js';
export { validateFactsFiles, type ValidationResult } from './validate.js';
export { SeedValidationError, formatIssue, type SeedIssue } from './issues.js';
export { SeedWriteError, DEFAULT_BATCH_SIZE, type BatchInfo } from './writer.js';
export { formatSummary, type SeedSummary, type Counts } from './stats.js';
export { seedSynthetic, type SeedSyntheticOptions, type SyntheticProgress } from './synthetic.js';
export { generateSynthetic, createRng, SYNTHETIC_SOURCE_ID, type SyntheticMarket } from './synthetic-data.js';
export { importCsv, CSV_COLUMNS, type ImportCsvOptions } from './import-csv.js';
export { normalizeName } from '../model/normalize.js';
