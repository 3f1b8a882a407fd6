import type { ApolloServerPlugin } from '@apollo/server';

import { isUnexpectedError } from '../errors/mask-error';

import type { RequestContext } from './request-context';

/**
 * Logs each unexpected error in full, with the trace id, before masking hides it from the client;
 * and each request's outcome at info level.
 */
export function requestLoggingPlugin<TLoaders>(): ApolloServerPlugin<RequestContext<TLoaders>> {
  return {
    requestDidStart() {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isUnexpectedError(error)) {
              contextValue.log.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
            }
          }
          return Promise.resolve();
        },
        willSendResponse({ contextValue, operationName, errors }) {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          contextValue.log.info(
            { operationName, durationMs: Math.round(durationMs * 10) / 10, errors: errors?.length ?? 0 },
            'graphql request',
          );
          return Promise.resolve();
        },
      });
    },
  };
}
