import { postGraphQL } from '@ketengraaf/subgraph-kit/testing';

import { AMSTERDAM, PERSON_QUERY, PERSONS, startWithDossiers } from './gemeente-access-fixtures';
import type { DossierWorld } from './gemeente-access-fixtures';

let world: DossierWorld;

beforeAll(async () => {
  world = await startWithDossiers('gemeente_guarded');
});

afterAll(() => world.gemeente.stop());

describe('every way in is guarded', () => {
  it('gives a direct call with a gemeente:0363 token nothing of a person only gemeente 0599 has a dossier on', async () => {
    const { gemeente, ids } = world;
    const response = await gemeente.ask<{ _entities: unknown[] }>(
      PERSON_QUERY,
      {
        representations: [
          { __typename: 'Justitiabele', bsn: PERSONS.A },
          { __typename: 'Justitiabele', bsn: PERSONS.B },
          { __typename: 'Justitiabele', bsn: PERSONS.D },
        ],
      },
      AMSTERDAM,
    );
    expect(response.data?._entities).toEqual([
      null,
      null,
      // D has a dossier in Amsterdam: that one, and not Rotterdam's.
      { bsn: PERSONS.D, nazorgdossiers: [{ id: ids.D2, gemeentecode: '0363', aangemeldDoor: 'reclassering:RN' }] },
    ]);
    expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
      [['_entities', 0], 'ACCESS_DENIED'],
      [['_entities', 1], 'ACCESS_DENIED'],
    ]);
    const answer = JSON.stringify(response);
    for (const secret of [PERSONS.A, PERSONS.B, ids.A1, ids.B1, ids.D1, 'dji:PI-VUGHT', 'dji:HVB-ROTTERDAM']) {
      expect(answer).not.toContain(secret);
    }
  });

  it('answers nothing without a token', async () => {
    const { gemeente, ids } = world;
    const response = await postGraphQL(gemeente.url, PERSON_QUERY, {
      representations: [{ __typename: 'Justitiabele', bsn: PERSONS.A }],
    });
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(response)).not.toContain(ids.A1);
  });
});
