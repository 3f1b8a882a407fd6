import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import {
  askMagIkDelen,
  dryRunGround,
  errorCodes,
  expectDenied,
  expectRecorded,
} from '@ketengraaf/subgraph-kit/testing';

import {
  ACTIVITY,
  AMSTERDAM,
  BURGEMEESTER,
  decisionsOf,
  denialMessage,
  deny,
  DJI_ALMELO,
  DJI_HVB_ROTTERDAM,
  DJI_PRIVACY_OFFICER,
  DJI_VUGHT,
  DOSSIER_FIELDS,
  DOSSIER_KEYS,
  DOSSIER_QUERY,
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
import type { Dossier, DossierWorld, Ground, Person } from './gemeente-access-fixtures';

let world: DossierWorld;

beforeAll(async () => {
  world = await startWithDossiers('gemeente_access_matrix');
});

afterAll(() => world.gemeente.stop());

// One dossier by id: every field of it, and the person behind it.

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
      // A refused whole object is recorded about no one person, as an unknown identifier is: the log
      // must not tell the caller's privacy officer whether the party holds the person.
      expect(decisions).toEqual([
        {
          ...deny(gemeente, 'Nazorgdossier', dossier.person),
          data_subject_id: null,
          data_subject_id_type: null,
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

describe('"mag ik dit delen?" agrees with the guard on every dossier cell', () => {
  it.each(DOSSIER_MATRIX.map(([caller, dossierKey, ground]) => [label(caller), dossierKey, caller, ground] as const))(
    '%s on dossier %s',
    async (_name, dossierKey, caller, ground) => {
      const dossier = DOSSIERS[dossierKey];
      const answer = await askMagIkDelen(world.gemeente, 'gemeente', caller, {
        soort: 'BSN',
        nummer: PERSONS[dossier.person],
      });
      for (const field of DOSSIER_FIELDS) {
        expect([field, dryRunGround(answer, `Nazorgdossier.${field}`, `gemeente:${dossier.gemeentecode}`)]).toEqual([
          field,
          ground,
        ]);
      }
    },
  );
});

// One person by reference, as the gateway asks: Justitiabele.bsn and Justitiabele.nazorgdossiers.

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
      // A refused whole object is recorded about no one person, as an unknown identifier is: the log
      // must not tell the caller's privacy officer whether the party holds the person.
      await expectRecorded(gemeente.subgraph.database.dataSource, 'gemeente', traceId, [
        { resource: 'Justitiabele', grondslag: null },
      ]);
      expect((await logOf(gemeente, traceId)).decisions.map((decision) => decision.data_subject_id)).toEqual([null]);
      expect(records).toEqual([]);
      const answer = JSON.stringify(response);
      expect(answer).not.toContain(bsn);
      for (const key of DOSSIER_KEYS.filter((candidate) => DOSSIERS[candidate].person === person)) {
        expect(answer).not.toContain(ids[key]);
      }
    }
  });
});

describe('"mag ik dit delen?" agrees with the guard on every person cell', () => {
  it.each(
    PERSON_MATRIX.map(([caller, person, ground, visible]) => [label(caller), person, caller, ground, visible] as const),
  )('%s on person %s', async (_name, person, caller, ground, visible) => {
    const answer = await askMagIkDelen(world.gemeente, 'gemeente', caller, { soort: 'BSN', nummer: PERSONS[person] });
    expect(dryRunGround(answer, 'Justitiabele.bsn')).toBe(ground);
    // The dossiers it would show: those of the owners whose records grant a ground.
    const shown = DOSSIER_KEYS.filter(
      (key) =>
        DOSSIERS[key].person === person &&
        dryRunGround(answer, 'Nazorgdossier.id', `gemeente:${DOSSIERS[key].gemeentecode}`) !== null,
    );
    expect(shown).toEqual(visible);
  });
});

// A gemeente's worklist: listed only by that gemeente's own nazorgcoördinator.
const LIST_QUERY = /* GraphQL */ `
  query Worklist($gemeentecode: Gemeentecode!) {
    nazorgdossiers(gemeentecode: $gemeentecode, first: 10) {
      edges {
        node {
          id
          aangemeldDoor
          nazorgcoordinator {
            naam
          }
          basisvoorwaarden {
            onderdak {
              type
            }
          }
          justitiabele {
            bsn
            nazorgdossiers {
              id
              gemeentecode
            }
          }
        }
      }
    }
  }
`;

