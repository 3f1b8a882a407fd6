import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';

import { isErrorCode } from './error-codes';
import type { ErrorCode } from './error-codes';

const INTERNAL_MESSAGE = 'Internal server error';

/**
 * The error as a client may see it: registered codes pass with their message, anything else is
 * replaced by a generic internal error. Scalars that reject input raise a registered code that
 * Apollo Server rewrites to BAD_USER_INPUT; the original code is restored here.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = registeredOriginal(error);
  const code = original?.extensions['code'] ?? formatted.extensions?.['code'];
  if (!isErrorCode(code) || code === 'INTERNAL_SERVER_ERROR') {
    return {
      message: INTERNAL_MESSAGE,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode },
    };
  }
  const {
    stacktrace: _stacktrace,
    exception: _exception,
    ...extensions
  } = {
    ...formatted.extensions,
    ...original?.extensions,
  };
  return {
    message: formatted.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { ...extensions, code },
  };
}

/** True when the error is unexpected and must be logged: it will reach the client masked. */
export function isUnexpectedError(error: GraphQLError): boolean {
  const original = registeredOriginal(error);
  const code = original?.extensions['code'] ?? error.extensions['code'];
  return !isErrorCode(code) || code === 'INTERNAL_SERVER_ERROR';
}

function registeredOriginal(error: unknown): GraphQLError | undefined {
  let current: unknown = error;
  let found: GraphQLError | undefined;
  while (current instanceof Error) {
    if (current instanceof GraphQLError && isErrorCode(current.extensions['code'])) {
      found = current;
    }
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
  return found;
}
