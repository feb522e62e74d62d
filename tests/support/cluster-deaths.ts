// A cluster primary that loses all its workers at once, round after round, and at each death tells the workers
// left the new set, as the server's primary does (server/cluster-primary.ts sendToWorkers, hearWorkerErrors).
// Run by tests/integration/server/cluster-primary.test.ts; prints "survived N rounds" and exits 0 if it lived.
// With the argument `unstartable`, its one worker cannot even be spawned (its working folder does not exist).
import cluster from 'node:cluster';
import { hearWorkerErrors, sendToWorkers } from '../../server/cluster-primary.js';

const WORKERS = 5;

async function primary(rounds: number): Promise<void> {
  const warnings: string[] = [];
  const logger = { warn: (m: string) => warnings.push(m) };
  cluster.on('exit', () => sendToWorkers({ type: 'workers', pids: [] }));
  for (let round = 1; round <= rounds; round++) {
    const workers = Array.from({ length: WORKERS }, () => hearWorkerErrors(cluster.fork(), logger));
    await Promise.all(workers.map((w) => new Promise((resolve) => w.once('online', resolve))));
    const gone = Promise.all(workers.map((w) => new Promise((resolve) => w.once('exit', resolve))));
    for (const w of workers) w.process.kill('SIGKILL');
    await gone;
  }
  process.stdout.write(`survived ${rounds} rounds; failed messages heard: ${warnings.length}\n`);
  process.exit(0);
}

/** A worker that never starts emits 'error' and no 'exit': this process must not wait for it for ever. */
function unstartable(): void {
  cluster.setupPrimary({ cwd: '/nonexistent/talent-graph-test' });
  hearWorkerErrors(cluster.fork(), { warn: () => {} });
  setInterval(() => {}, 60_000);
}

if (cluster.isWorker) {
  process.on('message', () => {});
  setInterval(() => {}, 60_000);
} else if (process.argv[2] === 'unstartable') {
  unstartable();
} else {
  void primary(Number(process.argv[2] ?? 5));
}
