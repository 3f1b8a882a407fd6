import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { demoPopulation } from '@ketengraaf/subgraph-kit';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * What the fuzz suite (`fuzz.test.ts`) found, each shown on its own: requests a client can send
 * that reached the client as INTERNAL_SERVER_ERROR (a 500 at the gateway), or worse.
 */
const casemanager: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'fuzz-1' };
const omPrivacyOfficer: TokenClaims = { org: 'om', role: 'privacy-officer', sub: 'fuzz-2' };
const person = demoPopulation(300)[0];

let testStack: TestStack;

beforeAll(async () => {
  testStack = await startTestStack('fuzzfind');
}, 120_000);

afterAll(async () => {
  await testStack.stop();
});

interface Answer {
  readonly status: number;
  readonly codes: unknown[];
}

async function answer(url: string, caller: TokenClaims, body: unknown): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await testStack.issuer.sign(caller)}` },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
  return { status: response.status, codes: (json.errors ?? []).map((error) => error.extensions?.code) };
}

it('refuses an _entities call naming something that is no entity, before any lookup, so none is left to fail unobserved', async () => {
  const unhandled: unknown[] = [];
  const record = (reason: unknown): void => {
    unhandled.push(reason);
  };
  process.on('unhandledRejection', record);
  try {
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
    const known = { __typename: 'Justitiabele', id: person?.skn };
    const unknownId = { __typename: 'Justitiabele', id: 'NOT-HELD' };
    for (const odd of [null, 7, 'text', { id: person?.skn }, { __typename: 'NoSuchType' }, { __typename: 'Query' }]) {
      // The lookups for the first two start before the third is read. `_Any!` itself refuses null
      // and other scalars in the variables (400); the kit refuses the rest.
      const { status, codes } = await answer(testStack.stack.subgraphUrls.dji, casemanager, {
        query,
        variables: { r: [known, unknownId, odd] },
      });
      expect({ odd, codes, clientError: status === 200 || status === 400 }).toEqual({
        odd,
        codes: ['BAD_USER_INPUT'],
        clientError: true,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  } finally {
    process.off('unhandledRejection', record);
  }
  expect(unhandled).toEqual([]);
});

it('refuses a subscription with GRAPHQL_VALIDATION_FAILED and 400, at the gateway and at a subgraph', async () => {
  const query = 'subscription { inrichtingen { code } }';
  for (const url of [testStack.stack.gatewayUrl, testStack.stack.subgraphUrls.dji]) {
    expect(await answer(url, casemanager, { query })).toEqual({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'] });
  }
});

it('answers a persisted query of another version, or whose hash does not match its query, with BAD_REQUEST and 400', async () => {
  for (const url of [testStack.stack.gatewayUrl, testStack.stack.subgraphUrls.dji]) {
    for (const extensions of [
      { persistedQuery: { version: 2, sha256Hash: 'abc' } },
      { persistedQuery: 'yes' },
      { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
    ]) {
      expect(await answer(url, casemanager, { query: '{ __typename }', extensions })).toEqual({
        status: 400,
        codes: ['BAD_REQUEST'],
      });
    }
  }
});

it('answers a value the database cannot hold (a NUL character) with INVALID_INPUT, not an internal error', async () => {
  const query =
    'query ($t: String) { omBurgemeesterVerwerkingen(first: 5, filter: { verwerkingsactiviteit: $t }) { __typename } }';
  for (const url of [testStack.stack.gatewayUrl, testStack.stack.subgraphUrls['om-burgemeester']]) {
    expect(await answer(url, omPrivacyOfficer, { query, variables: { t: 'a\u0000b' } })).toEqual({
      status: 200,
      codes: ['INVALID_INPUT'],
    });
  }
});

it('answers a traceId that is no W3C trace id with INVALID_INPUT, in the records and the decisions alike', async () => {
  for (const query of [
    'query ($t: String) { omBurgemeesterVerwerkingen(first: 5, filter: { traceId: $t }) { __typename } }',
    'query ($t: String) { omBurgemeesterToegangsbesluiten(first: 5, traceId: $t) { __typename } }',
  ]) {
    for (const traceId of ['a\u0000b', 'not-a-trace', 'ab'.repeat(17)]) {
      expect(await answer(testStack.stack.gatewayUrl, omPrivacyOfficer, { query, variables: { t: traceId } })).toEqual({
        status: 200,
        codes: ['INVALID_INPUT'],
      });
    }
  }
});

it('keeps the query plan to itself when a client asks for it with a header, whatever NODE_ENV says', async () => {
  const response = await fetch(testStack.stack.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-query-plan-experimental': '1',
      authorization: `Bearer ${await testStack.issuer.sign(casemanager)}`,
    },
    body: JSON.stringify({ query: '{ inrichtingen { code } }' }),
  });
  const json = (await response.json()) as { data?: unknown; extensions?: Record<string, unknown> };
  expect({ status: response.status, answered: json.data !== undefined, extensions: json.extensions }).toEqual({
    status: 200,
    answered: true,
    extensions: undefined,
  });
});
