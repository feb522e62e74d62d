// `npm start` and `npm run seed`: build what is stale (the client for the server, the compiled server entries), then
// run the compiled entry in this process, so Ctrl-C and SIGTERM reach it directly.
//   node scripts/start.mjs [server|seed] [args…]
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_DIR, buildIfStale } from './build.mjs';

const ENTRIES = { server: 'main', seed: 'seed-cli' };

const [what = 'server', ...args] = process.argv.slice(2);
const entry = ENTRIES[what];
if (!entry) {
  process.stderr.write(`Unknown entry '${what}': expected one of ${Object.keys(ENTRIES).join(', ')}.\n`);
  process.exit(2);
}
// Build progress goes to stdout: stderr carries only what went wrong (a configuration error is one line there).
const log = (m) => process.stdout.write(`${m}\n`);
try {
  await buildIfStale({ client: what === 'server', server: true, log });
} catch (err) {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
}
// The compiled entries read their own arguments and, like seed/cli.ts, run when they are the script being run.
process.argv = [process.argv[0], path.join(SERVER_DIR, `${entry}.js`), ...args];
await import(pathToFileURL(path.join(SERVER_DIR, `${entry}.js`)).href);
