import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Marks every answer `cache-control: no-store`: a service's answers hold personal data, and none of
 * its fields declares a cache hint. Apollo Server's cache-control plugin sent the same header, but
 * worked it out per answer: in a subgraph with a `willResolveField` hook, which makes Apollo wrap
 * every resolver of the schema and build a cache policy per field; at the gateway from each
 * subgraph's `cache-control`, which would let an answer be cached were a subgraph ever to allow
 * it. So that plugin is disabled, and this one sets the header.
 */
export function noStorePlugins<TContext extends object>(): ApolloServerPlugin<TContext>[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      requestDidStart() {
        return Promise.resolve({
          willSendResponse({ response }) {
            response.http.headers.set('cache-control', 'no-store');
            return Promise.resolve();
          },
        });
      },
    },
  ];
}
