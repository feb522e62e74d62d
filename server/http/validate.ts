// Parses request input with a zod schema; failures name where the bad value was (query.limit, body.params…).
import { z } from 'zod';

export type InputPlace = 'query' | 'body' | 'params';

/** Returns the parsed value or throws a ZodError whose paths start with the place (the error middleware words it). */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, place: InputPlace): z.output<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw new z.ZodError(
    result.error.issues.map((issue) => {
      // An unknown parameter is named in the path too: "Invalid query.foo: Unrecognized key".
      const extra = issue.code === 'unrecognized_keys' && issue.keys.length > 0 ? [issue.keys[0]!] : [];
      return { ...issue, path: [place, ...issue.path, ...extra] };
    }),
  );
}
