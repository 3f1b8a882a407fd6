import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { errorCodes, expectDenied, expectRecorded } from '@ketengraaf/subgraph-kit/testing';

import {
  A,
  AMSTERDAM,
  B,
  countRows,
  decisionsOf,
  ROTTERDAM,
  startDjiWithPersons,
  UNKNOWN_VERBLIJF,
} from './dji-fixtures';
import type { DjiTestSubgraph } from './dji-fixtures';

let dji: DjiTestSubgraph;

beforeAll(async () => {
  ({ dji } = await startDjiWithPersons('dji_every_path'));
});

afterAll(() => dji.stop());

const BURGEMEESTER: TokenClaims = { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-1' };

describe('every path is guarded', () => {
  const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Justitiabele { id bsn personalia { achternaam } huidigVerblijf { instroomdatum } } } }`;

  it('gives a gemeente nothing of another gemeente’s person through _entities, by id or by bsn', async () => {
    const { response } = await dji.askTraced(
      ENTITIES,
      {
        representations: [
          { __typename: 'Justitiabele', id: B.id },
          { __typename: 'Justitiabele', bsn: B.bsn },
          { __typename: 'Justitiabele', id: A.id },
        ],
      },
      AMSTERDAM,
    );
    expectDenied(response, ['_entities', 0]);
    expectDenied(response, ['_entities', 1]);
    expect((response.data?.['_entities'] as unknown[])[2]).toMatchObject({
      id: A.id,
      bsn: A.bsn,
      personalia: { achternaam: `Persoon ${A.id}` },
      huidigVerblijf: { instroomdatum: '2026-03-01' },
    });
    expect(JSON.stringify(response.data)).not.toContain(B.bsn);
  });

  it('narrows a list to the people the caller may see', async () => {
    const { response } = await dji.askTraced(
      `query { verblijven(first: 10) { edges { node { justitiabele { id } instroomdatum } } } }`,
      {},
      ROTTERDAM,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.['verblijven']).toEqual({
      edges: [{ node: { justitiabele: { id: B.id }, instroomdatum: '2026-03-01' } }],
    });
  });

  it('refuses a list to a party with no ground to list anyone, and records the refusal', async () => {
    const { response, traceId } = await dji.askTraced(
      `query { verblijven(first: 10) { edges { node { id } } } }`,
      {},
      BURGEMEESTER,
    );
    expect(response.data).toBeNull();
    expect(errorCodes(response)[0]).toBe('ACCESS_DENIED');
    await expectRecorded(dji.subgraph.database.dataSource, 'dji', traceId, [
      { resource: 'Query.verblijven', grondslag: null },
    ]);
    // One decision, about nobody in particular.
    expect((await decisionsOf(dji, traceId)).map((decision) => decision.data_subject_id)).toEqual([null]);
  });

  it('lets only DJI casemanagers change DJI’s records, and records the refusal', async () => {
    const { response, traceId } = await dji.askTraced(
      `mutation { registreerMdo(input: { verblijfId: "${UNKNOWN_VERBLIJF}", datum: "2026-05-01", deelnemers: ["gemeente:0363"], justitiabeleAanwezig: true }) { id } }`,
      {},
      AMSTERDAM,
    );
    expect(errorCodes(response)[0]).toBe('ACCESS_DENIED');
    expect(await countRows(dji, 'mdo')).toBe(0);
    await expectRecorded(dji.subgraph.database.dataSource, 'dji', traceId, [
      { resource: 'Mutation.registreerMdo', grondslag: null },
    ]);
    expect(await decisionsOf(dji, traceId)).toHaveLength(1);
  });
});
