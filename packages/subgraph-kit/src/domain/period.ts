import { clientError } from '../errors/client-error';

/**
 * Refuses a period whose end lies before its begin. Dates are ISO `YYYY-MM-DD` strings, which
 * compare correctly as text.
 */
export function assertPeriod(begin: string, end: string | null | undefined, what: string): void {
  if (end != null && end < begin) {
    throw clientError('INVALID_PERIOD', `${what}: the end (${end}) lies before the begin (${begin}).`, {
      begin,
      end,
    });
  }
}
