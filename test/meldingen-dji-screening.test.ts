import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { nazorg } from './keten-fixtures';
import { djiMeldingen } from './meldingen-dji-fixtures';
import { eventually, instroom, testBsn } from './meldingen-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';
import { CASEMANAGER } from './werkstroom-fixtures';

/**
 * DJI's screening meldingen (art. 18a Pbw): the request for information to the gemeente of origin and
 * the reclassering organisation DJI recorded as involved, the hulpvragen to both gemeenten and that
 * organisation, and who of the reclassering sees them.
 */
let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('mld_dji_screening');
});

afterAll(() => federation.stop());

const { dossiers, dossierWhen, dji, registreer, outboxOf } = djiMeldingen(() => federation);

describe('DJI casemanager → gemeente and reclassering: the screening (art. 18a Pbw)', () => {
  const bsn = testBsn(102);
  let verblijf: { id: string; versie: number };

  beforeAll(async () => {
    verblijf = await registreer(102, '0599', '0363');
    await dossierWhen('0599', bsn, () => true);
  });

  it('asks the gemeente of origin only for information, saying the screening is due 10 days after instroom', async () => {
    await dji(`mutation ($id: ID!) { vraagScreeningInformatie(verblijfId: $id) { id } }`, { id: verblijf.id });
    const dossier = await dossierWhen('0599', bsn, (candidate) => candidate.screeningInformatieGevraagdVoor !== null);
    // Instroom 2026-03-01; seed 001 Bijlage I: "Binnen 10 dagen na instroom".
    expect(dossier.screeningInformatieGevraagdVoor).toBe('2026-03-11');
    const verzoeken = (await outboxOf(bsn)).filter(
      (row) => row.type === 'nl.ketengraaf.dji.screening.informatieverzoek',
    );
    expect(verzoeken.map((row) => [row.ontvanger, row.grondslag])).toEqual([['gemeente:0599', 'ART_18A_PBW']]);
    const [terugkeer] = await dossiers('0363', 'AANGEMELD', bsn);
    expect(terugkeer?.screeningInformatieGevraagdVoor).toBeNull();
  });

  it('keeps the hulpvragen per basisvoorwaarde on the dossiers of both gemeenten, for their nazorgcoördinatoren', async () => {
    await dji(`mutation ($input: ScreeningInput!) { registreerScreening(input: $input) { id } }`, {
      input: {
        verblijfId: verblijf.id,
        datum: '2026-03-08',
        reflectorAfgenomen: true,
        hulpvragen: [
          { domein: 'ONDERDAK', hulpvraag: true, toelichting: 'Geen woning na detentie' },
          { domein: 'SCHULDEN', hulpvraag: false },
        ],
      },
    });
    for (const code of ['0363', '0599']) {
      const dossier = await dossierWhen(code, bsn, (candidate) => candidate.gemeldeHulpvragen !== null);
      expect(dossier).toMatchObject({
        gemeldeScreeningdatum: '2026-03-08',
        gemeldeHulpvragen: [
          { domein: 'ONDERDAK', hulpvraag: true, toelichting: 'Geen woning na detentie' },
          { domein: 'SCHULDEN', hulpvraag: false, toelichting: null },
        ],
      });
    }
    const receipts = await federation.rows<{ processing_activity_id: string }>(
      'gemeente',
      `SELECT DISTINCT processing_activity_id FROM processing_log_record WHERE name = 'melding nl.ketengraaf.dji.screening.hulpvragen'`,
    );
    expect(receipts).toEqual([
      { processing_activity_id: 'https://ketengraaf.nl/verwerkingsactiviteiten/gemeente/art-18a-pbw' },
    ]);
  });

  it('sends nothing to a reclassering organisation DJI has not recorded as involved', async () => {
    const skn = String(instroom(102, '0599')['id']);
    expect((await outboxOf(skn)).filter((row) => row.ontvanger.startsWith('reclassering:'))).toEqual([]);
  });
});

