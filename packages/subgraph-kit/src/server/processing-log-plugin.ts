import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';

import type { ErrorCode } from '../errors/error-codes';
import { writeProcessingLog } from '../processing-log/write-processing-log';

import type { RequestContext } from './request-context';

const LOG_UNAVAILABLE = {
  message: 'This read could not be recorded in the processing log and is refused. Try again later.',
  extensions: { code: 'PROCESSING_LOG_UNAVAILABLE' satisfies ErrorCode },
};

/**
 * Writes each request's access decisions and processing records before its answer leaves. When
 * the log cannot be written, the answer is replaced by PROCESSING_LOG_UNAVAILABLE: no personal
 * data leaves unaccounted.
 */
export function processingLogPlugin<TLoaders>(
  dataSource: DataSource,
  party: string,
  pseudonymKey: string,
): ApolloServerPlugin<RequestContext<TLoaders>> {
  return {
    requestDidStart() {
      const startTime = new Date();
      return Promise.resolve({
        async willSendResponse({ contextValue, response, operation, operationName, errors }) {
          try {
            await writeProcessingLog(dataSource, {
              party,
              pseudonymKey,
              trace: contextValue.trace,
              caller: contextValue.caller,
              name: `graphql ${operation?.operation ?? 'operation'} ${operationName ?? '(anonymous)'}`,
              startTime,
              endTime: new Date(),
              failed: (errors?.length ?? 0) > 0,
              decisions: contextValue.access.decisions,
            });
          } catch (error) {
            contextValue.log.error({ err: error }, 'processing log write failed; read refused');
            response.body = { kind: 'single', singleResult: { errors: [LOG_UNAVAILABLE] } };
            response.http.status = 503;
          }
        },
      });
    },
  };
}
