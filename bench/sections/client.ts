// Section 5: the explorer in headless Chromium (software WebGL). Placeholder until the client lands: it says
// precisely what is missing instead of measuring something else.
import fs from 'node:fs';
import path from 'node:path';
import type { BenchContext, SectionOutput } from '../context.js';
import { ROOT } from '../env.js';

export async function benchClient(ctx: BenchContext): Promise<SectionOutput> {
  const index = path.join(ROOT, 'dist', 'client', 'index.html');
  const reason = fs.existsSync(index)
    ? 'the client has no measurement hook yet (see BENCHMARKS.md, "What the client section needs")'
    : 'the client is not built yet (dist/client/index.html is missing; `npm run build:client`)';
  ctx.log(`client: ${reason}`);
  return { method: [], tables: [], goals: [], data: {}, skipped: reason };
}
