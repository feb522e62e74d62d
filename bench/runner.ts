// Closed-loop load: N concurrent clients, each sending its next request as soon as the last one is answered, until a
// count or a deadline is reached — whichever comes first, so every loop stops by itself.

export interface LoopOptions {
  concurrency: number;
  /** Stop after this many requests in total. */
  maxRequests: number;
  /** Stop starting new requests after this long. */
  maxMs: number;
  /** One request; `i` is its global index (for choosing the question). Throws or returns false on failure. */
  task: (i: number) => Promise<boolean | void>;
}

export interface LoopResult {
  latencies: number[];
  errors: number;
  /** The first few error messages, for the report. */
  errorSamples: string[];
  elapsedMs: number;
  requests: number;
}

export const MAX_ERROR_SAMPLES = 5;

export async function closedLoop(opts: LoopOptions): Promise<LoopResult> {
  if (opts.concurrency < 1) throw new RangeError('concurrency must be at least 1');
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + opts.maxMs;

  const worker = async () => {
    while (next < opts.maxRequests && performance.now() < deadline) {
      const i = next++;
      const t0 = performance.now();
      try {
        const ok = await opts.task(i);
        const ms = performance.now() - t0;
        if (ok === false) {
          errors += 1;
          if (errorSamples.length < MAX_ERROR_SAMPLES) errorSamples.push(`request ${i} failed`);
        } else {
          latencies.push(ms);
        }
      } catch (err) {
        errors += 1;
        if (errorSamples.length < MAX_ERROR_SAMPLES)
          errorSamples.push((err as Error)?.message ?? String(err));
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  return { latencies, errors, errorSamples, elapsedMs: performance.now() - started, requests: next };
}
