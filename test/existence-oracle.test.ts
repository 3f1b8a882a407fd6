import { randomUUID } from 'node:crypto';

import { DEFAULT_MAX_REPRESENTATIONS, demoPopulation, passesElfproef } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';
import type { PartyName } from '@ketengraaf/parties';

import { decisionsRecordedFor } from './existence-oracle-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * A caller without a ground can never tell "unknown" from "not yours": on every root lookup and
 * every `_entities` key of every subgraph, directly and through the gateway, a held person (or
 * record) it has no ground for and an identifier naming nothing get the same answer.
 */
let federation: TestStack;
const persons = demoPopulation(300);

/** A gemeente that no demo person comes from or returns to: no ground anywhere in the chain. */
const outsider: TokenClaims = { org: 'gemeente:0050', role: 'nazorgcoordinator', sub: 'nc-zeewolde' };

const UNKNOWN_SKN = '1999999999';
const UNKNOWN_BSN = (() => {
  const held = new Set(persons.map((person) => person.bsn));
  for (let candidate = 999_999_999; ; candidate--) {
    const bsn = String(candidate);
    if (passesElfproef(bsn) && !held.has(bsn)) return bsn;
  }
})();

async function firstValue(party: PartyName, sql: string): Promise<string> {
  const [row] = await federation.rows<{ value: string }>(party, sql);
  if (!row?.value) throw new Error(`No demo row for: ${sql}`);
  return row.value;
}

/** What a caller can observe of an answer: data, and each error's message, code, details and place. */
function observable(response: GraphQLResponse): unknown {
  return {
    data: response.data,
    errors: response.errors?.map(({ message, extensions, path }) => ({ message, extensions, path })),
  };
}

interface Path {
  readonly party: PartyName;
  readonly query: string;
  /** The identifier of something the party holds, and one of the same form naming nothing. */
  readonly held: () => Promise<unknown>;
  readonly unknown: unknown;
  /** Served by the gateway too (root fields); `_entities` is the subgraphs' own. */
  readonly viaGateway: boolean;
}

const entities = (key: 'id' | 'bsn') =>
  `query ($value: [_Any!]!) { _entities(representations: $value) { ... on Justitiabele { ${key} } } }`;
const reference = (key: 'id' | 'bsn', value: string) => [{ __typename: 'Justitiabele', [key]: value }];
const person = persons[0];
if (!person) throw new Error('The demo population is empty.');

const paths: Record<string, Path> = {
  'dji justitiabele(id)': {
    party: 'dji',
    query: 'query ($value: ID!) { justitiabele(id: $value) { id personalia { achternaam } } }',
    held: () => Promise.resolve(person.skn),
    unknown: UNKNOWN_SKN,
    viaGateway: true,
  },
  'dji justitiabeleOpBsn(bsn)': {
    party: 'dji',
    query: 'query ($value: BSN!) { justitiabeleOpBsn(bsn: $value) { id } }',
    held: () => Promise.resolve(person.bsn),
    unknown: UNKNOWN_BSN,
    viaGateway: true,
  },
  'dji verblijf(id)': {
    party: 'dji',
    query: 'query ($value: ID!) { verblijf(id: $value) { id instroomdatum } }',
    held: () => firstValue('dji', 'SELECT id::text AS value FROM verblijf ORDER BY id LIMIT 1'),
    unknown: randomUUID(),
    viaGateway: true,
  },
  'dji _entities by id': {
    party: 'dji',
    query: entities('id'),
    held: () => Promise.resolve(reference('id', person.skn)),
    unknown: reference('id', UNKNOWN_SKN),
    viaGateway: false,
  },
  'dji _entities by bsn': {
    party: 'dji',
    query: entities('bsn'),
    held: () => Promise.resolve(reference('bsn', person.bsn)),
    unknown: reference('bsn', UNKNOWN_BSN),
    viaGateway: false,
  },
  'gemeente nazorgdossier(id)': {
    party: 'gemeente',
    query: 'query ($value: ID!) { nazorgdossier(id: $value) { id status } }',
    held: () => firstValue('gemeente', 'SELECT id::text AS value FROM nazorgdossier ORDER BY id LIMIT 1'),
    unknown: randomUUID(),
    viaGateway: true,
  },
  'gemeente _entities by bsn': {
    party: 'gemeente',
    query: entities('bsn'),
    held: async () =>
      reference('bsn', await firstValue('gemeente', 'SELECT bsn AS value FROM nazorgdossier ORDER BY id LIMIT 1')),
    unknown: reference('bsn', UNKNOWN_BSN),
    viaGateway: false,
  },
  'reclassering advies(id)': {
    party: 'reclassering',
    query: 'query ($value: ID!) { advies(id: $value) { id } }',
    held: () => firstValue('reclassering', 'SELECT id::text AS value FROM advies ORDER BY id LIMIT 1'),
    unknown: randomUUID(),
    viaGateway: true,
  },
  'reclassering toezicht(id)': {
    party: 'reclassering',
    query: 'query ($value: ID!) { toezicht(id: $value) { id status } }',
    held: () => firstValue('reclassering', 'SELECT id::text AS value FROM toezicht ORDER BY id LIMIT 1'),
    unknown: randomUUID(),
    viaGateway: true,
  },
  'reclassering _entities by id': {
    party: 'reclassering',
    query: entities('id'),
    held: async () =>
      reference(
        'id',
        await firstValue('reclassering', 'SELECT justitiabele_id AS value FROM toezicht ORDER BY id LIMIT 1'),
      ),
    unknown: reference('id', UNKNOWN_SKN),
    viaGateway: false,
  },
  'om-burgemeester strafzaak(parketnummer)': {
    party: 'om-burgemeester',
    query: 'query ($value: String!) { strafzaak(parketnummer: $value) { id } }',
    held: () => firstValue('om-burgemeester', 'SELECT parketnummer AS value FROM om.strafzaak ORDER BY id LIMIT 1'),
    unknown: '99/999999-99',
    viaGateway: true,
  },
  'om-burgemeester _entities by id': {
    party: 'om-burgemeester',
    query: entities('id'),
    held: async () =>
      reference(
        'id',
        await firstValue('om-burgemeester', 'SELECT justitiabele_id AS value FROM om.strafzaak ORDER BY id LIMIT 1'),
      ),
    unknown: reference('id', UNKNOWN_SKN),
    viaGateway: false,
  },
};

