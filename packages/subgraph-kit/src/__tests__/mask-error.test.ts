import { GraphQLError } from 'graphql';

import { clientError } from '../errors/client-error';
import { maskError } from '../errors/mask-error';

describe('error masking', () => {
  it('passes a registered client error with its message and code', () => {
    const error = clientError('VERSION_CONFLICT', 'Plan is at version 3.', { currentVersion: 3 });
    expect(maskError({ message: error.message, extensions: error.extensions }, error)).toEqual({
      message: 'Plan is at version 3.',
      extensions: { code: 'VERSION_CONFLICT', currentVersion: 3 },
    });
  });

  it('hides an unexpected error behind a generic one, without stack trace or message', () => {
    const error = new GraphQLError('relation "verblijf" does not exist', {
      originalError: new Error('relation "verblijf" does not exist'),
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at query (/app/pg.js:1:1)'] },
    });
    expect(maskError({ message: error.message, path: ['verblijf'], extensions: error.extensions }, error)).toEqual({
      message: 'Internal server error',
      path: ['verblijf'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('restores the code of a scalar that refused input, which Apollo Server reports as BAD_USER_INPUT', () => {
    const refusal = clientError('INVALID_BSN', 'The BSN fails the elfproef (11-check).');
    const wrapped = new GraphQLError(
      'Variable "$bsn" got invalid value "123456789"; The BSN fails the elfproef (11-check).',
      {
        originalError: refusal,
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
    expect(maskError({ message: wrapped.message, extensions: wrapped.extensions }, wrapped).extensions).toEqual({
      code: 'INVALID_BSN',
    });
  });

  it('hides an error whose code is not in the registry', () => {
    const error = new GraphQLError('x', { extensions: { code: 'SOMETHING_ELSE' } });
    expect(maskError({ message: 'x', extensions: error.extensions }, error).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
  });

  it('keeps the HTTP status Apollo Server reads from `extensions.http` out of the answer', () => {
    const error = clientError('UNAUTHENTICATED', 'A bearer token is required.', { http: { status: 401 } });
    expect(maskError({ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }, error)).toEqual({
      message: 'A bearer token is required.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it("gives a document over the parser's token limit its own code instead of a syntax error's", () => {
    const message = 'Syntax Error: Document contains more that 5000 tokens. Parsing aborted.';
    const error = new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(
      maskError({ message, locations: [{ line: 1, column: 54992 }], extensions: error.extensions }, error),
    ).toEqual({
      message: 'Token limit of 5000 exceeded.',
      extensions: { code: 'TOO_MANY_TOKENS', limit: 5000 },
    });
  });
});
