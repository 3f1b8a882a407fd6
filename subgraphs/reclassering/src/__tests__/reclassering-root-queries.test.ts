import { errorCodes, expectDenied } from '@ketengraaf/subgraph-kit/testing';

import { decisionsOf, PERSONS, startAccessWorld } from './reclassering-access-fixtures';
import type { AccessWorld } from './reclassering-access-fixtures';
import {
  AMSTERDAM,
  BURGEMEESTER_AMSTERDAM,
  DJI_VUGHT,
  OM,
  RN_ADVIES,
  ROTTERDAM,
  SVG_TOEZICHT,
} from './reclassering-fixtures';

let world: AccessWorld;

beforeAll(async () => {
  world = await startAccessWorld('reclassering_root');
});

afterAll(() => world.reclassering.stop());

describe('the root queries apply the same rules as _entities', () => {
  const TOEZICHT = `query ($id: ID!) { toezicht(id: $id) { begindatum toezichthouder { naam } ketenpartners justitiabele { id } } }`;

  it('gives a ketenpartner the toezicht without the fields only the reclassering reads', async () => {
    const { response } = await world.reclassering.askTraced(TOEZICHT, { id: world.toezichtIds['A'] }, AMSTERDAM);
    expect(response.data?.['toezicht']).toEqual({
      begindatum: '2026-02-01',
      toezichthouder: { naam: 'Anna Aalbers' },
      ketenpartners: null,
      justitiabele: { id: PERSONS.A.id },
    });
    expectDenied(response, ['toezicht', 'ketenpartners']);
    expect(response.errors).toHaveLength(1);
  });

  it.each([
    ['another gemeente', ROTTERDAM, 'A'],
    ['the burgemeester of the woongemeente', BURGEMEESTER_AMSTERDAM, 'A'],
    ['another reclassering organisation', SVG_TOEZICHT, 'A'],
    ['a ketenpartner of a toezicht that has ended', AMSTERDAM, 'E'],
  ] as const)('refuses %s a toezicht by id, and records it', async (_case, caller, person) => {
    const { response, traceId } = await world.reclassering.askTraced(
      TOEZICHT,
      { id: world.toezichtIds[person] },
      caller,
    );
    const decisions = await decisionsOf(world, traceId);
    expectDenied(response, ['toezicht']);
    expect(errorCodes(response)).toEqual(['ACCESS_DENIED']);
    // Refused as a whole, and recorded about no one person, as an unknown toezicht id is.
    expect(decisions).toEqual([
      { resource: 'Toezicht', decision: 'DENY', policy: 'no-legal-ground', data_subject_id: null },
    ]);
    expect(JSON.stringify(response)).not.toContain(PERSONS[person].toezicht.toezichthouder);
  });

  it('gives an advies by id to its own organisation and to the officier who ordered it only', async () => {
    const ADVIES = `query ($id: ID!) { advies(id: $id) { opdrachtgever } }`;
    const ids = await world.reclassering.subgraph.database.dataSource.query<{ id: string }[]>(
      'SELECT id FROM advies WHERE justitiabele_id = $1',
      [PERSONS.D.id],
    );
    const id = ids[0]?.id;
    expect((await world.reclassering.askTraced(ADVIES, { id }, RN_ADVIES)).response.data).toEqual({
      advies: { opdrachtgever: 'om' },
    });
    expect((await world.reclassering.askTraced(ADVIES, { id }, OM)).response.data).toEqual({
      advies: { opdrachtgever: 'om' },
    });
    for (const caller of [SVG_TOEZICHT, DJI_VUGHT, AMSTERDAM, BURGEMEESTER_AMSTERDAM]) {
      const { response } = await world.reclassering.askTraced(ADVIES, { id }, caller);
      expectDenied(response, ['advies']);
    }
  });
});