beforeAll(async () => {
  federation = await startTestStack('orc');
});

afterAll(() => federation.stop());

describe('no existence oracle', () => {
  it.each(Object.entries(paths))(
    '%s directly at the subgraph: held without a ground and unknown answer alike',
    async (_name, path) => {
      const url = federation.stack.subgraphUrls[path.party];
      const held = await federation.ask(url, outsider, path.query, { value: await path.held() });
      const unknown = await federation.ask(url, outsider, path.query, { value: path.unknown });
      expect(held.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
      expect(observable(unknown)).toEqual(observable(held));
    },
  );

  it.each(Object.entries(paths))(
    '%s: the caller’s own privacy officer cannot tell them apart in the log either',
    async (_name, path) => {
      const logged = (value: unknown) => decisionsRecordedFor(federation, path.party, outsider, path.query, { value });
      const held = await logged(await path.held());
      expect(held.length).toBeGreaterThan(0);
      expect(await logged(path.unknown)).toEqual(held);
      const records = await federation.rows(path.party, 'SELECT 1 FROM processing_log_record WHERE bronhouder = $1', [
        outsider.org,
      ]);
      expect(records).toEqual([]);
    },
  );

  it.each(Object.entries(paths).filter(([, path]) => path.viaGateway))(
    '%s through the gateway: held without a ground and unknown answer alike',
    async (_name, path) => {
      const url = federation.stack.gatewayUrl;
      const held = await federation.ask(url, outsider, path.query, { value: await path.held() });
      const unknown = await federation.ask(url, outsider, path.query, { value: path.unknown });
      expect(held.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
      expect(observable(unknown)).toEqual(observable(held));
    },
  );

  it('answers many held and unknown references in one call in an order that tells nothing', async () => {
    const known = persons.slice(0, 20).map((one) => ({ __typename: 'Justitiabele', bsn: one.bsn }));
    const mixed = known.flatMap((one, index) => [one, { __typename: 'Justitiabele', bsn: bsnNotHeld(index) }]);
    const response = await federation.ask(federation.stack.subgraphUrls.dji, outsider, entities('bsn'), {
      value: mixed,
    });
    expect(response.errors?.map((error) => error.path)).toEqual(mixed.map((_one, index) => ['_entities', index]));
    expect(new Set(response.errors?.map((error) => error.message)).size).toBe(1);
  });
});

describe('an _entities call is bounded', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_unused, index) => ({ __typename: 'Justitiabele', id: `${2_000_000_000 + index}` }));

  it.each(['dji', 'gemeente', 'reclassering', 'om-burgemeester'] as const)(
    'the %s subgraph refuses more references than it accepts in one call, resolving none',
    async (party) => {
      const key = party === 'gemeente' ? 'bsn' : 'id';
      const representations = many(DEFAULT_MAX_REPRESENTATIONS + 1).map((one, index) =>
        key === 'bsn' ? { __typename: 'Justitiabele', bsn: bsnNotHeld(index) } : one,
      );
      const response = await federation.ask(federation.stack.subgraphUrls[party], outsider, entities(key), {
        value: representations,
      });
      expect(response.data).toBeNull();
      expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['TOO_MANY_REPRESENTATIONS']);
      expect(response.errors?.[0]?.message).toContain(`at most ${DEFAULT_MAX_REPRESENTATIONS}`);
    },
  );

  it('accepts a call of exactly the bound', async () => {
    const response = await federation.ask(federation.stack.subgraphUrls.dji, outsider, entities('id'), {
      value: many(DEFAULT_MAX_REPRESENTATIONS),
    });
    expect(response.errors?.every((error) => error.extensions?.['code'] === 'ACCESS_DENIED')).toBe(true);
    expect(response.errors).toHaveLength(DEFAULT_MAX_REPRESENTATIONS);
  });
});

const bsnsNotHeld: string[] = [];
let nextCandidate = 899_999_999;

/** The `index`-th BSN that passes the elfproef and names no demo person. */
function bsnNotHeld(index: number): string {
  const held = new Set(persons.map((one) => one.bsn));
  while (bsnsNotHeld.length <= index) {
    const bsn = String(nextCandidate--);
    if (passesElfproef(bsn) && !held.has(bsn)) bsnsNotHeld.push(bsn);
  }
  return bsnsNotHeld[index] ?? '';
}
