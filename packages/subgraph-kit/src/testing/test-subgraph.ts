import { randomBytes } from 'node:crypto';

import { DEFAULT_SUBGRAPH_QUERY_LIMITS } from '../config/subgraph-config';
import type { QueryLimits } from '../graphql/protect-queries';
import { startLocalIssuer } from '../identity/local-issuer';
import type { LocalIssuer, TokenClaims } from '../identity/local-issuer';
import { createLogger } from '../logging/logger';
import type { SubgraphService } from '../server/create-subgraph-service';
import type { SubgraphFactoryOptions } from '../server/define-party';

import { postGraphQL } from './graphql-client';
import type { GraphQLResponse } from './graphql-client';
import { createTestDatabase } from './test-database';

/** The `_entities` bound of a test subgraph: small, so tests can go over it cheaply. */
export const TEST_MAX_REPRESENTATIONS = 60;

export interface TestSubgraph<TSubgraph> {
  readonly subgraph: TSubgraph;
  readonly url: string;
  readonly issuer: LocalIssuer;
  readonly pseudonymKey: string;
  /** Posts an operation over HTTP with a token for `caller` (the default caller when omitted). */
  ask<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: TokenClaims,
  ): Promise<GraphQLResponse<TData>>;
  /** Like `ask`, under a fresh trace: the trace id finds the request's records in the processing log. */
  askTraced<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: TokenClaims,
  ): Promise<{ response: GraphQLResponse<TData>; traceId: string }>;
  /** Stops the service and its issuer, closes its connections and drops its database. */
  stop(): Promise<void>;
}

/** Starts a token issuer on a free loopback port, as the tests' stand-in for the real one. */
export function startTestIssuer(): Promise<LocalIssuer> {
  return startLocalIssuer({ port: 0, audience: 'ketengraaf-test' });
}

/**
 * A party's subgraph over a fresh database of its own, listening on a free loopback port, with a
 * token issuer of its own; requests are made as `defaultCaller` unless another caller is named.
 * Its query limits are a subgraph's defaults unless `queryLimits` says otherwise.
 */
export async function startTestSubgraph<TSubgraph extends SubgraphService & { close(): Promise<void> }>(
  name: string,
  create: (options: SubgraphFactoryOptions) => Promise<TSubgraph>,
  defaultCaller: TokenClaims,
  { queryLimits = DEFAULT_SUBGRAPH_QUERY_LIMITS }: { queryLimits?: QueryLimits } = {},
): Promise<TestSubgraph<TSubgraph>> {
  const issuer = await startTestIssuer();
  const database = await createTestDatabase(name);
  const pseudonymKey = randomBytes(32).toString('hex');
  const subgraph = await create({
    databaseUrl: database.url,
    log: createLogger(name, 'silent'),
    maxPageSize: 50,
    maxRepresentations: TEST_MAX_REPRESENTATIONS,
    queryLimits,
    identity: { issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl },
    pseudonymKey,
  });
  const running = await subgraph.listen(0);
  return {
    subgraph,
    url: running.url,
    issuer,
    pseudonymKey,
    ask: async (query, variables = {}, caller = defaultCaller) =>
      postGraphQL(running.url, query, variables, { authorization: `Bearer ${await issuer.sign(caller)}` }),
    askTraced: async <TData>(query: string, variables: Record<string, unknown> = {}, caller = defaultCaller) => {
      const traceId = randomBytes(16).toString('hex');
      const response = await postGraphQL<TData>(running.url, query, variables, {
        authorization: `Bearer ${await issuer.sign(caller)}`,
        traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      });
      return { response, traceId };
    },
    async stop() {
      await running.stop();
      await subgraph.close();
      await issuer.stop();
      await database.drop();
    },
  };
}
