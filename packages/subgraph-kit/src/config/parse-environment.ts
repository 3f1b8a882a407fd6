import type { z } from 'zod';

/**
 * Reads configuration from environment variables once, at start, refusing any bad value with one
 * message that names every variable at fault and says what it expects (the settings of
 * `./settings`). `nameOf` turns a schema key into the variable's name as the operator set it
 * (`DJI_DATABASE_URL` for `DATABASE_URL`).
 */
export function parseEnvironment<TSchema extends z.ZodType>(
  schema: TSchema,
  values: Record<string, unknown>,
  nameOf: (key: string) => string = (key) => key,
): z.output<TSchema> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    // One variable without prefix may stand for several services' settings: it is named once.
    const problems = new Set(parsed.error.issues.map((issue) => problem(issue, values, nameOf)));
    throw new Error(`Invalid configuration: ${[...problems].join('; ')}`);
  }
  return parsed.data;
}

/** One bad value as the operator reads it: `DJI_PORT: must be a port number (0–65535), got "x"`. */
function problem(issue: z.core.$ZodIssue, values: Record<string, unknown>, nameOf: (key: string) => string): string {
  const key = String(issue.path[0] ?? '');
  const variable = nameOf(key);
  if (values[key] === undefined) {
    return `${variable}: must be set`;
  }
  // A record's bad key says itself which key; a bad entry is named by its key (`gemeente:*`), not by
  // its place in a list.
  if (issue.code === 'invalid_key') {
    return `${variable}: ${issue.issues.map((inner) => inner.message).join('; ')}`;
  }
  const entry = issue.path.slice(1).filter((segment) => typeof segment === 'string');
  return `${variable}${entry.length > 0 ? ` (${entry.join('.')})` : ''}: ${issue.message}`;
}
