import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { eventually } from './meldingen-fixtures';
import { bijOm, eenVoorwaarde, OFFICIER, postMelding } from './meldingen-om-fixtures';
import type { Voorwaarde } from './meldingen-om-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/** The reclassering tells OM of an overtreding and of an advies OM asked for (seed 004, on OM's opdracht). */
let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('mld_om');
});

afterAll(() => federation.stop());

describe('reclassering → OM: an overtreding (seed 004 l. 148–152, on OM’s opdracht)', () => {
  let voorwaarde: Voorwaarde;
  let nalevingId: string;

  beforeAll(async () => {
    voorwaarde = await eenVoorwaarde(federation);
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
      async () => ((await bijOm(federation, OFFICIER, voorwaarde.justitiabele_id)).meldingen ?? []).length > 0,
      10_000,
      'the overtreding at OM',
    );
    expect(ms).toBeLessThan(10_000);
    expect(await bijOm(federation, OFFICIER, voorwaarde.justitiabele_id)).toEqual({
      meldingen: [expected],
      codes: undefined,
    });

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
      expect(await bijOm(federation, caller, voorwaarde.justitiabele_id)).toEqual({
        meldingen: null,
        codes: ['ACCESS_DENIED'],
      });
    }
    // An unknown person answers like any other: an empty list for the officier, no oracle for others.
    expect(await bijOm(federation, OFFICIER, 'SKN-ONBEKEND')).toEqual({ meldingen: [], codes: undefined });
  });

  it('refuses, and records, an overtreding or advies sent by anyone but a reclassering organisation', async () => {
    for (const org of ['dji:PI-VUGHT', 'gemeente:0363', 'burgemeester:0363']) {
      expect(
        await postMelding(federation, 'om-burgemeester', org, 'nl.ketengraaf.reclassering.voorwaarde.overtreden', 'om'),
      ).toBe(403);
      expect(
        await postMelding(federation, 'om-burgemeester', org, 'nl.ketengraaf.reclassering.advies.uitgebracht', 'om'),
      ).toBe(403);
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
        ((await bijOm(federation, OFFICIER, zaak.justitiabele_id)).meldingen ?? []).some(
          (melding) => (melding as { referentie: string }).referentie === `advies/${adviesId}`,
        ),
      10_000,
      'the advies at OM',
    );
    expect((await bijOm(federation, OFFICIER, zaak.justitiabele_id)).meldingen).toContainEqual({
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
    expect((await bijOm(federation, OFFICIER, 'SKN-ADVIES-ONGEVRAAGD')).meldingen).toEqual([]);
    expect(
      await federation.rows(
        'om-burgemeester',
        `SELECT decision, policy, bronhouder FROM access_decision
          WHERE resource = 'Melding nl.ketengraaf.reclassering.advies.uitgebracht' AND bronhouder = 'reclassering:SVG'`,
      ),
    ).toEqual([{ decision: 'DENY', policy: 'no-legal-ground', bronhouder: 'reclassering:SVG' }]);
  });
});
