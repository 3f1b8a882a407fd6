import { createLogger } from '../logging/logger';
import type { SubgraphService } from '../server/create-subgraph-service';
import type { SubgraphFactoryOptions } from '../server/run-subgraph';

import { postGraphQL } from './graphql-client';
import type { GraphQLResponse } from './graphql-client';
import { createTestDatabase } from './test-database';

export interface TestSubgraph<TSubgraph> {
  readonly subgraph: TSubgraph;
  readonly url: string;
  /** Posts an operation to the subgraph over HTTP. */
  ask<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<TData>>;
  /** Stops the service, closes its connections and drops its database. */
  stop(): Promise<void>;
}

/** A party's subgraph over a fresh database of its own, listening on a free loopback port. */
export async function startTestSubgraph<TSubgraph extends SubgraphService & { close(): Promise<void> }>(
  name: string,
  create: (options: SubgraphFactoryOptions) => Promise<TSubgraph>,
): Promise<TestSubgraph<TSubgraph>> {
  const database = await createTestDatabase(name);
  const subgraph = await create({ databaseUrl: database.url, log: createLogger(name, 'silent'), maxPageSize: 50 });
  const running = await subgraph.listen(0);
  return {
    subgraph,
    url: running.url,
    ask: (query, variables = {}) => postGraphQL(running.url, query, variables),
    async stop() {
      await running.stop();
      await subgraph.close();
      await database.drop();
    },
  };
}
