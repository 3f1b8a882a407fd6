import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import { parties } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';
import { generateChain, demoTokens, startStack } from '@ketengraaf/stack';
import type { RunningStack, StackOptions } from '@ketengraaf/stack';
import {
  DEFAULT_MAX_REPRESENTATIONS,
  DEFAULT_MELDINGEN_SETTINGS,
  DEFAULT_SUBGRAPH_QUERY_LIMITS,
  startLocalIssuer,
} from '@ketengraaf/subgraph-kit';
import type { IdentityConfig, LocalIssuer, MeldingenSettings, TokenClaims } from '@ketengraaf/subgraph-kit';
import { createTestDatabase, postGraphQL } from '@ketengraaf/subgraph-kit/testing';
import type { GraphQLResponse, TestDatabase } from '@ketengraaf/subgraph-kit/testing';

import { demoDataTemplates } from './demo-data-templates';

export interface TestStack {
  readonly stack: RunningStack;
  readonly issuer: LocalIssuer;
  readonly identity: IdentityConfig;
  readonly databaseUrls: Readonly<Record<PartyName, string>>;
  readonly pseudonymKeys: Readonly<Record<PartyName, string>>;
  /** Posts an operation to `url` (the gateway or a subgraph) with a token for `caller`. */
  ask(
    url: string,
    caller: TokenClaims,
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse>;
  /**
   * Starts every subgraph and the gateway once more over the same databases, issuer and keys, with
   * the same settings: a second set of services, created under another `NODE_ENV` for instance.
   * The caller stops it; `stop` does not.
   */
  startTwin(): Promise<RunningStack>;
  /** Reads rows straight from a party's own database, to see what it recorded. */
  rows<TRow>(party: PartyName, sql: string, parameters?: unknown[]): Promise<TRow[]>;
  stop(): Promise<void>;
}

/** Meldingen in a test: retries after about a second, each party's dispatcher polling twice a second. */
export const TEST_MELDINGEN_SETTINGS: MeldingenSettings = {
  ...DEFAULT_MELDINGEN_SETTINGS,
  maxAttempts: 10,
  retryDelaySeconds: 1,
  ackCheckIntervalMs: 500,
  deliveryTimeoutSeconds: 5,
};

/**
 * The whole federation for an end-to-end test: every party's subgraph over a fresh database of
 * its own, holding the demo chain, the gateway, and a token issuer. The databases are copies of
 * the run's templates, unless `firstStart` asks for empty ones the stack migrates and seeds itself
 * (or `generatePersons` for empty ones to load a generated chain into).
 * `vandaag` fixes the day every party counts the werkstroom's deadlines from.
 */
export async function startTestStack(
  prefix: string,
  {
    meldingen = TEST_MELDINGEN_SETTINGS,
    dispatch = true,
    vandaag,
    firstStart = false,
    generatePersons,
  }: {
    meldingen?: MeldingenSettings;
    dispatch?: boolean;
    vandaag?: string;
    firstStart?: boolean;
    /** Load a generated chain of this many persons (`npm run generate`) instead of the demo chain. */
    generatePersons?: number;
  } = {},
): Promise<TestStack> {
  const issuer = await startLocalIssuer({ port: 0, audience: 'ketengraaf-test' });
  const identity = { issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl };
  const byParty = <T>(value: (party: PartyName) => T) =>
    Object.fromEntries(parties.map((party) => [party, value(party)])) as Record<PartyName, T>;
  const pseudonymKeys = byParty(() => randomBytes(32).toString('hex'));
  const ports = { gateway: 0, ...byParty(() => 0) };
  const optionsOver = (databases: Record<PartyName, string>): StackOptions => ({
    databases,
    ports,
    logLevel: 'silent',
    seedDemoData: true,
    gatewayLimits: { maxDepth: 10, maxCost: 20000, maxAliases: 30, maxTokens: 5000, subgraphTimeoutMs: 3000 },
    maxPageSize: 100,
    maxRepresentations: DEFAULT_MAX_REPRESENTATIONS,
    // The defaults a deployment gets: the end-to-end tests prove the gateway's plans fit in them.
    queryLimits: byParty(() => DEFAULT_SUBGRAPH_QUERY_LIMITS),
    identity,
    pseudonymKeys,
    meldingen: { settings: meldingen, tokens: issuer.machineTokens, dispatch },
    vandaag,
    // As `npm start` runs: in development, GraphiQL with the demo issuer's tokens.
    developmentTools: { demoTokens: demoTokens(issuer) },
  });
  // Built without dispatchers, so the templates hold the demo chain's meldingen as a first start leaves them.
  // A generated chain needs empty databases, as a first start does.
  const templates =
    firstStart || generatePersons !== undefined
      ? undefined
      : await demoDataTemplates((databases) =>
          startStack({
            ...optionsOver(databases),
            meldingen: { settings: meldingen, tokens: issuer.machineTokens, dispatch: false },
          }),
        );
  const databases = {} as Record<PartyName, TestDatabase>;
  for (const party of parties) {
    databases[party] = await createTestDatabase(`${prefix}_${party.replace(/-/g, '_')}`, {
      template: templates?.[party],
    });
  }
  const databaseUrls = byParty((party) => databases[party].url);
  const options = optionsOver(databaseUrls);
  if (generatePersons !== undefined) {
    await generateChain(databaseUrls, generatePersons, `${prefix}-chain`);
  }
  const stack = await startStack(options);
  return {
    stack,
    issuer,
    identity,
    databaseUrls,
    pseudonymKeys,
    ask: async (url, caller, query, variables = {}, headers = {}) =>
      postGraphQL(url, query, variables, { authorization: `Bearer ${await issuer.sign(caller)}`, ...headers }),
    // Seeding finds the persons there already and skips.
    startTwin: () => startStack(options),
    async rows<TRow>(party: PartyName, sql: string, parameters: unknown[] = []) {
      const client = new Client({ connectionString: databaseUrls[party] });
      await client.connect();
      try {
        return (await client.query(sql, parameters)).rows as TRow[];
      } finally {
        await client.end();
      }
    },
    async stop() {
      await stack.stop();
      await issuer.stop();
      for (const database of Object.values<TestDatabase>(databases)) {
        await database.drop();
      }
    },
  };
}
