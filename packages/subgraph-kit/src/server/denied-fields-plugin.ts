import type { ApolloServerPlugin } from '@apollo/server';

import type { RequestContext } from './request-context';

/**
 * Adds to the answer one ACCESS_DENIED error per object with denied fields, once execution is
 * done. An answer the processing log refuses is replaced after this, denials and all.
 */
export function deniedFieldsPlugin<TLoaders>(): ApolloServerPlugin<RequestContext<TLoaders>> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ contextValue, response }) {
          const { deniedFields } = contextValue;
          if (response.body.kind === 'single' && deniedFields.size > 0) {
            const { singleResult } = response.body;
            singleResult.errors = [...(singleResult.errors ?? []), ...deniedFields.errors()];
          }
          return Promise.resolve();
        },
      });
    },
  };
}
