// The structured logger (pino); secrets are redacted wherever they might appear.
import { createRequire } from 'node:module';
import pino, { type Logger } from 'pino';

export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'password',
  '*.password',
  'token',
  '*.token',
  'allowWriteToken',
  '*.allowWriteToken',
];

export interface LoggerOptions {
  /** Human-readable lines instead of JSON (a person at a terminal); JSON otherwise, for log collectors. */
  pretty?: boolean;
}

/** pino-pretty is a devDependency: a production install (npm ci --omit=dev) logs JSON, as log collectors want. */
function canPrettyPrint(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

export function createLogger(
  level: string = 'info',
  destination?: pino.DestinationStream,
  opts: LoggerOptions = {},
): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    base: { app: 'talent-graph' },
  };
  if (!destination && opts.pretty && canPrettyPrint()) {
    return pino({
      ...options,
      transport: {
        target: 'pino-pretty',
        options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,app' },
      },
    });
  }
  return pino(options, destination);
}
