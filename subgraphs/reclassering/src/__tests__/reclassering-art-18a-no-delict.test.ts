import { decisionsOf, PERSONS, startAccessWorld, startSetupToezicht } from './reclassering-access-fixtures';
import type { AccessWorld } from './reclassering-access-fixtures';
import { AMSTERDAM, BURGEMEESTER_AMSTERDAM, DJI_VUGHT, must, OM, RN_TOEZICHT } from './reclassering-fixtures';

let world: AccessWorld;

beforeAll(async () => {
  world = await startAccessWorld('reclassering_delict');
});

afterAll(() => world.reclassering.stop());

describe('delict information never reaches nazorg (art. 18a Pbw opens only what the basisvoorwaarden need)', () => {
  const GEBIED = 'Straal van 500 meter rond de woning van het slachtoffer';
  const SLACHTOFFER = 'mevrouw J. de Vries en haar kinderen';
  const G = { id: '5000000007', toezichtId: '' };
  const VOORWAARDE_FIELDS = `id type omschrijving gebied contactMet meldfrequentie instelling begindatum naleving { uitkomst toelichting }`;

  beforeAll(async () => {
    G.toezichtId = await startSetupToezicht(world.reclassering, G.id, {
      ...PERSONS.A.toezicht,
      toezichthouder: 'Gerda Goossens',
      begindatum: '2026-04-01',
    });
    const voorwaarden = [
      { type: 'LOCATIEVERBOD', omschrijving: 'Komt niet bij het slachtoffer', gebied: GEBIED },
      { type: 'CONTACTVERBOD', omschrijving: 'Geen contact met de slachtoffers', contactMet: SLACHTOFFER },
      { type: 'MELDPLICHT', omschrijving: 'Meldt zich na het zedendelict wekelijks', meldfrequentie: 'wekelijks' },
      { type: 'BEHANDELING', omschrijving: 'Behandeling van het zedendelict', instelling: 'De Waag' },
    ];
    const seen: string[] = [];
    for (const [index, voorwaarde] of voorwaarden.entries()) {
      const added = await must<{ legBijzondereVoorwaardeOp: { bijzondereVoorwaarden: { id: string }[] } }>(
        world.reclassering,
        RN_TOEZICHT,
        `mutation ($input: BijzondereVoorwaardeInput!) { legBijzondereVoorwaardeOp(input: $input) { bijzondereVoorwaarden { id } } }`,
        { input: { toezichtId: G.toezichtId, verwachteVersie: index + 1, begindatum: '2026-04-01', ...voorwaarde } },
      );
      const ids = added.legBijzondereVoorwaardeOp.bijzondereVoorwaarden.map((candidate) => candidate.id);
      const id = ids.find((candidate) => !seen.includes(candidate)) ?? '';
      seen.push(id);
      await must(
        world.reclassering,
        RN_TOEZICHT,
        `mutation ($input: NalevingInput!) { registreerNaleving(input: $input) { id } }`,
        {
          input: { voorwaardeId: id, datum: '2026-05-01', uitkomst: 'OVERTREDEN', toelichting: 'Gezien bij de school' },
        },
      );
    }
  });

  const paths = {
    'the toezicht by id': [
      `query ($id: ID!) { toezicht(id: $id) { bijzondereVoorwaarden { ${VOORWAARDE_FIELDS} } } }`,
      () => ({ id: G.toezichtId }),
      (data: Record<string, unknown>) =>
        (data['toezicht'] as { bijzondereVoorwaarden: unknown[] }).bijzondereVoorwaarden,
    ],
    'the person by _entities': [
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Justitiabele { toezichten { bijzondereVoorwaarden { ${VOORWAARDE_FIELDS} } } overtredingsmeldingen { toelichting voorwaarde { ${VOORWAARDE_FIELDS} } } } } }`,
      () => ({ r: [{ __typename: 'Justitiabele', id: G.id }] }),
      (data: Record<string, unknown>) =>
        (data['_entities'] as { toezichten: { bijzondereVoorwaarden: unknown[] }[] }[])[0]?.toezichten[0]
          ?.bijzondereVoorwaarden,
    ],
  } as const;

  it.each([
    ['a gemeente nazorgcoördinator', AMSTERDAM, 'the toezicht by id'],
    ['a gemeente nazorgcoördinator', AMSTERDAM, 'the person by _entities'],
    ['a DJI casemanager', DJI_VUGHT, 'the toezicht by id'],
    ['a DJI casemanager', DJI_VUGHT, 'the person by _entities'],
  ] as const)(
    '%s reading %s sees only the kind and period of the meldplicht and behandeling',
    async (_who, caller, path) => {
      const [document, variables, voorwaardenOf] = paths[path];
      const { response, traceId } = await world.reclassering.askTraced(document, variables(), caller);
      const decisions = await decisionsOf(world, traceId);
      const voorwaarden = voorwaardenOf(response.data ?? {});
      // Both began the same day: their order is their id's.
      expect(voorwaarden).toHaveLength(2);
      expect(voorwaarden).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ type: 'MELDPLICHT', meldfrequentie: 'wekelijks', begindatum: '2026-04-01' }),
          expect.objectContaining({ type: 'BEHANDELING', instelling: null, begindatum: '2026-04-01' }),
        ]),
      );
      for (const voorwaarde of voorwaarden as Record<string, unknown>[]) {
        expect([
          voorwaarde['omschrijving'],
          voorwaarde['gebied'],
          voorwaarde['contactMet'],
          voorwaarde['naleving'],
        ]).toEqual([null, null, null, null]);
      }
      const answer = JSON.stringify(response.data);
      for (const secret of [
        GEBIED,
        SLACHTOFFER,
        'zedendelict',
        'De Waag',
        'Gezien bij de school',
        'LOCATIEVERBOD',
        'CONTACTVERBOD',
      ]) {
        expect(answer).not.toContain(secret);
      }
      expect(decisions).toContainEqual({
        resource: 'BijzondereVoorwaarde.gebied',
        decision: 'DENY',
        policy: 'no-legal-ground',
        data_subject_id: expect.any(String),
      });
    },
  );

  it('gives the own organisation and the officier who ordered the toezicht every voorwaarde in full', async () => {
    for (const caller of [RN_TOEZICHT, OM]) {
      const { response } = await world.reclassering.askTraced(
        paths['the person by _entities'][0],
        paths['the person by _entities'][1](),
        caller,
      );
      const answer = JSON.stringify(response.data);
      expect([caller.org, answer]).toEqual([caller.org, expect.stringContaining(GEBIED)]);
      expect(answer).toContain(SLACHTOFFER);
    }
  });

  it.each([
    ['a gemeente nazorgcoördinator', AMSTERDAM],
    ['a DJI casemanager', DJI_VUGHT],
    ['the burgemeester', BURGEMEESTER_AMSTERDAM],
  ] as const)('refuses %s the list of meldingen to OM, and records it', async (_who, caller) => {
    const { response, traceId } = await world.reclassering.askTraced(
      `{ overtredingsmeldingen(first: 50) { edges { node { toelichting voorwaarde { gebied } } } } }`,
      {},
      caller,
    );
    const decisions = await decisionsOf(world, traceId);
    expect(response.data).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
    expect(decisions).toEqual([
      { resource: 'Query.overtredingsmeldingen', decision: 'DENY', policy: 'no-legal-ground', data_subject_id: null },
    ]);
  });
});