describe('DJI casemanager → the reclassering organisation it recorded as involved (art. 18a Pbw)', () => {
  it('sends the request and the hulpvragen to that organisation only, which records their receipt about the person', async () => {
    const verblijf = await registreer(105, '0599', '0363');
    const skn = String(instroom(105, '0599')['id']);
    await dji(
      `mutation ($input: BetrokkenOrganisatieInput!) { registreerBetrokkenOrganisatie(input: $input) { id } }`,
      {
        input: {
          verblijfId: verblijf.id,
          organisatie: 'reclassering:RN',
          aanleiding: 'INFORMATIEVERZOEK_SCREENING',
          datum: '2026-03-02',
        },
      },
    );
    await dji(`mutation ($id: ID!) { vraagScreeningInformatie(verblijfId: $id) { id } }`, { id: verblijf.id });
    await dji(`mutation ($input: ScreeningInput!) { registreerScreening(input: $input) { id } }`, {
      input: {
        verblijfId: verblijf.id,
        datum: '2026-03-09',
        reflectorAfgenomen: false,
        hulpvragen: [{ domein: 'ZORG', hulpvraag: true }],
      },
    });
    await eventually(
      async () =>
        (await outboxOf(skn)).filter((row) => row.ontvanger.startsWith('reclassering:') && row.status === 'AFGELEVERD')
          .length === 2,
      10_000,
      'both meldingen delivered to the reclassering',
    );
    expect((await outboxOf(skn)).filter((row) => row.ontvanger.startsWith('reclassering:'))).toEqual([
      {
        type: 'nl.ketengraaf.dji.screening.hulpvragen',
        ontvanger: 'reclassering:RN',
        grondslag: 'ART_18A_PBW',
        status: 'AFGELEVERD',
      },
      {
        type: 'nl.ketengraaf.dji.screening.informatieverzoek',
        ontvanger: 'reclassering:RN',
        grondslag: 'ART_18A_PBW',
        status: 'AFGELEVERD',
      },
    ]);
    const receipts = await federation.rows<{ name: string; bronhouder: string; processing_activity_id: string }>(
      'reclassering',
      `SELECT name, bronhouder, processing_activity_id FROM processing_log_record
        WHERE name LIKE 'melding nl.ketengraaf.dji.screening.%' ORDER BY name`,
    );
    expect(receipts).toEqual(
      ['hulpvragen', 'informatieverzoek'].map((soort) => ({
        name: `melding nl.ketengraaf.dji.screening.${soort}`,
        bronhouder: 'reclassering:RN',
        processing_activity_id: 'https://ketengraaf.nl/verwerkingsactiviteiten/reclassering/art-18a-pbw',
      })),
    );
    // The other two organisations' beheerders see none of it.
    for (const org of ['reclassering:SVG', 'reclassering:LJ&R']) {
      const beheer = await federation.ask(
        federation.stack.subgraphUrls.reclassering,
        { org, role: 'beheerder', sub: 'b-rec' },
        `{ reclasseringInkomendeMeldingen(first: 10) { edges { node { type } } } }`,
      );
      expect(beheer.data?.['reclasseringInkomendeMeldingen']).toEqual({ edges: [] });
    }
  });

  it("shows the request and the hulpvragen to that organisation's adviseurs and toezichthouders only", async () => {
    const skn = String(instroom(105, '0599')['id']);
    const SCREENINGMELDINGEN = `{ screeningmeldingen(first: 100) { edges { node { soort afzender screeningUiterlijk screeningdatum hulpvragen { domein hulpvraag toelichting } justitiabele { id } } } } }`;
    const lijst = async (caller: TokenClaims) => {
      const response = await federation.ask(federation.stack.gatewayUrl, caller, SCREENINGMELDINGEN);
      return {
        // Ordered by the day DJI sent them; the two of one day in either order.
        nodes: (response.data?.['screeningmeldingen'] as { edges: { node: { soort: string } }[] } | null)?.edges
          .map((edge) => edge.node)
          .sort((a, b) => b.soort.localeCompare(a.soort)),
        codes: response.errors?.map((error) => error.extensions?.['code']),
      };
    };
    for (const role of ['adviseur', 'toezichthouder'] as const) {
      expect(await lijst({ org: 'reclassering:RN', role, sub: `${role}-rn` })).toEqual({
        nodes: [
          {
            soort: 'INFORMATIEVERZOEK',
            afzender: 'dji:PI-VUGHT',
            screeningUiterlijk: '2026-03-11',
            screeningdatum: null,
            hulpvragen: null,
            justitiabele: { id: skn },
          },
          {
            soort: 'HULPVRAGEN',
            afzender: 'dji:PI-VUGHT',
            screeningUiterlijk: null,
            screeningdatum: '2026-03-09',
            hulpvragen: [{ domein: 'ZORG', hulpvraag: true, toelichting: null }],
            justitiabele: { id: skn },
          },
        ],
        codes: undefined,
      });
    }
    // Another organisation's staff see none of it; no one else gets the list.
    expect(await lijst({ org: 'reclassering:SVG', role: 'adviseur', sub: 'adv-svg' })).toEqual({
      nodes: [],
      codes: undefined,
    });
    const callers: TokenClaims[] = [
      { org: 'reclassering:RN', role: 'beheerder', sub: 'b-rn' },
      CASEMANAGER,
      nazorg('0599'),
      { org: 'om', role: 'officier', sub: 'ovj-1' },
    ];
    for (const caller of callers) {
      expect(await lijst(caller)).toEqual({ nodes: undefined, codes: ['ACCESS_DENIED'] });
    }
  });
});