/** (caller, gemeentecode) → the dossiers listed under own task, or null for refused. */
const LIST_MATRIX: [TokenClaims, string, Dossier[] | null][] = [
  [ROTTERDAM, '0599', ['A1', 'B1', 'D1']],
  [AMSTERDAM, '0363', ['C1', 'D2']],
  [AMSTERDAM, '0599', null],
  [ROTTERDAM, '0363', null],
  [ROTTERDAM_PRIVACY_OFFICER, '0599', null],
  [DJI_ALMELO, '0599', null],
  [RN_TOEZICHT, '0599', null],
  [ZVH_RIJNMOND, '0599', null],
  [BURGEMEESTER, '0363', null],
  [OM, '0599', null],
  [JUSTID, '0363', null],
];

describe("the gemeente access matrix, a gemeente's list: organisation × role × gemeente", () => {
  const rows = LIST_MATRIX.map(([caller, gemeentecode, listed]) => ({
    name: `${label(caller)} listing gemeente ${gemeentecode}: ${listed ? `EIGEN_TAAK, dossiers [${listed.join(', ')}]` : 'denied'}`,
    caller,
    gemeentecode,
    listed,
  }));

  it.each(rows)('$name', async ({ caller, gemeentecode, listed }) => {
    const { gemeente, ids } = world;
    const { response, traceId } = await gemeente.askTraced<{
      nazorgdossiers: { edges: { node: { id: string; justitiabele: { nazorgdossiers: { id: string }[] } } }[] };
    }>(LIST_QUERY, { gemeentecode }, caller);
    const { decisions, records } = await logOf(gemeente, traceId);
    if (listed) {
      expect(response.errors).toBeUndefined();
      const nodes = response.data?.nazorgdossiers.edges.map((edge) => edge.node) ?? [];
      expect(nodes.map((node) => node.id)).toEqual(listed.map((key) => ids[key]));
      // Through each person, still only this gemeente's own dossiers.
      expect(nodes.map((node) => node.justitiabele.nazorgdossiers.map((dossier) => dossier.id))).toEqual(
        listed.map((key) => [ids[key]]),
      );
      // Every listed dossier, and every field of it, permitted under own task.
      const permits = decisions.filter((decision) => decision.decision === 'PERMIT');
      expect(permits.filter((decision) => decision.resource === 'Nazorgdossier')).toHaveLength(listed.length);
      expect(new Set(permits.map((decision) => decision.policy))).toEqual(new Set([ACTIVITY.EIGEN_TAAK]));
      // The other gemeente's dossier on D was looked at through D and refused, not shown.
      const others = DOSSIER_KEYS.filter(
        (key) =>
          DOSSIERS[key].gemeentecode !== gemeentecode &&
          listed.some((own) => DOSSIERS[own].person === DOSSIERS[key].person),
      );
      expect(decisionsOf(decisions).filter((decision) => decision.decision === 'DENY')).toEqual(
        others.map((key) => deny(gemeente, 'Nazorgdossier', DOSSIERS[key].person)),
      );
      expect(records.map((record) => record.processing_activity_id)).toEqual(listed.map(() => ACTIVITY.EIGEN_TAAK));
    } else {
      expect(response.data).toBeNull();
      expectDenied(response, ['nazorgdossiers']);
      expect(errorCodes(response)).toEqual(['ACCESS_DENIED']);
      expect(response.errors?.[0]?.message).toBe(
        // A list refused as a whole names the grounds its dossiers are read on, and no person.
        denialMessage(`the nazorgdossiers of gemeente ${gemeentecode}`, caller, GROUNDS, 'this query'),
      );
      // Refused before any dossier was read: nobody's data processed, nobody's data in the answer.
      expect(records).toEqual([]);
      const answer = JSON.stringify(response);
      for (const bsn of Object.values(PERSONS)) {
        expect(answer).not.toContain(bsn);
      }
    }
  });
});
