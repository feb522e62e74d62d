// Reads a child process's output line by line, for the launcher's status lines and Maven's progress.
import type { Readable } from 'node:stream';

/**
 * Calls onLine with each complete line the streams write. Each stream keeps its own unfinished tail, so a line that
 * arrives in pieces is never glued to a piece of the other stream.
 */
export function eachLine(streams: (Readable | null | undefined)[], onLine: (line: string) => void): void {
  for (const stream of streams) {
    let buf = '';
    stream?.on('data', (chunk: Buffer | string) => {
      buf += chunk.toString();
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        onLine(buf.slice(0, i));
        buf = buf.slice(i + 1);
      }
    });
  }
}
