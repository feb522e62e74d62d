// `npm run bench`: starts a throwaway Neo4j and the API, runs the benchmark sections, and writes bench/results.json
// and the tables in BENCHMARKS.md. Every goal ends up met, missed or not measured, with the reason.
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ArgsError, USAGE, parseArgs } from './args.js';
import { runSection, type BenchContext, type SectionOutput } from './context.js';
import { ROOT, benchDriver, startApi, startNeo4j, type ApiProcess, type Neo4jTarget } from './env.js';
import { SECTION_IDS, completeGoals, countStatuses, type SectionId } from './goals.js';
import { loadLargeGraph, sampleGraph, type LoadReport } from './graph.js';
import { cpuLoopMs, machineInfo, packageVersion } from './machine.js';
import { renderGenerated, spliceGenerated } from './report.js';
import { writeResults, type RunResult, type SectionResult } from './results.js';
import { benchApiOverhead } from './sections/api-overhead.js';
import { benchClient, ensureClientBuilt } from './sections/client.js';
import { benchLatency } from './sections/latency.js';
import { benchLoad } from './sections/load.js';
import { benchPayload } from './sections/payload.js';
import { benchSeed } from './sections/seed.js';
import { benchSoak } from './sections/soak.js';
import { benchStart } from './sections/start.js';
import { benchTalent } from './sections/talent.js';
import { benchWorkers } from './sections/workers.js';

const SECTIONS: Record<SectionId, (ctx: BenchContext) => Promise<SectionOutput>> = {
  start: benchStart,
  seed: benchSeed,
  api: benchApiOverhead,
  latency: benchLatency,
  talent: benchTalent,
  load: benchLoad,
  workers: benchWorkers,
  client: benchClient,
  payload: benchPayload,
  soak: benchSoak,
};
/** Sections that need the large graph and the API running. */
const NEEDS_GRAPH: SectionId[] = ['api', 'latency', 'talent', 'load', 'workers', 'client', 'payload', 'soak'];

const started = Date.now();
const log = (m: string) =>
  process.stdout.write(`[bench +${Math.round((Date.now() - started) / 1000)}s] ${m}\n`);

async function neo4jVersion(
  driver: Driver,
  database: string,
): Promise<{ version: string | null; edition: string | null }> {
  try {
    const res = await driver.executeQuery(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
      {},
      { database, routing: 'READ' },
    );
    const r = res.records[0];
    return { version: (r?.get('version') as string) ?? null, edition: (r?.get('edition') as string) ?? null };
  } catch {
    return { version: null, edition: null };
  }
}

