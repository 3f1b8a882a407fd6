import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { errorCodes, expectDenied } from '@ketengraaf/subgraph-kit/testing';

import {
  ACTIVITY,
  AMSTERDAM,
  BURGEMEESTER,
  deny,
  DJI_ALMELO,
  DJI_HVB_ROTTERDAM,
  DJI_PRIVACY_OFFICER,
  DJI_VUGHT,
  DOSSIER_FIELDS,
  DOSSIER_QUERY,
  DOSSIERS,
  E,
  expectRecordedAbout,
  GROUNDS,
  JUSTID,
  label,
  denialMessage,
  logOf,
  OM,
  P,
  PERSONS,
  RN_ADVIES,
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
import type { Dossier, DossierWorld, Ground } from './gemeente-access-fixtures';

let world: DossierWorld;

beforeAll(async () => {
  world = await startWithDossiers('gemeente_matrix_dossier');
});

afterAll(() => world.gemeente.stop());

/** (caller, dossier) → the ground expected to open it, or null for denied. */
const DOSSIER_MATRIX: [TokenClaims, Dossier, Ground | null][] = [
  // Own task: a gemeente reads its own dossiers, never another gemeente's.
  [ROTTERDAM, 'A1', E],
  [ROTTERDAM, 'B1', E],
  [ROTTERDAM, 'D1', E],
  [ROTTERDAM, 'C1', null],
  [ROTTERDAM, 'D2', null],
  [AMSTERDAM, 'C1', E],
  [AMSTERDAM, 'D2', E],
  [AMSTERDAM, 'A1', null],
  [AMSTERDAM, 'B1', null],
  [AMSTERDAM, 'D1', null],
  [ROTTERDAM_PRIVACY_OFFICER, 'A1', null],
  [ROTTERDAM_PRIVACY_OFFICER, 'B1', null],
  // Art. 18a Pbw: the DJI location that notified the gemeente, not another location, nor where reclassering did.
  [DJI_VUGHT, 'A1', P],
  [DJI_VUGHT, 'C1', null],
  [DJI_VUGHT, 'D1', null],
  [DJI_VUGHT, 'B1', null],
  [DJI_VUGHT, 'D2', null],
  [DJI_HVB_ROTTERDAM, 'D1', P],
  [DJI_HVB_ROTTERDAM, 'A1', null],
  [DJI_ALMELO, 'A1', null],
  [DJI_ALMELO, 'C1', null],
  [DJI_ALMELO, 'D1', null],
  [DJI_PRIVACY_OFFICER, 'A1', null],
  // Art. 18a Pbw: a reclassering organisation only where it notified the gemeente itself.
  [RN_TOEZICHT, 'B1', P],
  [RN_TOEZICHT, 'D2', P],
  [RN_TOEZICHT, 'A1', null],
  [RN_TOEZICHT, 'D1', null],
  [RN_ADVIES, 'B1', P],
  [RN_ADVIES, 'C1', null],
  [SVG_TOEZICHT, 'B1', null],
  [SVG_TOEZICHT, 'D2', null],
  // Wgs: a Zorg- en Veiligheidshuis only on a dossier that names it.
  [ZVH_RIJNMOND, 'A1', W],
  [ZVH_RIJNMOND, 'B1', null],
  [ZVH_RIJNMOND, 'C1', null],
  [ZVH_AMSTERDAM, 'C1', W],
  [ZVH_AMSTERDAM, 'A1', null],
  // No ground in this subgraph at all.
  [BURGEMEESTER, 'C1', null],
  [BURGEMEESTER, 'A1', null],
  [OM, 'A1', null],
  [OM, 'C1', null],
  [JUSTID, 'A1', null],
  [JUSTID, 'D2', null],
];

describe('the gemeente access matrix, one dossier by id: organisation × role × field × dossier', () => {
  const rows = DOSSIER_MATRIX.map(([caller, dossierKey, ground]) => ({
    name: `${label(caller)} reading dossier ${dossierKey}: ${ground ?? 'denied'}`,
    caller,
    dossierKey,
    ground,
  }));

  it.each(rows)('$name', async ({ caller, dossierKey, ground }) => {
    const { gemeente, ids } = world;
    const dossier = DOSSIERS[dossierKey];
    const { response, traceId } = await gemeente.askTraced<{ nazorgdossier: Record<string, unknown> | null }>(
      DOSSIER_QUERY,
      { id: ids[dossierKey] },
      caller,
    );
    const { decisions, records, audit } = await logOf(gemeente, traceId);
    expect(audit).toEqual([expect.objectContaining({ user_id: caller.sub, organisation: caller.org })]);

    if (ground) {
      expect(response.errors).toBeUndefined();
      const answer = response.data?.nazorgdossier;
      expect(answer).toMatchObject({
        id: ids[dossierKey],
        gemeentecode: dossier.gemeentecode,
        aangemeldDoor: dossier.aangemeldDoor,
        zvhNaam: dossier.zvhNaam,
        nazorgcoordinator: { naam: dossier.coordinator },
        justitiabele: { bsn: PERSONS[dossier.person] },
        basisvoorwaarden: { onderdak: { type: null }, zorg: { zorgverzekering: false } },
      });
      // Every field is there; only the values of fields that are empty in the dossier are null.
      expect(Object.keys(answer ?? {}).sort()).toEqual([...DOSSIER_FIELDS].sort());
      // Each field read, the dossier itself and the person's bsn: permitted under the expected ground.
      await expectRecordedAbout(gemeente, traceId, dossier.person, [
        { resource: 'Nazorgdossier', grondslag: ground },
        ...DOSSIER_FIELDS.map((field) => ({ resource: `Nazorgdossier.${field}`, grondslag: ground })),
        { resource: 'Justitiabele.bsn', grondslag: ground },
      ]);
      expect(records.map((record) => [record.processing_activity_id, record.data_subject_id])).toEqual([
        [ACTIVITY[ground], subjectOf(gemeente, dossier.person)],
      ]);
    } else {
      expect(response.data).toEqual({ nazorgdossier: null });
      expectDenied(response, ['nazorgdossier'], GROUNDS);
      expect(errorCodes(response)).toEqual(['ACCESS_DENIED']);
      expect(response.errors?.[0]?.message).toBe(denialMessage('Nazorgdossier', caller, GROUNDS));
      expect(decisions).toEqual([
        {
          ...deny(gemeente, 'Nazorgdossier', dossier.person),
          data_subject_id_type: 'bsn-hmac-sha256',
          requested_grounds: GROUNDS,
        },
      ]);
      // Nothing of the dossier left the subgraph, so nothing was processed.
      expect(records).toEqual([]);
      const answer = JSON.stringify(response);
      for (const secret of [PERSONS[dossier.person], dossier.coordinator, ids[dossierKey]]) {
        expect(answer).not.toContain(secret);
      }
    }
  });
});
