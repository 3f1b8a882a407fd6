import { randomUUID } from 'node:crypto';

import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';
import type { PartyName } from '@ketengraaf/parties';

import { decisionsRecordedFor } from './existence-oracle-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * A caller allowed to make a change can never tell "unknown" from "not yours" either: a mutation
 * of each party answers an id that names nothing exactly as one naming another owner's record,
 * through the gateway and at the subgraph, and records both alike in the party's log.
 */
let federation: TestStack;

interface WritePath {
  readonly party: PartyName;
  /** Takes the record's id as `$id`; a stale `verwachteVersie` must not tell either. */
  readonly mutation: string;
  /** Someone who may make this change, but not of the held record. */
  readonly caller: TokenClaims;
  /** The id of a record the caller may not change. */
  readonly held: () => Promise<string>;
}

const VUGHT: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught' };

/** A verblijf in another inrichting than Vught's: its casemanager has no task for the person. */
const verblijfElsewhere = () =>
  firstValue(
    'dji',
    `SELECT v.id::text AS value FROM verblijf v
       JOIN verblijfsperiode p ON p.verblijf_id = v.id AND p.einddatum IS NULL
      WHERE p.inrichting <> 'PI-VUGHT' ORDER BY v.id LIMIT 1`,
  );

const RN: TokenClaims = { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn-1' };

/** A bijzondere voorwaarde of another organisation's toezicht: RN's toezichthouder has no task for it. */
const voorwaardeElsewhere = () =>
  firstValue(
    'reclassering',
    `SELECT v.id::text AS value FROM bijzondere_voorwaarde v JOIN toezicht t ON t.id = v.toezicht_id
      WHERE t.organisatie <> 'reclassering:RN' ORDER BY v.id LIMIT 1`,
  );

const paths: Record<string, WritePath> = {
  'dji registreerMdo': {
    party: 'dji',
    mutation: `mutation ($id: ID!) {
      registreerMdo(input: { verblijfId: $id, datum: "1990-01-01", deelnemers: [], justitiabeleAanwezig: false }) { id }
    }`,
    caller: VUGHT,
    held: verblijfElsewhere,
  },
  'dji registreerUitstroom': {
    party: 'dji',
    mutation: `mutation ($id: ID!) {
      registreerUitstroom(input: { verblijfId: $id, verwachteVersie: 999, uitstroomdatum: "1990-01-01" }) { id }
    }`,
    caller: VUGHT,
    held: verblijfElsewhere,
  },
  'gemeente sluitNazorgdossier': {
    party: 'gemeente',
    mutation: `mutation ($id: ID!) {
      sluitNazorgdossier(input: { dossierId: $id, verwachteVersie: 999, geslotenOp: "1990-01-01" }) { id }
    }`,
    caller: { org: 'gemeente:0050', role: 'nazorgcoordinator', sub: 'nc-zeewolde' },
    held: () => firstValue('gemeente', 'SELECT id::text AS value FROM nazorgdossier ORDER BY id LIMIT 1'),
  },
  'reclassering wijzigBijzondereVoorwaarde': {
    party: 'reclassering',
    mutation: `mutation ($id: ID!) {
      wijzigBijzondereVoorwaarde(input: { voorwaardeId: $id, verwachteVersie: 999, omschrijving: "" }) { id }
    }`,
    caller: RN,
    held: voorwaardeElsewhere,
  },
  'reclassering registreerNaleving': {
    party: 'reclassering',
    mutation: `mutation ($id: ID!) {
      registreerNaleving(input: { voorwaardeId: $id, datum: "1990-01-01", uitkomst: NAGELEEFD }) { id }
    }`,
    caller: RN,
    held: voorwaardeElsewhere,
  },
  'om-burgemeester wijzigZienswijze': {
    party: 'om-burgemeester',
    mutation: `mutation ($id: ID!) {
      wijzigZienswijze(input: { id: $id, verwachteVersie: 999, tekst: "" }) { id }
    }`,
    caller: { org: 'burgemeester:0599', role: 'oov-adviseur', sub: 'oov-0599' },
    held: () =>
      firstValue(
        'om-burgemeester',
        `SELECT id::text AS value FROM burgemeester.zienswijze WHERE burgemeester <> 'burgemeester:0599'
          ORDER BY id LIMIT 1`,
      ),
  },
};

async function firstValue(party: PartyName, sql: string): Promise<string> {
  const [row] = await federation.rows<{ value: string }>(party, sql);
  if (!row?.value) throw new Error(`No demo row for: ${sql}`);
  return row.value;
}

/** What a caller can observe of an answer, with the id it asked about written as `<id>`. */
function observable(response: GraphQLResponse, id: string): unknown {
  return JSON.parse(
    JSON.stringify({
      data: response.data,
      errors: response.errors?.map(({ message, extensions, path }) => ({ message, extensions, path })),
    }).replaceAll(id, '<id>'),
  );
}

beforeAll(async () => {
  federation = await startTestStack('orcw');
});

afterAll(() => federation.stop());

describe('no existence oracle on the write paths', () => {
  it.each(Object.entries(paths))(
    '%s: another owner’s id and an unknown id answer alike, through the gateway and at the subgraph',
    async (_name, path) => {
      const held = await path.held();
      const unknown = randomUUID();
      for (const url of [federation.stack.gatewayUrl, federation.stack.subgraphUrls[path.party]]) {
        const refused = await federation.ask(url, path.caller, path.mutation, { id: held });
        expect(refused.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
        const answer = await federation.ask(url, path.caller, path.mutation, { id: unknown });
        expect(observable(answer, unknown)).toEqual(observable(refused, held));
      }
    },
  );

  it.each(Object.entries(paths))('%s: both are recorded alike in the party’s log', async (_name, path) => {
    const logged = (id: string) => decisionsRecordedFor(federation, path.party, path.caller, path.mutation, { id });
    const held = await logged(await path.held());
    expect(held.length).toBeGreaterThan(0);
    expect(await logged(randomUUID())).toEqual(held);
  });
});
