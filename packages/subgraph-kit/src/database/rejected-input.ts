/**
 * SQLSTATEs by which PostgreSQL refuses a value a client sent, not a statement the code got wrong:
 * a NUL character or invalid UTF-8 (22021), a character without equivalent (22P05), text that is
 * not the column's type (22P02, e.g. a cursor that is no uuid), a string too long (22001), a number
 * or date out of range or malformed (22003, 22007, 22008).
 */
const REJECTED_INPUT_STATES = new Set(['22021', '22P05', '22P02', '22001', '22003', '22007', '22008']);

/**
 * True when `error`, or anything it wraps (a GraphQL error's original, TypeORM's driver error, a
 * `cause`), is PostgreSQL refusing a value of the request: the client's mistake, not the service's.
 */
export function isRejectedInput(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const { code } = current as { code?: unknown };
    if (typeof code === 'string' && REJECTED_INPUT_STATES.has(code)) {
      return true;
    }
    const wrapper = current as { originalError?: unknown; driverError?: unknown; cause?: unknown };
    current = wrapper.originalError ?? wrapper.driverError ?? wrapper.cause;
  }
  return false;
}