/** Formats the written files with the project's Prettier settings, so `npm run lint` passes on them. */
async function formatWithPrettier(files: string[]): Promise<void> {
  try {
    const prettier = await import('prettier');
    for (const file of files) {
      const options = (await prettier.resolveConfig(file)) ?? {};
      fs.writeFileSync(
        file,
        await prettier.format(fs.readFileSync(file, 'utf8'), { ...options, filepath: file }),
      );
    }
  } catch (err) {
    log(`could not format ${files.join(', ')} with Prettier: ${(err as Error).message}`);
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof ArgsError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { mode, settings } = args;
  const sections = SECTION_IDS.filter((s) => args.sections.includes(s));
  const outDir = path.join(ROOT, 'bench', 'out');
  fs.mkdirSync(outDir, { recursive: true });
  const resultsFile = args.scratch
    ? path.join(outDir, 'results.json')
    : path.join(ROOT, 'bench', 'results.json');
  const reportFile = args.scratch ? path.join(outDir, 'BENCHMARKS.md') : path.join(ROOT, 'BENCHMARKS.md');
  log(`mode ${mode}; sections ${sections.join(', ')}; ${settings.people.toLocaleString('en-US')} people`);
  // The API serves the client only if it exists when the API starts, and building it would load the machine during
  // measurements: build it first.
  // (The talent section times the dashboard's first render in the browser too.)
  if (sections.includes('client') || sections.includes('talent')) await ensureClientBuilt(log);

  const machine = machineInfo();
  const cpuLoopAtStart = cpuLoopMs();
  let neo4j: Neo4jTarget | undefined;
  let driver: Driver | undefined;
  let api: ApiProcess | undefined;
  const stopAll = async () => {
    await api?.stop().catch(() => {});
    await driver?.close().catch(() => {});
    await neo4j?.stop().catch(() => {});
  };
  const onSignal = (sig: string) => {
    log(`${sig}: stopping…`);
    void stopAll().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const results: SectionResult[] = [];
  const reasons: Partial<Record<SectionId, string>> = {};
  const setup: Record<string, unknown> = {};
  let versions = { neo4j: null as string | null, neo4jEdition: null as string | null };
  try {
    neo4j = await startNeo4j({ allowExternal: args.wipeExternal, reuseGraph: args.reuseGraph, log });
    driver = benchDriver(neo4j);
    const v = await neo4jVersion(driver, neo4j.database);
    versions = { neo4j: v.version, neo4jEdition: v.edition };
    setup.Neo4j = neo4j.embedded
      ? `embedded (throwaway data folder), heap ${neo4j.heapMb} MB, page cache ${neo4j.pageCacheMb} MB, Bolt on loopback`
      : `external at NEO4J_URI (${args.reuseGraph ? 'graph reused, nothing written' : 'wiped by the run'})`;
    const ctx: BenchContext = { settings, neo4j, driver, api: undefined, graph: undefined, outDir, log };

    // npm start first, while nothing else loads the machine (the bench's own Neo4j idles).
    if (sections.includes('start')) results.push(await runSection('start', log, () => SECTIONS.start(ctx)));
    if (sections.includes('seed')) results.push(await runSection('seed', log, () => SECTIONS.seed(ctx)));

    const rest = sections.filter((s) => s !== 'seed' && s !== 'start');
    if (rest.some((s) => NEEDS_GRAPH.includes(s))) {
      let load: LoadReport | undefined;
      try {
        if (args.reuseGraph) {
          ctx.graph = await sampleGraph(driver, neo4j.database);
          setup.Graph = `reused (--reuse-graph): ${ctx.graph.nodes.toLocaleString('en-US')} nodes, ${ctx.graph.relationships.toLocaleString('en-US')} relationships, ${ctx.graph.people.length.toLocaleString('en-US')} people`;
        } else {
          load = await loadLargeGraph(driver, neo4j.database, settings.people, settings.randomSeed, log);
          ctx.graph = await sampleGraph(driver, neo4j.database);
          setup.Graph =
            `synthetic market, ${settings.people.toLocaleString('en-US')} people (random seed ${settings.randomSeed}) + the bundled article: ` +
            `${load.nodes.toLocaleString('en-US')} nodes, ${load.relationships.toLocaleString('en-US')} relationships; synthetic load ${(load.ms / 1000).toFixed(1)} s ` +
            `(${Math.round(load.relationshipsPerSecond).toLocaleString('en-US')} relationships/s end to end, talent flows included)`;
        }
        api = await startApi(neo4j, { logDir: outDir });
        ctx.api = api;
        setup.API =
          'createApp in a child Node process on 127.0.0.1 (so load generator and raw-driver baseline do not share its event loop); ' +
          'API_RATE_PER_MINUTE and CYPHER_RATE_PER_MINUTE raised to 1,000,000 for the benchmark; QUERY_TIMEOUT_MS raised to 120 s (for the client section’s 10k–50k-node scenes); LOG_LEVEL=warn';
        const seedResult = results.find((r) => r.id === 'seed');
        if (load && seedResult && seedResult.status === 'done') {
          seedResult.tables.push({
            title: 'End-to-end synthetic load (seedSynthetic, the graph the other sections use)',
            headers: ['People', 'Nodes', 'Relationships', 'Seconds', 'Relationships/s'],
            rows: [
              [settings.people, load.nodes, load.relationships, load.ms / 1000, load.relationshipsPerSecond],
            ],
          });
          seedResult.data.endToEnd = {
            people: settings.people,
            ms: Math.round(load.ms),
            relationshipsPerSecond: Math.round(load.relationshipsPerSecond),
            summary: load.summary,
          };
        }
      } catch (err) {
        const why = `the large graph or the API could not be set up: ${(err as Error).message}`;
        log(why);
        for (const s of rest) reasons[s] = why;
      }
      for (const id of rest) {
        if (reasons[id]) {
          results.push({
            id,
            status: 'skipped',
            reason: reasons[id],
            durationS: 0,
            method: [],
            tables: [],
            notes: [],
            goals: [],
            data: {},
          });
          continue;
        }
        results.push(await runSection(id, log, () => SECTIONS[id](ctx)));
      }
    }
  } finally {
    await stopAll();
  }

  for (const r of results)
    if (r.status !== 'done')
      reasons[r.id] = `${r.status === 'skipped' ? 'not measured yet' : 'section failed'}: ${r.reason}`;
  const goals = completeGoals(
    results.flatMap((r) => r.goals),
    sections,
    reasons,
  );
  const run: RunResult = {
    mode,
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date().toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    machine: { ...machine, cpuLoopMs: { start: cpuLoopAtStart, end: cpuLoopMs() } },
    versions: {
      node: process.versions.node,
      neo4j: versions.neo4j,
      neo4jEdition: versions.neo4jEdition,
      neo4jDriver: packageVersion('neo4j-driver') ?? 'unknown',
      autocannon: packageVersion('autocannon'),
    },
    setup,
    sections: results,
    goals,
  };
  const all = writeResults(resultsFile, run);
  const doc = fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8') : '# Benchmarks\n';
  fs.writeFileSync(reportFile, spliceGenerated(doc, renderGenerated(all)));
  await formatWithPrettier([resultsFile, reportFile]);
  const c = countStatuses(goals);
  log(
    `goals: ${c.met} met, ${c.missed} missed, ${c['not-measured']} not measured; wrote ${path.relative(ROOT, resultsFile)} and ${path.relative(ROOT, reportFile)}`,
  );
  return results.some((r) => r.status === 'failed') ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exit(1);
  },
);
