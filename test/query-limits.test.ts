import { readFile } from 'node:fs/promises';

import { djiParty } from '@ketengraaf/dji';
import { createGateway, parseGatewayLimits } from '@ketengraaf/gateway';
import { parties } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';
import { supergraphPath } from '@ketengraaf/schema';
import { parseStackConfig } from '@ketengraaf/stack';
import {
  createLogger,
  DEFAULT_SUBGRAPH_QUERY_LIMITS,
  demoPopulation,
  parseSubgraphConfig,
} from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { startTestSubgraph } from '@ketengraaf/subgraph-kit/testing';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * The attack run found a subgraph called directly, as the design allows, accepting depth 21 and
 * 500 aliases, and one 200-alias query holding DJI for 12.6 s. Every subgraph now limits queries
 * itself, with defaults that still let the gateway's own query plans through.
 */

let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('limits');
});

afterAll(() => federation.stop());

const caller: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-limits' };

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  asking: TokenClaims = caller,
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await federation.issuer.sign(asking)}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** A refusal: HTTP 400, one error with the code, naming the limit, and nothing resolved. */
function expectRefused(answer: Answer, code: string, limit: number): void {
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  const [error] = answer.body.errors ?? [];
  expect(error?.extensions).toEqual({ code, limit });
  expect(error?.message).toContain(`limit of ${limit} exceeded`);
}

/** An answer that no limit refused. */
function expectAnswered(answer: Answer): void {
  expect(answer.status).toBe(200);
  expect(answer.body.errors).toBeUndefined();
}

/** A way from a person back to the person within each party's own schema, to nest as deep as asked. */
const cycles: Record<PartyName, readonly [string, string]> = {
  dji: ['verblijven', 'justitiabele'],
  gemeente: ['nazorgdossiers', 'justitiabele'],
  reclassering: ['toezichten', 'justitiabele'],
  'om-burgemeester': ['strafzaken', 'justitiabele'],
};

/**
 * An `_entities` query `depth` levels deep as GraphQL Armor counts them (`_entities`, the inline
 * fragment, each field): what the gateway's query plans send, for no one in particular.
 */
function deepQuery(party: PartyName, depth: number): string {
  const [toMany, toPerson] = cycles[party];
  const fields = Array.from({ length: depth - 3 }, (_, level) => (level % 2 === 0 ? toMany : toPerson));
  const nested = fields.reduceRight((inner, field) => `${field} { ${inner} }`, '__typename');
  return `query { _entities(representations: []) { ... on Justitiabele { ${nested} } } }`;
}

/** `_entities` for no one, `aliases` times under another name: cheap, unless the aliases are many. */
const aliasQuery = (aliases: number): string =>
  `{ ${Array.from({ length: aliases }, (_, index) => `a${index}: _entities(representations: []) { __typename }`).join(' ')} }`;

/**
 * A document of exactly `tokens` tokens: `__typename` under as many names as fit (three tokens
 * each; aliases of `__typename` count for no alias limit), padded with `__typename` itself. The
 * names differ, as one name repeated thousands of times is refused by GraphQL's own validation.
 */
function tokenQuery(tokens: number): string {
  const named = Math.floor((tokens - 2) / 3);
  const fields = Array.from({ length: named }, (_, index) => `t${index}: __typename`);
  return `{ ${[...fields, ...Array<string>((tokens - 2) % 3).fill('__typename')].join(' ')} }`;
}

const defaults = DEFAULT_SUBGRAPH_QUERY_LIMITS;

describe.each(parties)('the %s subgraph, called directly', (party) => {
  const url = (): string => federation.stack.subgraphUrls[party];

  it(`refuses a query deeper than ${defaults.maxDepth} (the attack's 21) and answers one at the limit`, async () => {
    const attack = await post(url(), deepQuery(party, 21));
    expectRefused(attack, 'QUERY_TOO_DEEP', defaults.maxDepth);
    expect(attack.body.errors?.[0]?.message).toBe(`Query depth limit of ${defaults.maxDepth} exceeded, found 21.`);
    expectRefused(await post(url(), deepQuery(party, defaults.maxDepth + 1)), 'QUERY_TOO_DEEP', defaults.maxDepth);
    expectAnswered(await post(url(), deepQuery(party, defaults.maxDepth)));
  });

  it(`refuses more than ${defaults.maxAliases} aliases (the attack's 200 and 500) and answers the limit`, async () => {
    for (const aliases of [500, 200, defaults.maxAliases + 1]) {
      expectRefused(await post(url(), aliasQuery(aliases)), 'TOO_MANY_ALIASES', defaults.maxAliases);
    }
    expectAnswered(await post(url(), aliasQuery(defaults.maxAliases)));
  });

  it(`refuses a document of more than ${defaults.maxTokens} tokens and answers one at the limit`, async () => {
    const refused = await post(url(), tokenQuery(defaults.maxTokens + 1));
    expectRefused(refused, 'TOO_MANY_TOKENS', defaults.maxTokens);
    expect(refused.body.errors?.[0]?.message).toBe(`Token limit of ${defaults.maxTokens} exceeded.`);
    expectAnswered(await post(url(), tokenQuery(defaults.maxTokens)));
  });
});

