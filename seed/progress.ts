// A one-line progress display on stderr: redrawn in place on a terminal, a line per ~10% otherwise (CI logs).

export interface ProgressLine {
  update(label: string, done: number, total: number): void;
  done(): void;
}

export const DEFAULT_BAR_WIDTH = 28;

export function createProgressLine(stream: NodeJS.WriteStream = process.stderr): ProgressLine {
  const tty = Boolean(stream.isTTY);
  let lastLabel = '';
  let lastTenth = -1;
  let drawn = false;
  const started = Date.now();
  return {
    update(label, done, total) {
      const frac = total > 0 ? Math.min(1, done / total) : 1;
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      if (tty) {
        const filled = Math.round(frac * DEFAULT_BAR_WIDTH);
        const bar = `[${'#'.repeat(filled)}${'.'.repeat(DEFAULT_BAR_WIDTH - filled)}]`;
        stream.write(
          `\r\x1b[2K${label.padEnd(14)} ${bar} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${secs}s`,
        );
        drawn = true;
        return;
      }
      const tenth = Math.floor(frac * 10);
      if (label !== lastLabel || tenth !== lastTenth) {
        stream.write(
          `${label}: ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} (${Math.round(frac * 100)}%, ${secs}s)\n`,
        );
        lastLabel = label;
        lastTenth = tenth;
      }
    },
    done() {
      if (tty && drawn) stream.write('\r\x1b[2K');
    },
  };
}
