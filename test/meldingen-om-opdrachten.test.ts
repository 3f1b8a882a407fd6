import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { eventually } from './meldingen-fixtures';
import { OFFICIER, postMelding, refusedSenders } from './meldingen-om-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/** OM's opdrachten to the reclassering: an opdracht tot advies, and a VI brought forward after an unexpected early release (seed 004). */
let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('mld_om_opdr');
});

afterAll(() => federation.stop());

describe('OM → reclassering: the opdracht tot advies (seed 004 l. 16)', () => {
  const ADVISEUR_LJR: TokenClaims = { org: 'reclassering:LJ&R', role: 'adviseur', sub: 'adv-ljr' };
  const ADVIESOPDRACHTEN = `{ adviesopdrachten(first: 100) { edges { node { opdrachtgever datum vraag referentie justitiabele { id } } } } }`;
  let opdrachtId: string;
  let justitiabeleId: string;

  const opdrachtenVan = async (caller: TokenClaims) => {
    const response = await federation.ask(federation.stack.subgraphUrls.reclassering, caller, ADVIESOPDRACHTEN);
    const edges = (response.data?.['adviesopdrachten'] as { edges: { node: { referentie: string } }[] } | null)?.edges;
    return {
      opdrachten: edges?.map((edge) => edge.node).filter((node) => node.referentie.endsWith(opdrachtId)) ?? null,
      codes: response.errors?.map((error) => error.extensions?.['code']),
    };
  };

  beforeAll(async () => {
    const [zaak] = await federation.rows<{ id: string; justitiabele_id: string }>(
      'om-burgemeester',
      'SELECT id, justitiabele_id FROM om.strafzaak ORDER BY id LIMIT 1',
    );
    if (!zaak) throw new Error('The demo data has no strafzaak.');
    justitiabeleId = zaak.justitiabele_id;
    const given = await federation.ask(
      federation.stack.gatewayUrl,
      OFFICIER,
      `mutation ($input: OpdrachtTotAdviesInput!) { geefOpdrachtTotAdvies(input: $input) { id } }`,
      {
        input: {
          zaakId: zaak.id,
          organisatie: 'reclassering:LJ&R',
          datum: '2026-05-04',
          vraag: 'Advies over voorwaarden bij de VI.',
        },
      },
    );
    expect(given.errors).toBeUndefined();
    opdrachtId = (given.data?.['geefOpdrachtTotAdvies'] as { id: string }).id;
  });

  it('is work for the adviseurs of the organisation OM named, within seconds', async () => {
    await eventually(
      async () => ((await opdrachtenVan(ADVISEUR_LJR)).opdrachten ?? []).length > 0,
      10_000,
      'the opdracht at the reclassering',
    );
    expect(await opdrachtenVan(ADVISEUR_LJR)).toEqual({
      opdrachten: [
        {
          opdrachtgever: 'om',
          datum: '2026-05-04',
          vraag: 'Advies over voorwaarden bij de VI.',
          referentie: `opdracht-tot-advies/${opdrachtId}`,
          justitiabele: { id: justitiabeleId },
        },
      ],
      codes: undefined,
    });
    const [outbox] = await federation.rows<{ status: string; bevestiging: string }>(
      'om-burgemeester',
      `SELECT status, bevestiging FROM melding_outbox WHERE subject = $1`,
      [`opdracht-tot-advies/${opdrachtId}`],
    );
    expect(outbox).toEqual({ status: 'AFGELEVERD', bevestiging: 'ONTVANGEN' });
  });

  it('keeps only what the melding says, and logs the receipt as the organisation’s, with OM as processor', async () => {
    const [row] = await federation.rows<{ data: Record<string, unknown>; ontvanger: string }>(
      'reclassering',
      `SELECT data, ontvanger FROM melding_inbox WHERE subject = $1`,
      [`opdracht-tot-advies/${opdrachtId}`],
    );
    // No parketnummer, no delictcategorie: the case stays with OM.
    expect(row).toEqual({
      ontvanger: 'reclassering:LJ&R',
      data: { justitiabeleId, datum: '2026-05-04', vraag: 'Advies over voorwaarden bij de VI.' },
    });
    expect(
      await federation.rows(
        'reclassering',
        `SELECT foreign_operation_processor, processing_activity_id, bronhouder FROM processing_log_record
          WHERE name = 'melding nl.ketengraaf.om.advies.gevraagd' ORDER BY bronhouder`,
      ),
    ).toEqual([
      {
        foreign_operation_processor: 'om',
        processing_activity_id: 'https://ketengraaf.nl/verwerkingsactiviteiten/reclassering/opdracht-om',
        bronhouder: 'reclassering:LJ&R',
      },
    ]);
  });

  it('shows another organisation’s adviseur none of it, and refuses everyone else the list', async () => {
    expect(await opdrachtenVan({ org: 'reclassering:RN', role: 'adviseur', sub: 'adv-rn' })).toEqual({
      opdrachten: [],
      codes: undefined,
    });
    const refused: TokenClaims[] = [
      { org: 'reclassering:LJ&R', role: 'toezichthouder', sub: 'th-ljr' },
      OFFICIER,
      { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nzc-0363' },
      { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught' },
    ];
    for (const caller of refused) {
      expect(await opdrachtenVan(caller)).toEqual({ opdrachten: null, codes: ['ACCESS_DENIED'] });
    }
  });

  it('refuses, and records, an opdracht tot advies from anyone but OM', async () => {
    for (const org of ['reclassering:RN', 'gemeente:0363', 'burgemeester:0363']) {
      expect(
        await postMelding(federation, 'reclassering', org, 'nl.ketengraaf.om.advies.gevraagd', 'reclassering:LJ&R'),
      ).toBe(403);
    }
    expect(await refusedSenders(federation, 'reclassering', 'nl.ketengraaf.om.advies.gevraagd')).toEqual([
      'burgemeester:0363',
      'gemeente:0363',
      'reclassering:RN',
    ]);
    expect(
      await federation.rows('reclassering', `SELECT 1 FROM adviesopdracht WHERE justitiabele_id = 'SKN-ONBEKEND'`),
    ).toEqual([]);
  });

  it('is taken up by an adviseur of that organisation only, and OM hears it is IN_BEHANDELING', async () => {
    const [opdracht] = await federation.rows<{ id: string }>(
      'reclassering',
      `SELECT id FROM adviesopdracht WHERE referentie = $1`,
      [`opdracht-tot-advies/${opdrachtId}`],
    );
    const NEEM = `mutation ($id: ID!) { neemAdviesopdrachtInBehandeling(id: $id) { referentie } }`;
    const bevestiging = async () =>
      (
        await federation.rows<{ bevestiging: string }>(
          'om-burgemeester',
          `SELECT bevestiging FROM melding_outbox WHERE subject = $1`,
          [`opdracht-tot-advies/${opdrachtId}`],
        )
      )[0]?.bevestiging;
    expect(await bevestiging()).toBe('ONTVANGEN');
    const byOther = await federation.ask(
      federation.stack.gatewayUrl,
      { org: 'reclassering:RN', role: 'adviseur', sub: 'adv-rn' },
      NEEM,
      { id: opdracht?.id },
    );
    expect(byOther.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
    const taken = await federation.ask(federation.stack.gatewayUrl, ADVISEUR_LJR, NEEM, { id: opdracht?.id });
    expect(taken).toEqual({
      data: { neemAdviesopdrachtInBehandeling: { referentie: `opdracht-tot-advies/${opdrachtId}` } },
    });
    await eventually(async () => (await bevestiging()) === 'IN_BEHANDELING', 10_000, 'the acknowledgement at OM');
  });
});

describe('OM → reclassering: an unexpected early release, its VI brought forward (seed 004 l. 217–223)', () => {
  const VERVROEGD = 'nl.ketengraaf.dji.detentie.vervroegd-beeindigd';
  const VERVROEG = `mutation ($input: VervroegingInput!) { vervroegVi(input: $input) { ingangsdatum proeftijd { einddatum } versie } }`;
  const toezichthouder = (org: string): TokenClaims => ({ org, role: 'toezichthouder', sub: `th-vi-${org}` });
  let zaak: { id: string; justitiabele_id: string };
  let vi: { id: string; versie: number };

  const omOutbox = () =>
    federation.rows<{ ontvanger: string; grondslag: string; voorrang: boolean; data: Record<string, unknown> }>(
      'om-burgemeester',
      `SELECT ontvanger, grondslag, voorrang, data FROM melding_outbox WHERE type = $1`,
      [VERVROEGD],
    );
  const gemeldeDagen = () =>
    federation.rows<{ organisatie: string; dag: string | null }>(
      'reclassering',
      `SELECT organisatie, gemelde_vervroegde_invrijheidstelling::text AS dag FROM toezicht
        WHERE justitiabele_id = $1 ORDER BY organisatie`,
      [zaak.justitiabele_id],
    );

  beforeAll(async () => {
    [zaak] = (await federation.rows<{ id: string; justitiabele_id: string }>(
      'om-burgemeester',
      `SELECT s.id, s.justitiabele_id FROM om.strafzaak s
        WHERE NOT EXISTS (SELECT 1 FROM om.vi_beslissing v WHERE v.zaak_id = s.id) ORDER BY s.id LIMIT 1`,
    )) as [{ id: string; justitiabele_id: string }];
    const decided = await federation.ask(
      federation.stack.subgraphUrls['om-burgemeester'],
      OFFICIER,
      `mutation ($input: ViBeslissingInput!) { registreerViBeslissing(input: $input) { id versie } }`,
      {
        input: {
          zaakId: zaak.id,
          datum: '2026-05-01',
          ingangsdatum: '2027-03-01',
          voorwaarden: ['Meldplicht'],
          proeftijdMaanden: 24,
          toezichthoudendeOrganisatie: 'reclassering:RN',
        },
      },
    );
    expect(decided.errors).toBeUndefined();
    vi = decided.data?.['registreerViBeslissing'] as { id: string; versie: number };
    for (const organisatie of ['reclassering:RN', 'reclassering:SVG']) {
      const started = await federation.ask(
        federation.stack.subgraphUrls.reclassering,
        toezichthouder(organisatie),
        `mutation ($input: ToezichtInput!) { startToezicht(input: $input) { id } }`,
        {
          input: {
            justitiabeleId: zaak.justitiabele_id,
            organisatie,
            opdrachtgever: 'om',
            begindatum: '2027-03-01',
            toezichthouder: { naam: 'T. Houder', email: 't.houder@reclassering.example.nl' },
            toezichthouderGebruiker: `th-vi-${organisatie}`,
            ketenpartners: [],
          },
        },
      );
      expect(started.errors).toBeUndefined();
    }
  });

  it('is refused to anyone but the officier, for a day not earlier, or on a stale version, sending nothing', async () => {
    const input = { viBeslissingId: vi.id, verwachteVersie: vi.versie, ingangsdatum: '2026-12-01' };
    const ask = (caller: TokenClaims, given: Record<string, unknown>) =>
      federation.ask(federation.stack.subgraphUrls['om-burgemeester'], caller, VERVROEG, { input: given });
    expect((await ask(toezichthouder('reclassering:RN'), input)).errors?.[0]?.extensions?.['code']).toBe(
      'ACCESS_DENIED',
    );
    expect((await ask(OFFICIER, { ...input, ingangsdatum: '2027-03-01' })).errors?.[0]?.extensions?.['code']).toBe(
      'INVALID_INPUT',
    );
    expect((await ask(OFFICIER, { ...input, verwachteVersie: vi.versie + 1 })).errors?.[0]?.extensions?.['code']).toBe(
      'VERSION_CONFLICT',
    );
    expect(await omOutbox()).toEqual([]);
  });

  it('tells the supervising organisation at once, with voorrang, on OM’s opdracht; not another organisation', async () => {
    const brought = await federation.ask(federation.stack.subgraphUrls['om-burgemeester'], OFFICIER, VERVROEG, {
      input: { viBeslissingId: vi.id, verwachteVersie: vi.versie, ingangsdatum: '2026-12-01' },
    });
    expect(brought).toEqual({
      data: {
        vervroegVi: { ingangsdatum: '2026-12-01', proeftijd: { einddatum: '2028-12-01' }, versie: vi.versie + 1 },
      },
    });
    expect(await omOutbox()).toEqual([
      {
        ontvanger: 'reclassering:RN',
        grondslag: 'OPDRACHT_OM',
        voorrang: true,
        data: { strafrechtsketennummer: zaak.justitiabele_id, uitstroomdatum: '2026-12-01' },
      },
    ]);
    await eventually(
      async () => (await gemeldeDagen()).some((row) => row.dag !== null),
      10_000,
      "the early release on RN's toezicht",
    );
    expect(await gemeldeDagen()).toEqual([
      { organisatie: 'reclassering:RN', dag: '2026-12-01' },
      { organisatie: 'reclassering:SVG', dag: null },
    ]);
    expect(
      await federation.rows('reclassering', `SELECT ontvanger, grondslag FROM melding_inbox WHERE type = $1`, [
        VERVROEGD,
      ]),
    ).toEqual([{ ontvanger: 'reclassering:RN', grondslag: 'OPDRACHT_OM' }]);
  });

  it('is refused (403) from a gemeente or a burgemeester', async () => {
    expect(await postMelding(federation, 'reclassering', 'gemeente:0363', VERVROEGD, 'reclassering:RN')).toBe(403);
    expect(await postMelding(federation, 'reclassering', 'burgemeester:0363', VERVROEGD, 'reclassering:RN')).toBe(403);
  });
});
