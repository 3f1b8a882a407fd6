import type { z } from 'zod';

/**
 * Reads configuration from environment variables once, at start, refusing any bad value with one
 * message that names every variable at fault. `nameOf` turns a schema key into the variable's
 * name as the operator sets it (`DJI_DATABASE_URL` for `DATABASE_URL`).
 */
export function parseEnvironment<TSchema extends z.ZodType>(
  schema: TSchema,
  values: Record<string, unknown>,
  nameOf: (key: string) => string = (key) => key,
): z.output<TSchema> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${nameOf(issue.path.join('.'))}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  return parsed.data;
}