describe("a party's own limits", () => {
  const environment = {
    AUTH_ISSUER: 'https://issuer.example',
    AUTH_AUDIENCE: 'ketengraaf',
    AUTH_JWKS_URL: 'https://issuer.example/jwks',
    PSEUDONYM_KEY: 'a-pseudonym-key-of-at-least-32-characters',
    DJI_MAX_DEPTH: '6',
    DJI_MAX_ALIASES: '3',
    DJI_MAX_COST: '100',
    DJI_MAX_TOKENS: '60',
    MAX_DEPTH: '9',
  };

  it('are read with the party prefix, or else without it, by the subgraph and by the embedded stack', () => {
    const dji = parseSubgraphConfig({ ...environment, DATABASE_URL: 'postgres://localhost/dji' }, 'DJI', { port: 0 });
    const gemeente = parseSubgraphConfig(
      { ...environment, DATABASE_URL: 'postgres://localhost/gemeente' },
      'GEMEENTE',
      {
        port: 0,
      },
    );
    expect(dji.queryLimits).toEqual({ maxDepth: 6, maxAliases: 3, maxCost: 100, maxTokens: 60 });
    expect(gemeente.queryLimits).toEqual({ ...defaults, maxDepth: 9 });
    const stack = parseStackConfig(environment);
    expect(stack.queryLimits.dji).toEqual(dji.queryLimits);
    expect(stack.queryLimits.gemeente).toEqual(gemeente.queryLimits);
    expect(stack.queryLimits.reclassering).toEqual({ ...defaults, maxDepth: 9 });
    expect(() => parseStackConfig({ ...environment, DJI_MAX_ALIASES: 'many' })).toThrow(/DJI_MAX_ALIASES/);
  });

  it('are the ones the running subgraph enforces', async () => {
    const { queryLimits } = parseSubgraphConfig({ ...environment, DATABASE_URL: 'postgres://localhost/dji' }, 'DJI', {
      port: 0,
    });
    const dji = await startTestSubgraph('limits_dji_own', djiParty.create, caller, { queryLimits });
    try {
      const asked = async (query: string): Promise<Answer> => {
        const response = await fetch(dji.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${await dji.issuer.sign(caller)}` },
          body: JSON.stringify({ query }),
        });
        return { status: response.status, body: (await response.json()) as Answer['body'] };
      };
      expectRefused(await asked(deepQuery('dji', 7)), 'QUERY_TOO_DEEP', 6);
      expectAnswered(await asked(deepQuery('dji', 6)));
      expectRefused(await asked(aliasQuery(4)), 'TOO_MANY_ALIASES', 3);
      expectAnswered(await asked(aliasQuery(3)));
      expectRefused(await asked(tokenQuery(61)), 'TOO_MANY_TOKENS', 60);
      expectAnswered(await asked(tokenQuery(60)));
      // Armor's estimate: 2 + 1.5 × (2 + 1.5 × fields) = 5 + 2.25 × fields: 99.5 for 42, 101.75 for 43.
      const costly = (fields: number): string =>
        `query { _entities(representations: []) { ... on Justitiabele { ${'__typename '.repeat(fields)}} } }`;
      expectAnswered(await asked(costly(42)));
      expectRefused(await asked(costly(43)), 'QUERY_TOO_COSTLY', 100);
    } finally {
      await dji.stop();
    }
  });
});

describe('the gateway', () => {
  const person = demoPopulation(300).find((candidate) => candidate.terugkeer.soort === 'GEMEENTE');
  /** The nazorg of the gemeente the person returns to, which reads the person at DJI (art. 18a Pbw). */
  const nazorg: TokenClaims = {
    org: `gemeente:${person?.terugkeer.soort === 'GEMEENTE' ? person.terugkeer.gemeentecode : ''}`,
    role: 'nazorgcoordinator',
    sub: 'nc-limits',
  };

  it("sends fetches the subgraphs' default limits accept, for a query at the gateway's own default limits", async () => {
    const limits = parseGatewayLimits({});
    const gateway = await createGateway({
      supergraphSdl: await readFile(supergraphPath, 'utf8'),
      subgraphUrls: federation.stack.subgraphUrls,
      log: createLogger('gateway', 'silent'),
      limits,
      identity: federation.identity,
    }).listen(0);
    try {
      // DJI answers the root field; the reclassering's fetch starts one level down and adds
      // `_entities` and an inline fragment: depth 12 at the gateway is 13 at the reclassering.
      const fields = Array.from({ length: limits.maxDepth - 2 }, (_, level) =>
        level % 2 === 0 ? 'toezichten' : 'justitiabele',
      );
      const deep = `query ($id: ID!) { justitiabele(id: $id) { ${fields.reduceRight((inner, field) => `${field} { ${inner} }`, 'id')} } }`;
      const aliased = `query ($id: ID!) { justitiabele(id: $id) { ${Array.from(
        { length: limits.maxAliases },
        (_, index) => `t${index}: toezichten { id }`,
      ).join(' ')} } }`;
      for (const query of [deep, aliased]) {
        const answer = await post(gateway.url, query, { id: person?.skn }, nazorg);
        expect(answer.status).toBe(200);
        expect(answer.body.data).toEqual({ justitiabele: expect.any(Object) });
        const codes = (answer.body.errors ?? []).map((error) => error.extensions?.['code']);
        expect(codes).not.toContain('QUERY_TOO_DEEP');
        expect(codes).not.toContain('TOO_MANY_ALIASES');
        expect(codes).not.toContain('QUERY_TOO_COSTLY');
        expect(codes).not.toContain('TOO_MANY_TOKENS');
      }
      // The same refusals, from the same function, at the gateway.
      expectRefused(
        await post(gateway.url, deep.replace('{ id }', '{ toezichten { id } }'), { id: person?.skn }, nazorg),
        'QUERY_TOO_DEEP',
        limits.maxDepth,
      );
      expectRefused(await post(gateway.url, tokenQuery(limits.maxTokens + 1)), 'TOO_MANY_TOKENS', limits.maxTokens);
    } finally {
      await gateway.stop();
    }
  });
});
