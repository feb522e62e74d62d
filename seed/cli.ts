// `npm run seed [files…]` — validates and loads facts files (default: the bundled sources), imports CSV files,
// runs .cypher scripts (then derives the talent flows again, as the server does after a write through Cypher),
// creates only the product's schema, or generates the synthetic market; prints a summary. Exit codes: 0 ok, 1 invalid
// input (nothing of the invalid file written; files before it are committed and named), 2 bad usage, 3 failure while
// writing or connecting.
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { readNeo4jConfig } from '../neo4j/config.js';
import { openNeo4j } from '../neo4j/connect.js';
import { checkCsvFile, importCsv } from './import-csv.js';
import {
  CypherScriptError,
  loadCypherScript,
  runCypherScript,
  type StatementResult,
} from './run-cypher-script.js';
import { SeedValidationError, formatIssue, sortIssues } from './issues.js';
import { createProgressLine } from './progress.js';
import { bundledSourceFiles, checkFactsFiles, resetGraph, seedFiles } from './seed-files.js';
import { formatSummary, type SeedSummary } from './stats.js';
import { DEFAULT_RANDOM_SEED, DEFAULT_SYNTHETIC_PEOPLE } from './synthetic-data.js';
import { recomputeTalentFlowsAfterWrite } from './flows.js';
import { ensureSchema } from './schema.js';
import { seedSynthetic } from './synthetic.js';
import { DEFAULT_BATCH_SIZE } from './writer.js';

const USAGE = `Usage: npm run seed -- [options] [facts files…]

  (no files)              load the bundled sources (seed/sources/*.facts.yaml)
  --reset                 delete every node and relationship first (asks; --yes to skip the question)
  --yes                   answer yes to --reset
  --synthetic             load the synthetic market instead of facts files
  --people N              synthetic people (default ${DEFAULT_SYNTHETIC_PEOPLE})
  --random-seed S         synthetic random seed (default ${DEFAULT_RANDOM_SEED})
  --batch-size N          rows per UNWIND batch (default ${DEFAULT_BATCH_SIZE})
  --import FILE.csv       import people, organisations and stints from CSV (see docs/import.md); repeatable
  --cypher FILE.cypher    run a Cypher script statement by statement, as cypher-shell splits it (any graph; the
                          bundled sources are not loaded); stops at the first error; repeatable. Then derives the
                          talent flows and indexes again, where the database holds Talent Graph's facts
  --schema-only           create only Talent Graph's indexes and constraints (search, ids); writes no data
  --derive                derive the talent flows and talent indexes again from the facts in the database, loading
                          nothing (what the explorer asks for when they were derived by an older version)
  --help                  this text

Connection: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; without NEO4J_URI the embedded Neo4j
(data in NEO4J_DATA_DIR, default .data/neo4j) is started for the run.`;

class UsageError extends Error {}

function wholeNumber(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw) || Number(raw) < min)
    throw new UsageError(`--${name}: expected a whole number ≥ ${min}, got '${raw}'`);
  return Number(raw);
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      reset: { type: 'boolean' },
      yes: { type: 'boolean', short: 'y' },
      synthetic: { type: 'boolean' },
      people: { type: 'string' },
      'random-seed': { type: 'string' },
      'batch-size': { type: 'string' },
      import: { type: 'string', multiple: true },
      cypher: { type: 'string', multiple: true },
      'schema-only': { type: 'boolean' },
      derive: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const opts = {
    help: Boolean(values.help),
    reset: Boolean(values.reset),
    yes: Boolean(values.yes),
    synthetic: Boolean(values.synthetic),
    people: wholeNumber('people', values.people, DEFAULT_SYNTHETIC_PEOPLE, 1),
    randomSeed: wholeNumber('random-seed', values['random-seed'], DEFAULT_RANDOM_SEED, -(2 ** 31)),
    batchSize: wholeNumber('batch-size', values['batch-size'], DEFAULT_BATCH_SIZE, 1),
    imports: values.import ?? [],
    cypher: values.cypher ?? [],
    schemaOnly: Boolean(values['schema-only']),
    derive: Boolean(values.derive),
    files: positionals,
  };
  if (
    opts.derive &&
    (opts.reset ||
      opts.schemaOnly ||
      opts.synthetic ||
      opts.files.length > 0 ||
      opts.imports.length > 0 ||
      opts.cypher.length > 0)
  )
    throw new UsageError(
      '--derive cannot be combined with --reset, --schema-only, --synthetic, files, --import or --cypher: it loads nothing',
    );
  if (
    opts.schemaOnly &&
    (opts.synthetic || opts.files.length > 0 || opts.imports.length > 0 || opts.cypher.length > 0)
  )
    throw new UsageError('--schema-only cannot be combined with files, --import, --cypher or --synthetic');
  if (opts.synthetic && opts.cypher.length > 0)
    throw new UsageError('--synthetic cannot be combined with --cypher');
  if (opts.synthetic && (opts.files.length > 0 || opts.imports.length > 0))
    throw new UsageError('--synthetic cannot be combined with facts files or --import');
  if (!opts.synthetic && (values.people !== undefined || values['random-seed'] !== undefined))
    throw new UsageError('--people and --random-seed need --synthetic');
  return opts;
}

