import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

/**
 * Puts a response's errors in the order of their paths, and errors at one path in the order of the
 * party they come from (the gateway's `serviceName`) and their message. Left in the order they
 * happened, they would show which refusal took longer to decide: one that found nothing comes
 * before one that checked a person's records, which would tell an unknown person from one the
 * caller may not see; at the gateway, two parties' refusals of one person come as their answers do.
 */
export function errorOrderPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = [...response.body.singleResult.errors].sort(byPath);
          }
          return Promise.resolve();
        },
      });
    },
  };
}

function byPath(one: GraphQLFormattedError, other: GraphQLFormattedError): number {
  const a = one.path ?? [];
  const b = other.path ?? [];
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const [x, y] = [a[index], b[index]];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y));
  }
  return a.length - b.length || byText(serviceOf(one), serviceOf(other)) || byText(one.message, other.message);
}

function serviceOf(error: GraphQLFormattedError): string {
  const service = error.extensions?.['serviceName'];
  return typeof service === 'string' ? service : '';
}

/** In code-unit order: the same wherever the service runs. */
function byText(one: string, other: string): number {
  return one < other ? -1 : one > other ? 1 : 0;
}
