import { CloudEvent, HTTP } from 'cloudevents';

import { nazorg } from './keten-fixtures';
import { DOSSIERS, djiMeldingen } from './meldingen-dji-fixtures';
import { testBsn } from './meldingen-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * DJI's meldingen on the gemeenten's dossiers after the begin of detention: a changed expected end and
 * the uitstroom (art. 51c WJSG) kept on the dossiers of the gemeenten of origin and return; a gemeente
 * taking up the dossier a melding made AANGEMELD; and DJI's types refused from anyone but DJI.
 */
let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('mld_dji_dossier');
});

afterAll(() => federation.stop());

const { dossiers, dossierWhen, dji, registreer, outboxOf, neemOp } = djiMeldingen(() => federation);

describe('DJI → gemeenten: changed expected end and uitstroom (art. 51c WJSG)', () => {
  const bsn = testBsn(101);
  let verblijf: { id: string; versie: number };

  beforeAll(async () => {
    verblijf = await registreer(101, '0599', '0363');
    await dossierWhen('0363', bsn, () => true);
    await dossierWhen('0599', bsn, () => true);
  });

  it("keeps the changed expected end on the AANGEMELD dossiers of the gemeenten of origin and return, with DJI's reference", async () => {
    const data = await dji(
      `mutation ($input: VerwachteUitstroomInput!) { wijzigVerwachteUitstroom(input: $input) { versie } }`,
      {
        input: {
          verblijfId: verblijf.id,
          verwachteVersie: verblijf.versie,
          verwachteUitstroomdatum: '2026-10-01',
          viDatum: null,
        },
      },
    );
    verblijf.versie = (data['wijzigVerwachteUitstroom'] as { versie: number }).versie;
    for (const code of ['0363', '0599']) {
      const dossier = await dossierWhen(code, bsn, (candidate) => candidate.gemeldeVerwachteUitstroomdatum !== null);
      expect(dossier).toMatchObject({
        status: 'AANGEMELD',
        gemeldeVerwachteUitstroomdatum: '2026-10-01',
        gemeldeUitstroomdatum: null,
        detentieReferentie: `verblijf/${verblijf.id}`,
      });
    }
  });

  it('keeps the uitstroomdatum, and the receipt is in the processing log of the gemeente that owns the dossier', async () => {
    await dji(`mutation ($input: UitstroomInput!) { registreerUitstroom(input: $input) { id } }`, {
      input: { verblijfId: verblijf.id, verwachteVersie: verblijf.versie, uitstroomdatum: '2026-09-20' },
    });
    for (const code of ['0363', '0599']) {
      const dossier = await dossierWhen(code, bsn, (candidate) => candidate.gemeldeUitstroomdatum !== null);
      expect(dossier.gemeldeUitstroomdatum).toBe('2026-09-20');
    }
    const receipts = await federation.rows<{
      processing_activity_id: string;
      foreign_operation_processor: string;
      bronhouder: string;
    }>(
      'gemeente',
      `SELECT processing_activity_id, foreign_operation_processor, bronhouder FROM processing_log_record
        WHERE name = 'melding nl.ketengraaf.dji.detentie.beeindigd' ORDER BY bronhouder`,
    );
    expect(receipts).toEqual(
      ['gemeente:0363', 'gemeente:0599'].map((bronhouder) => ({
        processing_activity_id: 'https://ketengraaf.nl/verwerkingsactiviteiten/gemeente/art-51c-wjsg',
        foreign_operation_processor: 'dji:PI-VUGHT',
        bronhouder,
      })),
    );
    expect(await outboxOf(bsn)).toEqual(
      expect.arrayContaining(
        ['0363', '0599'].map((code) => ({
          type: 'nl.ketengraaf.dji.detentie.beeindigd',
          ontvanger: `gemeente:${code}`,
          grondslag: 'ART_51C_WJSG',
          status: 'AFGELEVERD',
        })),
      ),
    );
  });

  it('tells no gemeente that is neither of origin nor of return, and shows another gemeente nothing of it', async () => {
    expect(new Set((await outboxOf(bsn)).map((row) => row.ontvanger))).toEqual(
      new Set(['gemeente:0363', 'gemeente:0599']),
    );
    const other = await federation.ask(federation.stack.gatewayUrl, nazorg('0518'), DOSSIERS, {
      code: '0518',
      status: 'AANGEMELD',
    });
    expect(JSON.stringify(other.data)).not.toContain(bsn);
    // Another gemeente asking for 0363's list is refused whole.
    const foreign = await federation.ask(federation.stack.gatewayUrl, nazorg('0518'), DOSSIERS, {
      code: '0363',
      status: 'AANGEMELD',
    });
    expect(foreign.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
    expect(JSON.stringify(foreign.data)).not.toContain(bsn);
  });
});

describe('taking up an AANGEMELD dossier', () => {
  const bsn = testBsn(103);

  it('turns the AANGEMELD dossier into OPEN, one dossier per person, keeping what the meldingen said', async () => {
    const verblijf = await registreer(103, '0363', '0363');
    const aangemeld = await dossierWhen('0363', bsn, () => true);
    const opened = await neemOp(
      bsn,
      '{ id status aangemeldDoor geopendOp detentieReferentie nazorgcoordinator { naam } }',
    );
    expect(opened.errors).toBeUndefined();
    expect(opened.data?.['openNazorgdossier']).toEqual({
      id: aangemeld.id,
      status: 'OPEN',
      aangemeldDoor: 'dji:PI-VUGHT',
      geopendOp: aangemeld.geopendOp,
      detentieReferentie: `verblijf/${verblijf.id}`,
      nazorgcoordinator: { naam: 'N. Coördinator' },
    });
    expect(await dossiers('0363', 'AANGEMELD', bsn)).toEqual([]);
    expect((await dossiers('0363', 'OPEN', bsn)).map((dossier) => dossier.id)).toEqual([aangemeld.id]);
    expect(
      await federation.rows('gemeente', `SELECT status FROM nazorgdossier WHERE bsn = $1 AND gemeentecode = '0363'`, [
        bsn,
      ]),
    ).toEqual([{ status: 'OPEN' }]);
  });
});

describe("the gemeente's inbox refuses, and records, DJI's meldingen from anyone else", () => {
  it.each([
    'nl.ketengraaf.dji.detentie.einde-gewijzigd',
    'nl.ketengraaf.dji.detentie.beeindigd',
    'nl.ketengraaf.dji.screening.informatieverzoek',
    'nl.ketengraaf.dji.screening.hulpvragen',
  ])('refuses %s from a reclassering organisation, keeping nothing', async (type) => {
    const token = await federation.issuer.signMachine({ org: 'reclassering:RN', clientId: 'client-rn' });
    const message = HTTP.structured(
      new CloudEvent({
        source: 'https://ketengraaf.nl/organisaties/reclassering/RN',
        type,
        subject: 'verblijf/onbekend',
        ontvanger: 'gemeente:0363',
        datacontenttype: 'application/json',
        data: {
          bsn: testBsn(104),
          rol: 'ONTVANGENDE_GEMEENTE',
          ontvangendeGemeente: '0363',
          uitstroomdatum: '2026-09-01',
        },
      }),
    );
    const response = await fetch(federation.stack.subgraphUrls.gemeente.replace(/\/graphql$/, '/meldingen'), {
      method: 'POST',
      headers: { ...(message.headers as Record<string, string>), authorization: `Bearer ${token}` },
      body: message.body as string,
    });
    expect(response.status).toBe(403);
    expect(
      await federation.rows(
        'gemeente',
        `SELECT decision, policy, bronhouder FROM access_decision WHERE resource = $1`,
        [`Melding ${type}`],
      ),
    ).toContainEqual({ decision: 'DENY', policy: 'no-legal-ground', bronhouder: 'reclassering:RN' });
    expect(await federation.rows('gemeente', `SELECT 1 FROM nazorgdossier WHERE bsn = $1`, [testBsn(104)])).toEqual([]);
  });
});
