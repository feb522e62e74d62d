// Holding sigma's refreshes while a change goes in, then making one (sized-sigma.ts). Pure: the refresh it makes is
// the caller's, so the rule can be tested without a WebGL context.

/** What sigma's refresh() is asked: a render at the next frame (`schedule`), or now. */
export interface RefreshRequest {
  schedule?: boolean;
}

export interface RefreshHold {
  /** True when a refresh asked now is held (the caller must not make it): some `run` is under way. */
  take(opts?: RefreshRequest): boolean;
  /**
   * Runs `work`; the refreshes asked meanwhile are held, and when the outermost `run` ends, one full refresh is made
   * if any was asked: at once if one of them was to render at once, else scheduled. Made even if `work` throws.
   */
  run<T>(work: () => T): T;
}

export function createRefreshHold(refresh: (opts: { schedule: boolean }) => void): RefreshHold {
  let depth = 0;
  let held: 'none' | 'scheduled' | 'now' = 'none';
  return {
    take(opts) {
      if (depth === 0) return false;
      if (!opts?.schedule) held = 'now';
      else if (held === 'none') held = 'scheduled';
      return true;
    },
    run(work) {
      depth += 1;
      try {
        return work();
      } finally {
        depth -= 1;
        if (depth === 0 && held !== 'none') {
          const schedule = held === 'scheduled';
          held = 'none';
          refresh({ schedule });
        }
      }
    },
  };
}
