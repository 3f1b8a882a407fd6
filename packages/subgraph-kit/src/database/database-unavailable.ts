/** Node's socket errors when a server cannot be reached or a connection breaks. */
const SOCKET_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs that say the server cannot serve this connection, not that a statement was wrong:
 * admin_shutdown, crash_shutdown, cannot_connect_now (starting up, shutting down, in recovery),
 * too_many_connections, invalid_catalog_name (the database is gone).
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '3D000']);

/** What pg says, with no code, when a connection breaks or cannot be made in time. */
const BROKEN_CONNECTION =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed)/;

/**
 * True when `error`, or anything it wraps (a GraphQL error's original, TypeORM's driver error, a
 * `cause`), says the database cannot be reached or refuses connections, as opposed to a statement
 * that failed: the server is down, restarting, unreachable, or takes no connections to this
 * database (`ALLOW_CONNECTIONS false`).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  // Plain objects, not `instanceof Error`: errors from another realm (a test's VM context) and
  // graphql-js's wrapper of a thrown non-Error carry the same fields.
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (saysUnavailable(code, typeof message === 'string' ? message : '')) {
      return true;
    }
    const wrapper = current as {
      originalError?: unknown;
      driverError?: unknown;
      thrownValue?: unknown;
      cause?: unknown;
    };
    current = wrapper.originalError ?? wrapper.driverError ?? wrapper.thrownValue ?? wrapper.cause;
  }
  return false;
}

function saysUnavailable(code: unknown, message: string): boolean {
  if (typeof code !== 'string') {
    return BROKEN_CONNECTION.test(message);
  }
  if (SOCKET_ERRORS.has(code) || UNAVAILABLE_STATES.has(code) || code.startsWith('08')) {
    return true;
  }
  // object_not_in_prerequisite_state is also a statement's error; only this one is the database's.
  return code === '55000' && /is not currently accepting connections/.test(message);
}
