import type { ApolloServerPlugin } from '@apollo/server';

import { clientError } from '../errors/client-error';

/**
 * Refuses a document whose operation cannot be chosen (several operations and no `operationName`,
 * or a name that is not in the document) with OPERATION_RESOLUTION_FAILURE and HTTP 400, before
 * execution. Apollo Server does so itself only when it executes the schema; behind a gateway the
 * executor throws an error without a code, which would reach the client as a masked 500.
 */
export function operationResolutionPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, request }) {
          if (operation) {
            return Promise.resolve();
          }
          return Promise.reject(
            clientError(
              'OPERATION_RESOLUTION_FAILURE',
              request.operationName
                ? `Unknown operation named "${request.operationName}".`
                : 'Must provide operation name if query contains multiple operations.',
              { http: { status: 400 } },
            ),
          );
        },
      });
    },
  };
}
