import { CloudEvent, HTTP } from 'cloudevents';

import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { eventually } from './meldingen-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/** The reclassering tells OM of an overtreding and of an advies OM asked for (seed 004, on OM's opdracht). */
let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('mld_om');
});

afterAll(() => federation.stop());

const OFFICIER: TokenClaims = { org: 'om', role: 'officier', sub: 'ovj-1' };

interface Voorwaarde {
  id: string;
  toezicht_id: string;
  begindatum: string;
  organisatie: string;
  justitiabele_id: string;
  toezichthouder_gebruiker: string;
}

/** A voorwaarde of a lopend toezicht in the demo data, open on its first day. */
async function eenVoorwaarde(): Promise<Voorwaarde> {
  const [voorwaarde] = await federation.rows<Voorwaarde>(
    'reclassering',
    `SELECT v.id, v.toezicht_id, to_char(v.begindatum, 'YYYY-MM-DD') AS begindatum, t.organisatie, t.justitiabele_id,
            t.toezichthouder_gebruiker
       FROM bijzondere_voorwaarde v JOIN toezicht t ON t.id = v.toezicht_id
      WHERE t.status = 'LOPEND' AND (v.einddatum IS NULL OR v.einddatum > v.begindatum)
      ORDER BY v.id LIMIT 1`,
  );
  if (!voorwaarde) throw new Error('The demo data has no voorwaarde of a lopend toezicht.');
  return voorwaarde;
}

const RECLASSERINGSMELDINGEN = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Justitiabele {
        reclasseringsmeldingen {
          soort
          organisatie
          datum
          referentie
        }
      }
    }
  }
`;

/** OM's reclasseringsmeldingen on a person, asked of the OM/burgemeester subgraph itself by `caller`. */
async function bijOm(caller: TokenClaims, justitiabeleId: string) {
  const response = await federation.ask(
    federation.stack.subgraphUrls['om-burgemeester'],
    caller,
    RECLASSERINGSMELDINGEN,
    {
      representations: [{ __typename: 'Justitiabele', id: justitiabeleId }],
    },
  );
  const [entity] = (response.data?.['_entities'] as { reclasseringsmeldingen: unknown[] | null }[] | undefined) ?? [];
  return {
    meldingen: entity?.reclasseringsmeldingen ?? null,
    codes: response.errors?.map((e) => e.extensions?.['code']),
  };
}

/** What a test melding carries when the test does not say. */
const IETS = {
  subject: 'overtredingsmelding/onbekend',
  data: { justitiabeleId: 'SKN-ONBEKEND', datum: '2026-05-01', vraag: 'Iets.' },
};

/** Posts a CloudEvent to a party's inbox with a machine token of `org`, for `ontvanger`; answers its HTTP status and body. */
async function deliver(
  party: 'om-burgemeester' | 'reclassering',
  org: string,
  type: string,
  ontvanger: string,
  { id, subject, data }: { id?: string; subject: string; data: Record<string, unknown> } = IETS,
): Promise<{ status: number; body: unknown }> {
  const token = await federation.issuer.signMachine({ org, clientId: `client-${org}` });
  const message = HTTP.structured(
    new CloudEvent({
      ...(id ? { id } : {}),
      source: `https://ketengraaf.nl/organisaties/${org.replace(':', '/')}`,
      type,
      subject,
      ontvanger,
      datacontenttype: 'application/json',
      data,
    }),
  );
  const response = await fetch(federation.stack.subgraphUrls[party].replace(/\/graphql$/, '/meldingen'), {
    method: 'POST',
    headers: { ...(message.headers as Record<string, string>), authorization: `Bearer ${token}` },
    body: message.body as string,
  });
  return { status: response.status, body: await response.json() };
}

/** The HTTP status a party's inbox answers a test melding with. */
const postMelding = async (party: 'om-burgemeester' | 'reclassering', org: string, type: string, ontvanger: string) =>
  (await deliver(party, org, type, ontvanger)).status;

