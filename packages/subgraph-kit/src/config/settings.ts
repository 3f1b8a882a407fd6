import { z } from 'zod';

/**
 * The kinds of setting an environment variable holds, each refusing a bad value with what it
 * expects in an operator's words and the value as set (`must be a whole number of days of at
 * least 1, got "forever"`). A secret's value is never repeated: its message says only what is
 * wrong with it. `parseEnvironment` puts the variable's name in front, and says "must be set" of
 * a required one that is missing.
 */

/** The value as the operator wrote it, quoted. */
function got(value: unknown): string {
  return `got ${JSON.stringify(String(value))}`;
}

/** A count within `min` and `max`, written in digits; `unit` says what it counts (`days`). */
export function wholeNumberSetting({ min, max, unit }: { min: number; max?: number; unit?: string }) {
  const range = max === undefined ? `of at least ${min}` : `from ${min} to ${max}`;
  return integerSetting(`must be a whole number ${unit ? `of ${unit} ` : ''}${range}`, min, max);
}

/** A TCP port; 0, where allowed, lets the system choose a free one. */
export function portSetting({ min = 0 }: { min?: number } = {}) {
  return integerSetting(`must be a port number (${min}–65535)`, min, 65535);
}

function integerSetting(expected: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  return z.string().transform((text, context) => {
    // Digits only: `Number` would also take `0x10`, `1e3` and the empty string.
    const number = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isSafeInteger(number) && number >= min && number <= max) {
      return number;
    }
    context.addIssue({ code: 'custom', message: `${expected}, ${got(text)}` });
    return z.NEVER;
  });
}

/** One of `values`, exactly as written. */
export function oneOfSetting<const TValues extends readonly [string, ...string[]]>(values: TValues) {
  return z.enum(values, { error: (issue) => `must be one of ${values.join(', ')}, ${got(issue.input)}` });
}

/** `true` or `false`. */
export const booleanSetting = z
  .enum(['true', 'false'], { error: (issue) => `must be true or false, ${got(issue.input)}` })
  .transform((text) => text === 'true');

/** An absolute http:// or https:// URL. */
export const httpUrlSetting = z.url({
  protocol: /^https?$/,
  error: (issue) => `must be an http(s) URL, ${got(issue.input)}`,
});

/** Text that says something; a plain string has nothing else to check. */
export const textSetting = z.string().min(1, 'must not be empty');

/**
 * A PostgreSQL connection string. It may hold a password: the message says only what is wrong.
 */
export const postgresUrlSetting = z
  .string()
  .refine(
    (text) => URL.canParse(text) && /^postgres(ql)?:$/.test(new URL(text).protocol),
    'must be a postgres:// or postgresql:// connection string (its value is a secret, not repeated here)',
  );

/** A secret key of at least `minLength` characters; the message gives its length, never the key. */
export function secretSetting({ minLength }: { minLength: number }) {
  return z.string().refine((text) => text.length >= minLength, {
    error: (issue) =>
      `must be at least ${minLength} characters, got ${String(issue.input).length} (its value is a secret, not repeated here)`,
  });
}

/** A day of the calendar written `YYYY-MM-DD`: `2026-02-30` is written right but no day. */
export const dateSetting = z.string().refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isCalendarDay(text), {
  error: (issue) => `must be a date written YYYY-MM-DD, ${got(issue.input)}`,
});

function isCalendarDay(text: string): boolean {
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** An address or name to listen on: `0.0.0.0` (every interface), `127.0.0.1`, `::`, `localhost`. */
export const listenHostSetting = z.string().regex(/^[A-Za-z0-9.:-]+$/, {
  error: (issue) => `must be an IP address or a host name, such as 0.0.0.0 or 127.0.0.1, ${got(issue.input)}`,
});

/**
 * A JSON object read by `schema`: `expected` says what it must be (`a JSON object of organisation
 * to inbox URL`) of text that is no JSON object at all; `schema` says what is wrong inside one.
 */
export function jsonObjectSetting<TOutput>(
  expected: string,
  schema: z.ZodType<TOutput, object>,
): z.ZodType<TOutput, string> {
  return z
    .string()
    .transform((text, context) => {
      const value = parsedJson(text);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        context.addIssue({ code: 'custom', message: `must be ${expected}, ${got(text)}` });
        return z.NEVER;
      }
      return value;
    })
    .pipe(schema);
}

/** The JSON `text` holds, or undefined when it is no JSON. */
function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
