// A request's abort signal for the database: a client that goes away before the answer (Cancel, a newer query or
// view, a closed tab) no longer wants it, so its query is stopped rather than run to its timeout.
import type { Response } from 'express';

export function abortOnClose(res: Response): AbortSignal {
  const gone = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) gone.abort();
  });
  return gone.signal;
}