describe('reclassering → OM: an overtreding (seed 004 l. 148–152, on OM’s opdracht)', () => {
  let voorwaarde: Voorwaarde;
  let nalevingId: string;

  beforeAll(async () => {
    voorwaarde = await eenVoorwaarde();
    const toezichthouder: TokenClaims = {
      org: voorwaarde.organisatie,
      role: 'toezichthouder',
      sub: voorwaarde.toezichthouder_gebruiker,
    };
    const registered = await federation.ask(
      federation.stack.subgraphUrls.reclassering,
      toezichthouder,
      `mutation ($input: NalevingInput!) { registreerNaleving(input: $input) { id } }`,
      {
        input: {
          voorwaardeId: voorwaarde.id,
          datum: voorwaarde.begindatum,
          uitkomst: 'OVERTREDEN',
          toelichting: 'Bij controle niet thuis na 22.00 uur.',
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    nalevingId = (registered.data?.['registreerNaleving'] as { id: string }).id;
  });

  it('arrives at OM within seconds for the officier, and the reclassering sees its melding VERZONDEN', async () => {
    const expected = {
      soort: 'OVERTREDING',
      organisatie: voorwaarde.organisatie,
      datum: voorwaarde.begindatum,
      referentie: expect.stringMatching(/^overtredingsmelding\/[0-9a-f-]{36}$/),
    };
    const ms = await eventually(
      async () => ((await bijOm(OFFICIER, voorwaarde.justitiabele_id)).meldingen ?? []).length > 0,
      10_000,
      'the overtreding at OM',
    );
    expect(ms).toBeLessThan(10_000);
    expect(await bijOm(OFFICIER, voorwaarde.justitiabele_id)).toEqual({ meldingen: [expected], codes: undefined });

    const [melding] = await federation.rows<{ id: string; status: string }>(
      'reclassering',
      `SELECT m.id, o.status FROM overtredingsmelding m JOIN melding_outbox o ON o.id = m.melding_id WHERE m.naleving_id = $1`,
      [nalevingId],
    );
    expect(melding?.status).toBe('AFGELEVERD');
    const [atOm] = await federation.rows<{ referentie: string }>(
      'om-burgemeester',
      `SELECT referentie FROM om.reclasseringsmelding WHERE justitiabele_id = $1`,
      [voorwaarde.justitiabele_id],
    );
    expect(atOm?.referentie).toBe(`overtredingsmelding/${melding?.id}`);

    const toezichthouder: TokenClaims = {
      org: voorwaarde.organisatie,
      role: 'toezichthouder',
      sub: voorwaarde.toezichthouder_gebruiker,
    };
    const own = await federation.ask(
      federation.stack.gatewayUrl,
      toezichthouder,
      `{ toezicht(id: "${voorwaarde.toezicht_id}") { bijzondereVoorwaarden { naleving { id melding { status } } } } }`,
    );
    const naleving = JSON.stringify(own.data);
    expect(own.errors).toBeUndefined();
    expect(naleving).toContain(`"id":"${nalevingId}","melding":{"status":"VERZONDEN"}`);
  });

  it('keeps at OM only what the melding says: no toelichting, no voorwaarde', async () => {
    const [row] = await federation.rows<{ data: Record<string, unknown>; grondslag: string }>(
      'om-burgemeester',
      `SELECT data, grondslag FROM melding_inbox WHERE type = 'nl.ketengraaf.reclassering.voorwaarde.overtreden'`,
    );
    expect(row).toEqual({
      grondslag: 'OPDRACHT_OM',
      data: { justitiabeleId: voorwaarde.justitiabele_id, datum: voorwaarde.begindatum },
    });
  });

  it("records the receipt in OM's processing log, under OM's opdracht, with the reclassering as processor", async () => {
    const records = await federation.rows(
      'om-burgemeester',
      `SELECT foreign_operation_processor, processing_activity_id, bronhouder FROM processing_log_record
        WHERE name = 'melding nl.ketengraaf.reclassering.voorwaarde.overtreden'`,
    );
    expect(records).toEqual([
      {
        foreign_operation_processor: voorwaarde.organisatie,
        processing_activity_id: 'https://ketengraaf.nl/verwerkingsactiviteiten/om-burgemeester/opdracht-om',
        bronhouder: 'om',
      },
    ]);
  });

  it('shows the officier nothing else, and no one but the officier anything', async () => {
    const others: TokenClaims[] = [
      { org: voorwaarde.organisatie, role: 'toezichthouder', sub: voorwaarde.toezichthouder_gebruiker },
      { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-0363' },
      { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nzc-0363' },
      { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught' },
    ];
    for (const caller of others) {
      expect(await bijOm(caller, voorwaarde.justitiabele_id)).toEqual({
        meldingen: null,
        codes: ['ACCESS_DENIED'],
      });
    }
    // An unknown person answers like any other: an empty list for the officier, no oracle for others.
    expect(await bijOm(OFFICIER, 'SKN-ONBEKEND')).toEqual({ meldingen: [], codes: undefined });
  });

  it('refuses, and records, an overtreding or advies sent by anyone but a reclassering organisation', async () => {
    for (const org of ['dji:PI-VUGHT', 'gemeente:0363', 'burgemeester:0363']) {
      expect(await postMelding('om-burgemeester', org, 'nl.ketengraaf.reclassering.voorwaarde.overtreden', 'om')).toBe(
        403,
      );
      expect(await postMelding('om-burgemeester', org, 'nl.ketengraaf.reclassering.advies.uitgebracht', 'om')).toBe(
        403,
      );
    }
    const denials = await federation.rows<{ bronhouder: string; requested_grounds: string[] }>(
      'om-burgemeester',
      `SELECT bronhouder, requested_grounds FROM access_decision
        WHERE resource LIKE 'Melding nl.ketengraaf.reclassering.%' AND decision = 'DENY' ORDER BY bronhouder`,
    );
    expect(denials).toHaveLength(6);
    expect(new Set(denials.map((denial) => denial.bronhouder))).toEqual(
      new Set(['dji:PI-VUGHT', 'gemeente:0363', 'burgemeester:0363']),
    );
    expect(denials.every((denial) => denial.requested_grounds[0] === 'OPDRACHT_OM')).toBe(true);
    expect(
      await federation.rows(
        'om-burgemeester',
        `SELECT 1 FROM om.reclasseringsmelding WHERE justitiabele_id = 'SKN-ONBEKEND'`,
      ),
    ).toEqual([]);
  });
});

describe('reclassering → OM: the advies OM asked for (seed 004 l. 16–24)', () => {
  const registreer = (justitiabeleId: string, opdrachtgever: string) =>
    federation.ask(
      federation.stack.subgraphUrls.reclassering,
      { org: 'reclassering:SVG', role: 'adviseur', sub: 'adv-svg' },
      `mutation ($input: AdviesInput!) { registreerAdvies(input: $input) { id } }`,
      {
        input: {
          justitiabeleId,
          organisatie: 'reclassering:SVG',
          opdrachtgever,
          datum: '2026-04-02',
          geadviseerdeVoorwaarden: [{ type: 'MELDPLICHT', toelichting: 'Wekelijks melden.' }],
          zienswijzeBurgemeesterMeegewogen: false,
          slachtofferbelangenMeegewogen: true,
          slachtofferbelangenToelichting: 'Geen slachtoffer in de omgeving.',
        },
      },
    );

  it('arrives at OM as an ADVIES naming the advies, and only what OM asked for goes to OM', async () => {
    const [zaak] = await federation.rows<{ id: string; justitiabele_id: string }>(
      'om-burgemeester',
      'SELECT id, justitiabele_id FROM om.strafzaak ORDER BY id DESC LIMIT 1',
    );
    if (!zaak) throw new Error('The demo data has no strafzaak.');
    const gevraagd = await federation.ask(
      federation.stack.gatewayUrl,
      OFFICIER,
      `mutation ($input: OpdrachtTotAdviesInput!) { geefOpdrachtTotAdvies(input: $input) { id } }`,
      { input: { zaakId: zaak.id, organisatie: 'reclassering:SVG', datum: '2026-04-01', vraag: 'Advies over de VI.' } },
    );
    expect(gevraagd.errors).toBeUndefined();
    await eventually(
      async () =>
        (await federation.rows('reclassering', `SELECT 1 FROM melding_inbox WHERE ontvanger = 'reclassering:SVG'`))
          .length > 0,
      10_000,
      'the opdracht at SVG',
    );
    const registered = await registreer(zaak.justitiabele_id, 'om');
    expect(registered.errors).toBeUndefined();
    const adviesId = (registered.data?.['registreerAdvies'] as { id: string }).id;
    await eventually(
      async () =>
        ((await bijOm(OFFICIER, zaak.justitiabele_id)).meldingen ?? []).some(
          (melding) => (melding as { referentie: string }).referentie === `advies/${adviesId}`,
        ),
      10_000,
      'the advies at OM',
    );
    expect((await bijOm(OFFICIER, zaak.justitiabele_id)).meldingen).toContainEqual({
      soort: 'ADVIES',
      organisatie: 'reclassering:SVG',
      datum: '2026-04-02',
      referentie: `advies/${adviesId}`,
    });
  });

  it('refuses, and records, an advies OM did not ask that organisation for: OM keeps nothing of it', async () => {
    const registered = await registreer('SKN-ADVIES-ONGEVRAAGD', 'om');
    expect(registered.errors).toBeUndefined();
    const adviesId = (registered.data?.['registreerAdvies'] as { id: string }).id;
    await eventually(
      async () =>
        (
          await federation.rows<{ status: string }>(
            'reclassering',
            `SELECT status FROM melding_outbox WHERE subject = $1`,
            [`advies/${adviesId}`],
          )
        )[0]?.status === 'ONBESTELBAAR',
      10_000,
      'the refused advies a dead letter at the reclassering',
    );
    expect((await bijOm(OFFICIER, 'SKN-ADVIES-ONGEVRAAGD')).meldingen).toEqual([]);
    expect(
      await federation.rows(
        'om-burgemeester',
        `SELECT decision, policy, bronhouder FROM access_decision
          WHERE resource = 'Melding nl.ketengraaf.reclassering.advies.uitgebracht' AND bronhouder = 'reclassering:SVG'`,
      ),
    ).toEqual([{ decision: 'DENY', policy: 'no-legal-ground', bronhouder: 'reclassering:SVG' }]);
  });
});

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
    ).toEqual(
      // SVG's is the opdracht of the advies test above.
      ['reclassering:LJ&R', 'reclassering:SVG'].map((bronhouder) => ({
        foreign_operation_processor: 'om',
        processing_activity_id: 'https://ketengraaf.nl/verwerkingsactiviteiten/reclassering/opdracht-om',
        bronhouder,
      })),
    );
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
      expect(await postMelding('reclassering', org, 'nl.ketengraaf.om.advies.gevraagd', 'reclassering:LJ&R')).toBe(403);
    }
    const denials = await federation.rows<{ bronhouder: string }>(
      'reclassering',
      `SELECT bronhouder FROM access_decision
        WHERE resource = 'Melding nl.ketengraaf.om.advies.gevraagd' AND decision = 'DENY' ORDER BY bronhouder`,
    );
    expect(denials.map((denial) => denial.bronhouder)).toEqual([
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
    expect(await postMelding('reclassering', 'gemeente:0363', VERVROEGD, 'reclassering:RN')).toBe(403);
    expect(await postMelding('reclassering', 'burgemeester:0363', VERVROEGD, 'reclassering:RN')).toBe(403);
  });
});

describe('Justid → burgemeester: the BIJ-melding through the inbox (art. 11a Bjsg, seed 002 l. 617–625)', () => {
  const BIJ = 'nl.ketengraaf.justid.bij-melding.verzonden';
  const EVENT_ID = '6f1c2b9e-0c1d-4b8e-9a57-5d0e6b3a1c01';
  const OOV_0363: TokenClaims = { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-0363' };
  const bijMelding = (overrides: Record<string, unknown> = {}) => ({
    justitiabeleId: 'SKN-BIJ-1',
    soort: 'TERUGKEER',
    terugkeerdatum: '2027-03-01',
    terugkeergemeente: '0363',
    delictcategorie: 'ZEDEN',
    grondslag: 'VEROORDELING',
    onherroepelijk: true,
    gemeenteNeemtDeel: true,
    ...overrides,
  });
  const stuur = (org: string, ontvanger: string, data: Record<string, unknown>, id?: string) =>
    deliver('om-burgemeester', org, BIJ, ontvanger, { ...(id ? { id } : {}), subject: 'bij-melding/test', data });
  const werkvoorraad = async (caller: TokenClaims) => {
    const response = await federation.ask(
      federation.stack.subgraphUrls['om-burgemeester'],
      caller,
      `{ bijWerkvoorraad(first: 100) { edges { node { kenmerk terugkeerdatum delictcategorie justitiabele { id } } } } }`,
    );
    const edges = (response.data?.['bijWerkvoorraad'] as { edges: { node: { kenmerk: string } }[] } | null)?.edges;
    return edges?.map((edge) => edge.node).filter((node) => node.kenmerk === EVENT_ID) ?? null;
  };
  const kept = () =>
    federation.rows<{ kenmerk: string }>(
      'om-burgemeester',
      `SELECT kenmerk FROM burgemeester.bij_melding WHERE justitiabele_id = 'SKN-BIJ-1'`,
    );

  it('is kept for the OOV-adviseur of the terugkeergemeente, with Justid’s event id as its kenmerk', async () => {
    expect(await stuur('justid', 'burgemeester:0363', bijMelding(), EVENT_ID)).toEqual({
      status: 200,
      body: { id: EVENT_ID, status: 'ONTVANGEN', herhaald: false },
    });
    expect(await werkvoorraad(OOV_0363)).toEqual([
      { kenmerk: EVENT_ID, terugkeerdatum: '2027-03-01', delictcategorie: 'ZEDEN', justitiabele: { id: 'SKN-BIJ-1' } },
    ]);
    expect(
      await federation.rows(
        'om-burgemeester',
        `SELECT foreign_operation_processor, processing_activity_id, bronhouder FROM processing_log_record
          WHERE name = 'melding ${BIJ}'`,
      ),
    ).toEqual([
      {
        foreign_operation_processor: 'justid',
        processing_activity_id: 'https://ketengraaf.nl/verwerkingsactiviteiten/om-burgemeester/art-11a-bjsg',
        bronhouder: 'burgemeester:0363',
      },
    ]);
  });

  it('is kept once, whether delivered again or also through the mutation: one command serves both paths', async () => {
    expect((await stuur('justid', 'burgemeester:0363', bijMelding(), EVENT_ID)).body).toEqual({
      id: EVENT_ID,
      status: 'ONTVANGEN',
      herhaald: true,
    });
    const viaMutation = await federation.ask(
      federation.stack.subgraphUrls['om-burgemeester'],
      { org: 'justid', role: 'bij-medewerker', sub: 'justid-1' },
      `mutation ($input: BijMeldingInput!) { ontvangBijMelding(input: $input) { kenmerk nieuw } }`,
      { input: { ...bijMelding(), kenmerk: EVENT_ID, ontvangenOp: '2026-11-01' } },
    );
    expect(viaMutation.data?.['ontvangBijMelding']).toEqual({ kenmerk: EVENT_ID, nieuw: false });
    expect(await kept()).toEqual([{ kenmerk: EVENT_ID }]);
  });

  it('shows another burgemeester, OM and the gemeente nothing of it', async () => {
    expect(await werkvoorraad({ org: 'burgemeester:0599', role: 'oov-adviseur', sub: 'oov-0599' })).toEqual([]);
    expect(await werkvoorraad(OFFICIER)).toBeNull();
    expect(await werkvoorraad({ org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nzc-0363' })).toBeNull();
  });

  it('refuses, and records, a BIJ-melding from anyone but Justid', async () => {
    for (const org of ['dji:PI-VUGHT', 'om', 'gemeente:0363']) {
      expect((await stuur(org, 'burgemeester:0363', bijMelding({ justitiabeleId: 'SKN-BIJ-2' }))).status).toBe(403);
    }
    const denials = await federation.rows<{ bronhouder: string }>(
      'om-burgemeester',
      `SELECT bronhouder FROM access_decision WHERE resource = 'Melding ${BIJ}' AND decision = 'DENY' ORDER BY bronhouder`,
    );
    expect(denials.map((denial) => denial.bronhouder)).toEqual(['dji:PI-VUGHT', 'gemeente:0363', 'om']);
  });

  it('refuses a melding for another burgemeester than that of its terugkeergemeente, or outside the BIJ target group', async () => {
    const naarAnder = await stuur('justid', 'burgemeester:0599', bijMelding({ justitiabeleId: 'SKN-BIJ-3' }));
    expect(naarAnder.status).toBe(400);
    const buitenDoelgroep = await stuur(
      'justid',
      'burgemeester:0363',
      bijMelding({ justitiabeleId: 'SKN-BIJ-3', onherroepelijk: false }),
    );
    expect(buitenDoelgroep).toEqual({
      status: 400,
      body: { errors: [{ message: expect.stringContaining('irrevocable'), extensions: { code: 'INVALID_MELDING' } }] },
    });
    expect(
      await federation.rows(
        'om-burgemeester',
        `SELECT 1 FROM burgemeester.bij_melding WHERE justitiabele_id = 'SKN-BIJ-3'`,
      ),
    ).toEqual([]);
  });
});

describe('burgemeester → OM: a zienswijze sent, through the outbox to the inbox of the same deployment (seed 004 l. 24–30)', () => {
  const OOV_0363: TokenClaims = { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-0363' };
  const PERSOON = 'SKN-ZIENSWIJZE-1';
  let zienswijzeId: string;

  const zienswijzen = async (caller: TokenClaims) => {
    const response = await federation.ask(
      federation.stack.subgraphUrls['om-burgemeester'],
      caller,
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Justitiabele { zienswijzen { id ontvangenDoorOmOp } } } }`,
      { representations: [{ __typename: 'Justitiabele', id: PERSOON }] },
    );
    const [entity] =
      (response.data?.['_entities'] as { zienswijzen: { ontvangenDoorOmOp: string | null }[] | null }[] | undefined) ??
      [];
    return entity?.zienswijzen ?? null;
  };

  beforeAll(async () => {
    const om = federation.stack.subgraphUrls['om-burgemeester'];
    const given = await federation.ask(
      om,
      OOV_0363,
      `mutation ($input: ZienswijzeInput!) { geefZienswijze(input: $input) { id versie } }`,
      {
        input: {
          justitiabeleId: PERSOON,
          datum: '2026-05-10',
          tekst: 'Geen terugkeer in de wijk van het slachtoffer.',
        },
      },
    );
    expect(given.errors).toBeUndefined();
    const { id, versie } = given.data?.['geefZienswijze'] as { id: string; versie: number };
    zienswijzeId = id;
    const sent = await federation.ask(
      om,
      OOV_0363,
      `mutation ($input: StuurNaarOmInput!) { stuurNaarOm(input: $input) { __typename } }`,
      { input: { stuk: 'ZIENSWIJZE', id, verwachteVersie: versie, verzondenOp: '2026-05-11' } },
    );
    expect(sent.errors).toBeUndefined();
  });

  it('arrives in OM’s inbox as a melding from the burgemeester, and both see when OM received it', async () => {
    await eventually(
      async () => (await zienswijzen(OFFICIER))?.[0]?.ontvangenDoorOmOp != null,
      10_000,
      'the zienswijze received by OM',
    );
    expect(await zienswijzen(OFFICIER)).toEqual([{ id: zienswijzeId, ontvangenDoorOmOp: expect.any(String) }]);
    expect(await zienswijzen(OOV_0363)).toEqual([{ id: zienswijzeId, ontvangenDoorOmOp: expect.any(String) }]);
    expect(
      await federation.rows(
        'om-burgemeester',
        `SELECT o.afzender, o.ontvanger, o.status, r.burgemeester, r.referentie
           FROM melding_outbox o JOIN om.ontvangen_stuk r ON r.referentie = o.subject WHERE o.subject = $1`,
        [`zienswijze/${zienswijzeId}`],
      ),
    ).toEqual([
      {
        afzender: 'burgemeester:0363',
        ontvanger: 'om',
        status: 'AFGELEVERD',
        burgemeester: 'burgemeester:0363',
        referentie: `zienswijze/${zienswijzeId}`,
      },
    ]);
  });

  it('keeps at OM only the reference, and logs the receipt as OM’s, with the burgemeester as processor', async () => {
    const [row] = await federation.rows<{ data: Record<string, unknown> }>(
      'om-burgemeester',
      `SELECT data FROM melding_inbox WHERE subject = $1`,
      [`zienswijze/${zienswijzeId}`],
    );
    // No tekst, no gebiedsverbod: OM reads the zienswijze on the burgemeester's record.
    expect(row?.data).toEqual({ justitiabeleId: PERSOON, verzondenOp: '2026-05-11' });
    expect(
      await federation.rows(
        'om-burgemeester',
        `SELECT foreign_operation_processor, processing_activity_id, bronhouder FROM processing_log_record
          WHERE name = 'melding nl.ketengraaf.burgemeester.zienswijze.verzonden'`,
      ),
    ).toEqual([
      {
        foreign_operation_processor: 'burgemeester:0363',
        processing_activity_id: 'https://ketengraaf.nl/verwerkingsactiviteiten/om-burgemeester/eigen-taak',
        bronhouder: 'om',
      },
    ]);
  });

  it('shows another burgemeester nothing, and refuses, and records, a zienswijze sent by anyone but a burgemeester', async () => {
    expect(await zienswijzen({ org: 'burgemeester:0599', role: 'oov-adviseur', sub: 'oov-0599' })).toBeNull();
    for (const org of ['reclassering:RN', 'gemeente:0363']) {
      expect(await postMelding('om-burgemeester', org, 'nl.ketengraaf.burgemeester.zienswijze.verzonden', 'om')).toBe(
        403,
      );
    }
    const denials = await federation.rows<{ bronhouder: string }>(
      'om-burgemeester',
      `SELECT bronhouder FROM access_decision
        WHERE resource = 'Melding nl.ketengraaf.burgemeester.zienswijze.verzonden' AND decision = 'DENY' ORDER BY bronhouder`,
    );
    expect(denials.map((denial) => denial.bronhouder)).toEqual(['gemeente:0363', 'reclassering:RN']);
  });

  it('lets no other burgemeester claim the receipt of a document it did not make', async () => {
    const claimed = await deliver(
      'om-burgemeester',
      'burgemeester:0599',
      'nl.ketengraaf.burgemeester.zienswijze.verzonden',
      'om',
      {
        subject: `zienswijze/${zienswijzeId}`,
        data: { justitiabeleId: PERSOON, verzondenOp: '2026-05-12' },
      },
    );
    // A document it did not make, or none at all: refused and recorded like a type it may not send.
    expect(claimed.status).toBe(403);
    const madeUp = await deliver(
      'om-burgemeester',
      'burgemeester:0599',
      'nl.ketengraaf.burgemeester.omgevingsanalyse.verzonden',
      'om',
      {
        subject: 'omgevingsanalyse/7d3c1f0e-0000-4000-8000-000000000000',
        data: { justitiabeleId: PERSOON, verzondenOp: '2026-05-12' },
      },
    );
    expect(madeUp.status).toBe(403);
    expect(
      await federation.rows('om-burgemeester', `SELECT burgemeester FROM om.ontvangen_stuk WHERE referentie = $1`, [
        `zienswijze/${zienswijzeId}`,
      ]),
    ).toEqual([{ burgemeester: 'burgemeester:0363' }]);
    expect(
      await federation.rows(
        'om-burgemeester',
        `SELECT resource FROM access_decision
          WHERE decision = 'DENY' AND bronhouder = 'burgemeester:0599' AND resource LIKE 'Melding %' ORDER BY resource`,
      ),
    ).toEqual([
      { resource: 'Melding nl.ketengraaf.burgemeester.omgevingsanalyse.verzonden' },
      { resource: 'Melding nl.ketengraaf.burgemeester.zienswijze.verzonden' },
    ]);
  });
});
