// One environment variable, declared once: how its text is read (zod), its default, and what it means. The readers
// of the server, the seed and the launcher read through these declarations, and the README's configuration table and
// `.env.example` are generated from them (`npm run docs:config`; a test fails when they drift).
import { z } from 'zod';

/** A bad configuration value: the message names the variable, what it got and what was expected. */
export class ConfigError extends Error {
  constructor(
    public readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

export type Env = Record<string, string | undefined>;

export interface EnvVarDoc {
  /** The README's "Default" column (how the default reads to a person, e.g. "unset → embedded"). */
  default: string;
  /** The README's "Meaning" column. */
  meaning: string;
  /** The value `.env.example` shows. */
  example: string;
  /** Whether `.env.example` sets it (true) or shows it commented out (false, the default). */
  set?: boolean;
  /** Comment lines `.env.example` puts above it. */
  note?: string[];
  /** `.env.example` starts a new paragraph (a blank line) before it. */
  section?: boolean;
}

export interface EnvVar<T> {
  name: string;
  /** Reads the trimmed text (never empty: an empty or absent variable means the default). */
  schema: z.ZodType<T>;
  /** What a valid value looks like, for the error: "Invalid NAME: expected <expected>, got '<raw>'." */
  expected: string;
  /** The value when the variable is unset or empty; undefined: none. */
  fallback: T | undefined;
  doc: EnvVarDoc;
}

/** Declares a variable, typed by its schema; a declared fallback makes it read as always set (readVarOr). */
export function envVar<T, F extends T | undefined>(
  v: EnvVar<T> & { fallback: F },
): EnvVar<T> & { fallback: F } {
  return v;
}

/** A whole number from `min` to `max` (no sign games, no decimals, no spaces inside). */
export function wholeNumber(min: number, max: number): { schema: z.ZodType<number>; expected: string } {
  return {
    schema: z
      .string()
      .regex(/^-?\d+$/)
      .transform(Number)
      .pipe(z.number().int().min(min).max(max)),
    expected: `a whole number from ${min} to ${max}`,
  };
}

/** Reads one variable: its value, its fallback when unset or empty, or a ConfigError that names it. */
export function readVar<T>(env: Env, v: EnvVar<T>): T | undefined {
  const raw = env[v.name];
  if (raw === undefined || raw.trim() === '') return v.fallback;
  const parsed = v.schema.safeParse(raw.trim());
  if (!parsed.success)
    throw new ConfigError(v.name, `Invalid ${v.name}: expected ${v.expected}, got '${raw}'.`);
  return parsed.data;
}

/** Reads a variable that has a fallback. */
export function readVarOr<T>(env: Env, v: EnvVar<T> & { fallback: T }): T {
  return readVar(env, v) as T;
}
