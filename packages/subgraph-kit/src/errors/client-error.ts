import { GraphQLError } from 'graphql';

import type { ErrorCode } from './error-codes';

/**
 * An expected failure the client can act on. Its message is shown as is, so it must never carry
 * another party's data or internal detail.
 */
export function clientError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  // Expected, so no stack: capturing one for each denied field was a top cost of a page, and no
  // client error's stack is ever shown or logged.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new GraphQLError(message, { extensions: { ...details, code } });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
