import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { errorCodes, expectDenied } from '@ketengraaf/subgraph-kit/testing';

import {
  ACTIVITY,
  AMSTERDAM,
  BURGEMEESTER,
  denialMessage,
  DJI_ALMELO,
  DJI_HVB_ROTTERDAM,
  DJI_VUGHT,
  DOSSIER_KEYS,
  DOSSIERS,
  E,
  expectRecordedAbout,
  GROUNDS,
  JUSTID,
  label,
  logOf,
  OM,
  P,
  PERSON_QUERY,
  PERSONS,
  RN_TOEZICHT,
  ROTTERDAM,
  ROTTERDAM_PRIVACY_OFFICER,
  startWithDossiers,
  subjectOf,
  SVG_TOEZICHT,
  W,
  ZVH_AMSTERDAM,
  ZVH_RIJNMOND,
} from './gemeente-access-fixtures';
import type { Dossier, DossierWorld, Ground, Person } from './gemeente-access-fixtures';

let world: DossierWorld;

beforeAll(async () => {
  world = await startWithDossiers('gemeente_matrix_person');
});

afterAll(() => world.gemeente.stop());

const PERSON_DOSSIER_FIELDS = ['id', 'gemeentecode', 'aangemeldDoor'] as const;

/** (caller, person) → the ground that opens the person and the dossiers of theirs it shows; null for denied. */
const PERSON_MATRIX: [TokenClaims, Person, Ground | null, Dossier[]][] = [
  [ROTTERDAM, 'A', E, ['A1']],
  [ROTTERDAM, 'D', E, ['D1']],
  [ROTTERDAM, 'C', null, []],
  [AMSTERDAM, 'D', E, ['D2']],
  [AMSTERDAM, 'C', E, ['C1']],
  [AMSTERDAM, 'A', null, []],
  [ROTTERDAM_PRIVACY_OFFICER, 'A', null, []],
  [DJI_HVB_ROTTERDAM, 'D', P, ['D1']],
  [DJI_VUGHT, 'A', P, ['A1']],
  [DJI_VUGHT, 'D', null, []],
  [DJI_VUGHT, 'B', null, []],
  [DJI_ALMELO, 'A', null, []],
  [DJI_ALMELO, 'D', null, []],
  [RN_TOEZICHT, 'D', P, ['D2']],
  [RN_TOEZICHT, 'B', P, ['B1']],
  [RN_TOEZICHT, 'A', null, []],
  [SVG_TOEZICHT, 'B', null, []],
  [ZVH_RIJNMOND, 'A', W, ['A1']],
  [ZVH_RIJNMOND, 'D', null, []],
  [ZVH_AMSTERDAM, 'C', W, ['C1']],
  [BURGEMEESTER, 'C', null, []],
  [OM, 'A', null, []],
  [JUSTID, 'D', null, []],
];

describe('the gemeente access matrix, one person by reference: organisation × role × field × person', () => {
  const rows = PERSON_MATRIX.map(([caller, person, ground, visible]) => ({
    name: `${label(caller)} reading person ${person}: ${ground ? `${ground}, dossiers [${visible.join(', ')}]` : 'denied'}`,
    caller,
    person,
    ground,
    visible,
  }));

  it.each(rows)('$name', async ({ caller, person, ground, visible }) => {
    const { gemeente, ids } = world;
    const bsn = PERSONS[person];
    const { response, traceId } = await gemeente.askTraced<{ _entities: unknown[] }>(
      PERSON_QUERY,
      { representations: [{ __typename: 'Justitiabele', bsn }] },
      caller,
    );
    const { records } = await logOf(gemeente, traceId);
    const hidden = DOSSIER_KEYS.filter((key) => DOSSIERS[key].person === person && !visible.includes(key));

    if (ground) {
      expect(response.errors).toBeUndefined();
      expect(response.data?._entities).toEqual([
        {
          bsn,
          nazorgdossiers: visible.map((key) => ({
            id: ids[key],
            gemeentecode: DOSSIERS[key].gemeentecode,
            aangemeldDoor: DOSSIERS[key].aangemeldDoor,
          })),
        },
      ]);
      // A dossier the caller may not read is left out of the list, and that refusal is recorded too.
      await expectRecordedAbout(gemeente, traceId, person, [
        { resource: 'Justitiabele', grondslag: ground },
        { resource: 'Justitiabele.bsn', grondslag: ground },
        { resource: 'Justitiabele.nazorgdossiers', grondslag: ground },
        ...visible.flatMap(() => [
          { resource: 'Nazorgdossier', grondslag: ground },
          ...PERSON_DOSSIER_FIELDS.map((field) => ({ resource: `Nazorgdossier.${field}`, grondslag: ground })),
        ]),
        ...hidden.map(() => ({ resource: 'Nazorgdossier', grondslag: null })),
      ]);
      expect(records.map((record) => [record.processing_activity_id, record.data_subject_id])).toEqual([
        [ACTIVITY[ground], subjectOf(gemeente, person)],
      ]);
      const answer = JSON.stringify(response);
      for (const key of hidden) {
        expect(answer).not.toContain(ids[key]);
      }
    } else {
      expect(response.data?._entities).toEqual([null]);
      expectDenied(response, ['_entities', 0], GROUNDS);
      expect(errorCodes(response)).toEqual(['ACCESS_DENIED']);
      expect(response.errors?.[0]?.message).toBe(denialMessage('Justitiabele', caller, GROUNDS));
      await expectRecordedAbout(gemeente, traceId, person, [{ resource: 'Justitiabele', grondslag: null }]);
      expect(records).toEqual([]);
      const answer = JSON.stringify(response);
      expect(answer).not.toContain(bsn);
      for (const key of DOSSIER_KEYS.filter((candidate) => DOSSIERS[candidate].person === person)) {
        expect(answer).not.toContain(ids[key]);
      }
    }
  });
});
