import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Marks every answer `cache-control: no-store`: a subgraph's answers hold personal data, and none
 * of its fields declares a cache hint. Apollo Server's cache-control plugin sent the same header,
 * but computed it with a `willResolveField` hook, which makes Apollo wrap every resolver of the
 * schema and build a cache policy per field of every answer; so that plugin is disabled.
 */
export function noStorePlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
          return Promise.resolve();
        },
      });
    },
  };
}
