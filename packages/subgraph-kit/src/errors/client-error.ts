import { GraphQLError } from 'graphql';

import type { ErrorCode } from './error-codes';

/**
 * An expected failure the client can act on. Its message is shown as is, so it must never carry
 * another party's data or internal detail.
 */
export function clientError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...details, code } });
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
