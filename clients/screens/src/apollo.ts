import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** A client per session: every request carries the session's token to the gateway behind `/graphql`. */
export function apolloVoor(token: string): ApolloClient<unknown> {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', headers: { authorization: `Bearer ${token}` } }),
    cache: new InMemoryCache(),
    // A denied field is null with an ACCESS_DENIED error: the rest of the answer is still shown.
    defaultOptions: {
      query: { errorPolicy: 'all' },
      watchQuery: { errorPolicy: 'all' },
      mutate: { errorPolicy: 'none' },
    },
  });
}
