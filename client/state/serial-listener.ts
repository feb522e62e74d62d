// A store listener that is never re-entered: a change made while it runs (by what it calls) is delivered once it
// returns, with the state as it is then, instead of nesting a second call inside the first.

/** Rounds of changes made during the listener that are taken after it, in a row, before it stops taking more. */
export const DEFAULT_MAX_ROUNDS = 8;

export function createSerialListener<S>(
  listener: (state: S) => void,
  current: () => S,
  maxRounds = DEFAULT_MAX_ROUNDS,
): (state: S) => void {
  let running = false;
  let changed = false;
  return (state) => {
    if (running) {
      changed = true;
      return;
    }
    running = true;
    try {
      listener(state);
      // Bounded: a listener that answered every change with another would otherwise keep this loop going.
      for (let round = 0; changed && round < maxRounds; round++) {
        changed = false;
        listener(current());
      }
    } finally {
      running = false;
      changed = false;
    }
  };
}
