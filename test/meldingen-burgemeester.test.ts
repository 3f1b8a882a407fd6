import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { eventually } from './meldingen-fixtures';
import { deliver, OFFICIER, postMelding, refusedSenders } from './meldingen-om-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/** The burgemeester's meldingen: Justid's BIJ-melding through the inbox, and a zienswijze sent to OM (seed 002, seed 004). */
let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('mld_bgm');
});

afterAll(() => federation.stop());

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
    deliver(federation, 'om-burgemeester', org, BIJ, ontvanger, {
      ...(id ? { id } : {}),
      subject: 'bij-melding/test',
      data,
    });
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
    expect(await refusedSenders(federation, 'om-burgemeester', BIJ)).toEqual(['dji:PI-VUGHT', 'gemeente:0363', 'om']);
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
      expect(
        await postMelding(federation, 'om-burgemeester', org, 'nl.ketengraaf.burgemeester.zienswijze.verzonden', 'om'),
      ).toBe(403);
    }
    expect(
      await refusedSenders(federation, 'om-burgemeester', 'nl.ketengraaf.burgemeester.zienswijze.verzonden'),
    ).toEqual(['gemeente:0363', 'reclassering:RN']);
  });

  it('lets no other burgemeester claim the receipt of a document it did not make', async () => {
    const claimed = await deliver(
      federation,
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
      federation,
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
