import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';

import { isDatabaseUnavailable } from '../database/database-unavailable';
import { isRejectedInput } from '../database/rejected-input';

import { isErrorCode } from './error-codes';
import type { ErrorCode } from './error-codes';

const INTERNAL_MESSAGE = 'Internal server error';
const DATABASE_UNAVAILABLE_MESSAGE = "This party's database cannot be reached. Try again later.";
const REJECTED_INPUT_MESSAGE =
  'A value in this request cannot be stored or compared: a NUL character, or a text, number or date out of range or of the wrong form.';

/**
 * How graphql-js's parser (its `maxTokens` option) refuses a document with too many tokens; 16.x
 * writes "more that", a later version may write "more than".
 */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th(?:at|an) (\d+) tokens\. Parsing aborted\.$/;

/**
 * The error as a client may see it: registered codes pass with their message, anything else is
 * replaced by a generic internal error. Scalars that reject input raise a registered code that
 * Apollo Server rewrites to BAD_USER_INPUT; the original code is restored here. A document over
 * the parser's token limit, which Apollo Server reports as any syntax error, gets its own code; a
 * database that cannot be reached is DATABASE_UNAVAILABLE, whatever statement found out; a value
 * the database refuses (a NUL character, a number out of range) is INVALID_INPUT. Neither
 * a stack trace nor the HTTP status Apollo Server reads from `extensions.http` reaches the client.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = registeredOriginal(error);
  const code = original?.extensions['code'] ?? formatted.extensions?.['code'];
  const tokenLimit =
    code === ('GRAPHQL_PARSE_FAILED' satisfies ErrorCode)
      ? TOKEN_LIMIT_MESSAGE.exec(formatted.message)?.[1]
      : undefined;
  if (tokenLimit) {
    return {
      message: `Token limit of ${tokenLimit} exceeded.`,
      extensions: { code: 'TOO_MANY_TOKENS' satisfies ErrorCode, limit: Number(tokenLimit) },
    };
  }
  if ((!isErrorCode(code) || code === 'INTERNAL_SERVER_ERROR') && isDatabaseUnavailable(error)) {
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'DATABASE_UNAVAILABLE' satisfies ErrorCode },
    };
  }
  if ((!isErrorCode(code) || code === 'INTERNAL_SERVER_ERROR') && isRejectedInput(error)) {
    return {
      message: REJECTED_INPUT_MESSAGE,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INVALID_INPUT' satisfies ErrorCode },
    };
  }
  if (refusedWithClientStatus(error)) {
    // Apollo Server's own refusals without a code (a persisted query of another version, or whose
    // hash does not match its query) carry a 4xx status: the client's mistake, told as it is.
    return { message: formatted.message, extensions: { code: 'BAD_REQUEST' satisfies ErrorCode } };
  }
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
    http: _http,
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
  if (refusedWithClientStatus(error) || isRejectedInput(error)) {
    return false;
  }
  const original = registeredOriginal(error);
  const code = original?.extensions['code'] ?? error.extensions['code'];
  return !isErrorCode(code) || code === 'INTERNAL_SERVER_ERROR';
}

/** An error without a code of its own that Apollo Server answers with a 4xx status. */
function refusedWithClientStatus(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions['code'] !== undefined) {
    return false;
  }
  const { status } = (error.extensions['http'] ?? {}) as { status?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500;
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
