// A JSON object schema that keeps every key it was given. zod's record and json schemas leave a key named `__proto__`
// out of what they answer, at any depth: a Cypher query's parameters `{"__proto__": {"x": 1}}` reached Neo4j as `{}`,
// and a saved query's parameters were imported without it. A parameter or map key may be named so like any other
// (JSON.parse makes it an own key, and so does the driver's packing), so this answers the object it was given.
import { z } from 'zod';

/** Where under `path` a key named `__proto__` holds a value `values` refuses (zod's record does not look there). */
function protoIssues(value: unknown, path: PropertyKey[], values: z.ZodType, out: z.core.$ZodIssue[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => protoIssues(v, [...path, i], values, out));
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) {
    if (k === '__proto__') {
      const checked = values.safeParse(v);
      if (!checked.success)
        for (const issue of checked.error.issues) out.push({ ...issue, path: [...path, k, ...issue.path] });
    }
    protoIssues(v, [...path, k], values, out);
  }
}

/**
 * An object of string keys to `values`, answered as it was given (no key left out, none added), with zod's own issues
 * for what is wrong. In the OpenAPI document it reads as zod's record of the same values (`valuesRef`: the $ref of the
 * values' named schema).
 */
export function jsonRecord<T extends z.ZodType>(values: T, valuesRef?: string) {
  const record = z.record(z.string(), values);
  return z
    .custom<Record<string, z.output<T>>>()
    .superRefine((value, ctx) => {
      // The issues keep their own input (a saved-queries file says what it got, saved-transfer.ts).
      const checked = record.safeParse(value, { reportInput: true });
      const issues = checked.success ? [] : [...checked.error.issues];
      protoIssues(value, [], values, issues);
      for (const issue of issues) ctx.addIssue(issue as z.core.$ZodRawIssue);
    })
    .meta({
      type: 'object',
      propertyNames: { type: 'string' },
      ...(valuesRef ? { additionalProperties: { $ref: valuesRef } } : {}),
    });
}
