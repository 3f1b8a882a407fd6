import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';

import type { ErrorCode } from '../errors/error-codes';

import { CHANGE_NOT_LOGGED } from './change-transactions';
import type { RequestContext } from './request-context';

const READ_NOT_LOGGED = 'This read could not be recorded in the processing log and is refused. Try again later.';
const ANSWER_OF_CHANGE_NOT_LOGGED =
  'The change was made and recorded in the processing log, but what this answer reads could not be recorded, so the answer is refused. Do not repeat the change; read the record again later.';

/**
 * Writes what of each request's log its changes have not already written (the decisions made
 * while reading the answer, or the whole log of a read) before its answer leaves. When that
 * cannot be written, the answer is replaced by PROCESSING_LOG_UNAVAILABLE: no personal data leaves
 * unaccounted. A change refused because its own log could not be written is answered with HTTP 503.
 */
export function processingLogPlugin<TLoaders>(dataSource: DataSource): ApolloServerPlugin<RequestContext<TLoaders>> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ contextValue, operation, operationName }) {
          contextValue.processingLog.nameOperation(operation?.operation, operationName ?? undefined);
          return Promise.resolve();
        },
        async willSendResponse({ contextValue, response, errors }) {
          const { processingLog } = contextValue;
          // Nothing left to write sends nothing: a database that is down stays DATABASE_UNAVAILABLE.
          if (processingLog.unwritten) {
            try {
              // One statement, atomic without a transaction of its own (`writeOperation`).
              const committed = await processingLog.write(dataSource.manager, {
                // A denied field is an error of the answer, as a thrown one is.
                failed: (errors?.length ?? 0) > 0 || contextValue.deniedFields.size > 0,
                audit: false,
              });
              committed();
            } catch (error) {
              contextValue.log.error({ err: error }, 'processing log write failed; answer refused');
              response.body = { kind: 'single', singleResult: { errors: [logUnavailable(processingLog.changes)] } };
              response.http.status = 503;
              return;
            }
          }
          if (processingLog.changes.refused) {
            response.http.status = 503;
          }
        },
      });
    },
  };
}

function logUnavailable(changes: { readonly made: boolean; readonly refused: boolean }): {
  message: string;
  extensions: { code: ErrorCode };
} {
  const message = changes.made ? ANSWER_OF_CHANGE_NOT_LOGGED : changes.refused ? CHANGE_NOT_LOGGED : READ_NOT_LOGGED;
  return { message, extensions: { code: 'PROCESSING_LOG_UNAVAILABLE' } };
}
