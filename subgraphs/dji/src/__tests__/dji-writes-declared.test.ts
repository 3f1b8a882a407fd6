import { expectRecorded } from '@ketengraaf/subgraph-kit/testing';

import { ALMELO, countRows, decisionsOf, instroomInput, startDjiWithPersons } from './dji-fixtures';
import type { DjiTestSubgraph, Stays } from './dji-fixtures';

let dji: DjiTestSubgraph;
let stays: Stays;

beforeAll(async () => {
  ({ dji, stays } = await startDjiWithPersons('dji_writes_declared'));
});

afterAll(() => dji.stop());

describe('writes are declared like reads: the casemanager of the inrichting that holds the person', () => {
  const UITSTROOM = `mutation ($input: VerwachteUitstroomInput!) { wijzigVerwachteUitstroom(input: $input) { versie } }`;
  const versieOfB = async (): Promise<number | undefined> =>
    (
      await dji.subgraph.database.dataSource.query<{ versie: number }[]>('SELECT versie FROM verblijf WHERE id = $1', [
        stays.B,
      ])
    )[0]?.versie;

  it('refuses another inrichting’s casemanager a change of the person, records it, and writes nothing', async () => {
    const before = await versieOfB();
    const { response, traceId } = await dji.askTraced(
      UITSTROOM,
      { input: { verblijfId: stays.B, verwachteVersie: before, verwachteUitstroomdatum: '2027-01-01' } },
      ALMELO,
    );
    expect(response.errors?.map((error) => [error.extensions?.['code'], error.extensions?.['resource']])).toEqual([
      ['ACCESS_DENIED', 'Mutation.wijzigVerwachteUitstroom'],
    ]);
    expect(response.errors?.[0]?.message).toBe(
      'Change of the records of this person denied: dji:PI-ALMELO (casemanager) may not change it. It requires own task of the owning party.',
    );
    expect(await decisionsOf(dji, traceId)).toEqual([
      {
        resource: 'Mutation.wijzigVerwachteUitstroom',
        decision: 'DENY',
        policy: 'no-legal-ground',
        // About no one person, as the refusal of a verblijf that does not exist is.
        data_subject_id: null,
      },
    ]);
    expect(await versieOfB()).toBe(before);
  });

  it('refuses a registration of instroom into another inrichting than the casemanager’s own', async () => {
    const response = await dji.ask(
      `mutation ($input: InstroomInput!) { registreerInstroom(input: $input) { id } }`,
      {
        input: instroomInput({
          id: '3000000999',
          bsn: '999990020',
          personalia: { voornamen: 'Test', achternaam: 'Elders', geboortedatum: '1990-01-01' },
          instroomdatum: '2026-03-01',
          verwachteUitstroomdatum: '2026-12-15',
          inrichting: 'PI-VUGHT',
          terugkeer: { soort: 'GEMEENTE', gemeentecode: '0363' },
        }),
      },
      ALMELO,
    );
    expect(response.errors?.[0]?.message).toBe(
      'Change of a verblijf in inrichting PI-VUGHT denied: dji:PI-ALMELO (casemanager) may not change it. It requires own task of the owning party.',
    );
    expect(await countRows(dji, `justitiabele WHERE id = '3000000999'`)).toBe(0);
  });

  it('refuses a role the declaration does not name before anything runs, naming who may and on which ground', async () => {
    const { response, traceId } = await dji.askTraced(
      UITSTROOM,
      { input: { verblijfId: stays.B, verwachteVersie: 1, verwachteUitstroomdatum: '2027-01-01' } },
      { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-1' },
    );
    expect(response.errors?.[0]?.message).toBe(
      'Mutation.wijzigVerwachteUitstroom is done by dji:casemanager on own task of the owning party; gemeente:0363 (nazorgcoordinator) may not.',
    );
    await expectRecorded(dji.subgraph.database.dataSource, 'dji', traceId, [
      { resource: 'Mutation.wijzigVerwachteUitstroom', grondslag: null },
    ]);
    expect(await decisionsOf(dji, traceId)).toHaveLength(1);
  });
});
