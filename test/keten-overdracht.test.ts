import { codes, gatewayOf, nazorg } from './keten-fixtures';
import {
  dossierLookup,
  HERKOMST,
  NIEUWE,
  PERSOON,
  registreerPersoon,
  VORIGE,
  WIJZIG,
} from './keten-terugkeergemeente-fixtures';
import { eventually } from './meldingen-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';
import { CASEMANAGER } from './werkstroom-fixtures';

/** The chain's changes (issue 12 point 5): the former gemeente of return's handover to the new one. */
let federation: TestStack;

const gateway = gatewayOf(() => federation);
const dossierOf = dossierLookup(() => federation);
const { bsn } = PERSOON;

// The gemeente of return changed, both gemeenten told: the former one is to hand over.
beforeAll(async () => {
  federation = await startTestStack('keten_overdracht');
  const { verblijfId, versie } = await registreerPersoon(() => federation);
  const changed = await gateway(CASEMANAGER, WIJZIG, {
    input: {
      verblijfId,
      verwachteVersie: versie,
      terugkeer: { soort: 'GEMEENTE', gemeentecode: NIEUWE },
      reden: 'BELANGEN_SLACHTOFFERS',
      datum: '2026-05-01',
    },
  });
  expect(changed.errors).toBeUndefined();
  await eventually(async () => (await dossierOf(NIEUWE, 'AANGEMELD', bsn)) !== undefined, 10_000, 'new dossier');
  await eventually(
    async () => (await dossierOf(VORIGE, 'AANGEMELD', bsn))?.overdrachtAan === NIEUWE,
    10_000,
    'the former dossier told',
  );
});

afterAll(() => federation.stop());

// A dossier opens on the day its melding arrives: it is handed over that day.
const OVERDRACHTSDAG = new Date().toISOString().slice(0, 10);

describe('the handover from the former gemeente of return to the new one', () => {
  it('is refused to a gemeente DJI did not name anyone to hand over to', async () => {
    const herkomst = await dossierOf(HERKOMST, 'AANGEMELD', bsn);
    const refused = await gateway(nazorg(HERKOMST), OVERDRACHT, {
      input: { dossierId: herkomst?.id, verwachteVersie: herkomst?.versie, datum: OVERDRACHTSDAG },
    });
    expect(codes(refused)).toEqual(['INVALID_STATE']);
  });

  it("is refused to another gemeente's nazorgcoördinator", async () => {
    const vorige = await dossierOf(VORIGE, 'AANGEMELD', bsn);
    const refused = await gateway(nazorg(NIEUWE), OVERDRACHT, {
      input: { dossierId: vorige?.id, verwachteVersie: vorige?.versie, datum: OVERDRACHTSDAG },
    });
    expect(codes(refused)).toEqual(['ACCESS_DENIED']);
  });

  it('closes the former dossier as OVERGEDRAGEN and the new gemeente keeps what the handover says', async () => {
    const before = await dossierOf(VORIGE, 'AANGEMELD', bsn);
    const onderdak = await gateway(nazorg(VORIGE), WERK_BIJ, {
      input: {
        dossierId: before?.id,
        verwachteVersie: before?.versie,
        onderdak: { type: 'BIJ_FAMILIE_OF_VRIENDEN', per: '2026-12-15' },
      },
    });
    expect(onderdak.errors).toBeUndefined();
    const vorige = await dossierOf(VORIGE, 'AANGEMELD', bsn);
    const handed = await gateway(nazorg(VORIGE), OVERDRACHT, {
      input: { dossierId: vorige?.id, verwachteVersie: vorige?.versie, datum: OVERDRACHTSDAG },
    });
    expect(handed.errors).toBeUndefined();
    expect(handed.data?.['draagNazorgdossierOver']).toEqual({ status: 'OVERGEDRAGEN', geslotenOp: OVERDRACHTSDAG });

    await eventually(
      async () => (await dossierOf(NIEUWE, 'AANGEMELD', bsn))?.overgedragenDoor === `gemeente:${VORIGE}`,
      10_000,
      'the handover',
    );
    expect(await dossierOf(NIEUWE, 'AANGEMELD', bsn)).toMatchObject({
      overgedragenDoor: `gemeente:${VORIGE}`,
      overgedragenOp: OVERDRACHTSDAG,
      basisvoorwaarden: { onderdak: { type: 'BIJ_FAMILIE_OF_VRIENDEN', per: '2026-12-15' } },
    });
    expect(await dossierOf(VORIGE, 'OVERGEDRAGEN', bsn)).toMatchObject({ geslotenOp: OVERDRACHTSDAG });

    const again = await gateway(nazorg(VORIGE), OVERDRACHT, {
      input: { dossierId: vorige?.id, verwachteVersie: (vorige?.versie ?? 0) + 1, datum: OVERDRACHTSDAG },
    });
    expect(codes(again)).toEqual(['INVALID_STATE']);
  });

  it("keeps each gemeente out of the other's dossier, and the handover in the receiver's log", async () => {
    const nieuwe = await dossierOf(NIEUWE, 'AANGEMELD', bsn);
    const vorige = await dossierOf(VORIGE, 'OVERGEDRAGEN', bsn);
    const asVorige = await gateway(nazorg(VORIGE), `{ nazorgdossier(id: "${nieuwe?.id}") { status } }`);
    expect(asVorige.data?.['nazorgdossier']).toBeNull();
    expect(codes(asVorige)).toEqual(['ACCESS_DENIED']);
    const asNieuwe = await gateway(nazorg(NIEUWE), `{ nazorgdossier(id: "${vorige?.id}") { status } }`);
    expect(asNieuwe.data?.['nazorgdossier']).toBeNull();
    expect(codes(asNieuwe)).toEqual(['ACCESS_DENIED']);
    const receipts = await federation.rows<{
      foreign_operation_processor: string;
      bronhouder: string;
      processing_activity_id: string;
    }>(
      'gemeente',
      `SELECT foreign_operation_processor, bronhouder, processing_activity_id FROM processing_log_record WHERE name = 'melding nl.ketengraaf.gemeente.nazorgdossier.overgedragen'`,
    );
    expect(receipts).toEqual([
      {
        foreign_operation_processor: `gemeente:${VORIGE}`,
        bronhouder: `gemeente:${NIEUWE}`,
        processing_activity_id: 'https://ketengraaf.nl/verwerkingsactiviteiten/gemeente/art-18a-pbw',
      },
    ]);
  });
});

const OVERDRACHT = /* GraphQL */ `
  mutation ($input: OverdrachtInput!) {
    draagNazorgdossierOver(input: $input) {
      status
      geslotenOp
    }
  }
`;

const WERK_BIJ = /* GraphQL */ `
  mutation ($input: BasisvoorwaardenInput!) {
    werkBasisvoorwaardenBij(input: $input) {
      versie
    }
  }
`;
