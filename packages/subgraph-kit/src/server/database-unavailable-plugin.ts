import type { ApolloServerPlugin } from '@apollo/server';

import { isDatabaseUnavailable } from '../database/database-unavailable';

/**
 * Answers HTTP 503 when the party's database could not be reached for any part of the request,
 * so a client, a load balancer and the gateway see a service that is down, not a 200 with an
 * internal error; the errors themselves become DATABASE_UNAVAILABLE in the masking.
 */
export function databaseUnavailablePlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ errors, response }) {
          if (errors?.some(isDatabaseUnavailable)) {
            response.http.status = 503;
          }
          return Promise.resolve();
        },
      });
    },
  };
}