async function confirmReset(yes: boolean, where: string): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY)
    throw new UsageError(
      '--reset deletes every node and relationship; add --yes to confirm when not on a terminal',
    );
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(
      `This deletes every node and relationship in ${where}. Type "yes" to continue: `,
    );
    return answer.trim().toLowerCase() === 'yes';
  } finally {
    rl.close();
  }
}

function formatUpdates(updates: Record<string, number>, lead: string): string {
  const parts = Object.entries(updates).map(([k, v]) => `${k} ${v}`);
  return parts.length > 0 ? `${lead}${parts.join(', ')}` : '';
}

/** What a failed script had already committed, so the user knows where the database stands. */
function describeApplied(applied: StatementResult[], nothingWritten: boolean): string {
  if (nothingWritten || applied.length === 0) return 'Nothing from this script was written.';
  const totals: Record<string, number> = {};
  for (const r of applied) for (const [k, v] of Object.entries(r.updates)) totals[k] = (totals[k] ?? 0) + v;
  // Ranges, since statements of a rolled-back :begin block are not among them: "1–4, 7".
  const ranges: string[] = [];
  for (let k = 0; k < applied.length;) {
    let end = k;
    while (end + 1 < applied.length && applied[end + 1]!.number === applied[end]!.number + 1) end += 1;
    ranges.push(end === k ? `${applied[k]!.number}` : `${applied[k]!.number}–${applied[end]!.number}`);
    k = end + 1;
  }
  const counts = formatUpdates(totals, '');
  return `Already applied and committed: statement${applied.length === 1 ? '' : 's'} ${ranges.join(', ')}${counts ? ` (${counts})` : ''}; nothing after the failed statement ran.`;
}

export async function main(argv: string[]): Promise<number> {
  let opts: ReturnType<typeof parse>;
  try {
    opts = parse(argv);
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  const log = (m: string) => process.stderr.write(`${m}\n`);
  // Each script, facts-file seed and import commits on its own; when a later one fails, the user is told these stand.
  const committed: string[] = [];
  // A script's committed statements change the facts the talent flows are derived from: until a derivation runs after
  // them (after the scripts, or within a facts-file seed or an import), a failure later in the run must derive them.
  let scriptsWrote = false;
  let derivedAfterScripts = false;
  let conn: Awaited<ReturnType<typeof openNeo4j>> | undefined;
  const progress = createProgressLine();
  // Warnings are printed as each step (each source of a facts-file seed, each import) commits what they are about:
  // a later failure must not keep them from the user. The summaries after the run leave out those already printed.
  const warned = new Set<string>();
  const warn = (w: string) => {
    if (warned.has(w)) return;
    warned.add(w);
    progress.done();
    log(`warning: ${w}`);
  };
  try {
    // The bundled sources are the default only when nothing else was asked for.
    const files =
      opts.files.length > 0 || opts.imports.length > 0 || opts.cypher.length > 0
        ? opts.files
        : bundledSourceFiles();
    // A script commits as it runs: the files after it are checked first, so a broken one stops the run before
    // anything is written (what depends on the graph, which the script may change, is checked when each loads).
    if (opts.cypher.length > 0) {
      // Every script is read and split first too: the second's bad encoding must not wait for the first to commit.
      for (const file of opts.cypher) loadCypherScript(file);
      const issues = [
        ...(await checkFactsFiles(files)),
        ...opts.imports.flatMap((file) => checkCsvFile(file)),
      ];
      if (issues.length > 0) throw new SeedValidationError(sortIssues(issues));
    }
    conn = await openNeo4j(readNeo4jConfig(), log);
    const { driver, database } = conn;
    if (opts.reset) {
      if (!(await confirmReset(opts.yes, `${conn.uri} (database ${database})`))) {
        log('Not reset; nothing was changed.');
        return 2;
      }
      log('Deleting every node and relationship…');
      await resetGraph(driver, { database });
    }
    const summaries: SeedSummary[] = [];
    if (opts.derive) {
      const flows = await recomputeTalentFlowsAfterWrite(driver, { database });
      console.log(
        flows === null
          ? "No facts of Talent Graph's in the database: no talent flows derived."
          : `Talent flows and talent indexes derived again from the facts in the database: ${flows.toLocaleString('en-US')} TALENT_FLOW relationship${flows === 1 ? '' : 's'}.`,
      );
      return 0;
    }
    if (opts.schemaOnly) {
      await ensureSchema(driver, { database });
      log(
        `Talent Graph's indexes and constraints exist in ${conn.uri} (database ${database}); no data was written.`,
      );
      return 0;
    }
    for (const file of opts.cypher) {
      let script: Awaited<ReturnType<typeof runCypherScript>>;
      try {
        script = await runCypherScript(driver, file, {
          database,
          onStatement: (r, total) =>
            log(`  ✓ ${r.number}/${total} (line ${r.line}) ${r.preview}${formatUpdates(r.updates, ' — ')}`),
        });
      } catch (err) {
        if (err instanceof CypherScriptError && err.applied.length > 0) scriptsWrote = true;
        throw err;
      }
      if (script.statements.length > 0) scriptsWrote = true;
      log(
        `${file}: ${script.statements.length} statement${script.statements.length === 1 ? '' : 's'} applied in ${(script.ms / 1000).toFixed(1)} s${formatUpdates(script.totals, ': ')}.`,
      );
      committed.push(`the Cypher script ${file}`);
    }
    // A script may have changed the facts the talent flows and indexes are derived from; facts files and imports
    // after it derive them anyway. Otherwise derive them here as the server does after a write through Cypher, so
    // the flows and dashboards do not go on counting a move the script deleted.
    if (opts.cypher.length > 0 && files.length === 0 && opts.imports.length === 0) {
      const scripts = `the script${opts.cypher.length === 1 ? '' : 's'}`;
      const flows = await recomputeTalentFlowsAfterWrite(driver, { database });
      console.log(
        flows === null
          ? "No facts of Talent Graph's in the database: no talent flows derived."
          : `Talent flows and talent indexes derived again after ${scripts}: ${flows.toLocaleString('en-US')} TALENT_FLOW relationship${flows === 1 ? '' : 's'}.`,
      );
      derivedAfterScripts = true;
    }
    if (opts.synthetic) {
      summaries.push(
        await seedSynthetic(driver, {
          people: opts.people,
          randomSeed: opts.randomSeed,
          batchSize: opts.batchSize,
          database,
          onProgress: (p) => progress.update(p.phase, p.done, p.total),
        }),
      );
    } else {
      if (files.length > 0) {
        const s = await seedFiles(driver, files, {
          database,
          batchSize: opts.batchSize,
          onProgress: (p) => progress.update(p.phase, p.done, p.total),
          onWarning: warn,
        });
        s.warnings.forEach(warn);
        summaries.push(s);
        committed.push(`the facts file${files.length === 1 ? '' : 's'} ${files.join(', ')}`);
        derivedAfterScripts = true;
      }
      for (const file of opts.imports) {
        const s = await importCsv(driver, file, { database, batchSize: opts.batchSize });
        for (const m of s.merges ?? []) log(`merged: ${m}`);
        s.warnings.forEach(warn);
        summaries.push(s);
        committed.push(`the import ${file}`);
        derivedAfterScripts = true;
      }
    }
    progress.done();
    for (const s of summaries) {
      s.warnings.forEach(warn);
      console.log(`${s.sources.join(', ')}\n${formatSummary(s)}\n`);
    }
    // The bookmark of what was written: an app on a cluster reads after it when a request carries it.
    const bookmarks = [...(await driver.executeQueryBookmarkManager.getBookmarks())];
    if (bookmarks.length > 0) {
      console.log(`Bookmarks: ${bookmarks.join(',')}`);
      log(
        '(Send them in a Neo4j-Bookmarks header, or as "bookmarks" to POST /api/cypher, to read this write.)',
      );
    }
    return 0;
  } catch (err) {
    progress.done();
    if (conn && scriptsWrote && !derivedAfterScripts) await deriveAfterFailure(conn.driver, conn.database);
    const already =
      committed.length > 0 ? `Already written and committed before it: ${committed.join('; ')}.` : '';
    if (err instanceof SeedValidationError) {
      const problems = `${err.issues.length} problem${err.issues.length === 1 ? '' : 's'}`;
      const invalid = [...new Set(err.issues.map((i) => i.file))].join(', ');
      console.error(
        committed.length === 0
          ? `Invalid input; nothing was written. ${problems}:`
          : `Invalid input in ${invalid}; nothing of it was written. ${problems}:`,
      );
      for (const issue of err.issues) console.error(`  ${formatIssue(issue)}`);
      if (already) console.error(already);
      return 1;
    }
    if (err instanceof CypherScriptError) {
      console.error(err.message);
      console.error(describeApplied(err.applied, err.nothingWritten));
      if (already) console.error(already);
      return err.nothingWritten && err.statement === null ? 1 : 3;
    }
    if (err instanceof UsageError) {
      console.error(err.message);
      return 2;
    }
    console.error(`Seed failed: ${err instanceof Error ? err.message : String(err)}`);
    if (already) console.error(already);
    return 3;
  } finally {
    await conn?.close();
  }
}

/**
 * Derives the talent flows and indexes again after a run that stopped once a script had committed statements: the
 * flows and dashboards must not go on counting a move the script deleted. Said on stderr, with the run's error.
 */
async function deriveAfterFailure(driver: Driver, database: string): Promise<void> {
  try {
    const flows = await recomputeTalentFlowsAfterWrite(driver, { database });
    if (flows !== null)
      console.error(
        `Talent flows and talent indexes derived again after what the scripts committed: ${flows.toLocaleString('en-US')} TALENT_FLOW relationship${flows === 1 ? '' : 's'}.`,
      );
  } catch (err) {
    console.error(
      `The talent flows could not be derived again after what the scripts committed (${err instanceof Error ? err.message : String(err)}). \`npm run seed -- --derive\` derives them.`,
    );
  }
}

// Run only when executed directly (`tsx seed/cli.ts`), never on import.
if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
