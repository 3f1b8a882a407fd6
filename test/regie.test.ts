import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';
import { CASEMANAGER, mutate, personMaker } from './werkstroom-fixtures';
import type { Constructed } from './werkstroom-fixtures';

/** Regie in each phase, through the gateway: DJI's last stay and the gemeente's dossiers. */
const VANDAAG = '2026-11-01';

let federation: TestStack;
const person = personMaker(() => federation, 3_200_000_001);

const UTRECHT: TokenClaims = { org: 'gemeente:0344', role: 'nazorgcoordinator', sub: 'nc-utrecht' };
const AMSTERDAM: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-amsterdam' };

const REGIE = `query ($id: ID!) {
  justitiabele(id: $id) {
    regie { fase casusregie casusregieSinds procesregie procesregieSinds signalen { soort deadline status afgerondOp } }
  }
}`;

async function regieOf(caller: TokenClaims, id: string) {
  const response = await federation.ask(federation.stack.gatewayUrl, caller, REGIE, { id });
  return { errors: response.errors, regie: (response.data?.['justitiabele'] as { regie: unknown } | null)?.regie };
}

/** A gemeente's dossier on the person, notified by PI Vught; procesregie with the gemeente unless a ZVH is named. */
async function dossier(
  caller: TokenClaims,
  of: Constructed,
  zvhNaam?: string,
): Promise<{ id: string; versie: number }> {
  const gemeentecode = caller.org.slice('gemeente:'.length);
  const opened = await mutate(
    federation,
    caller,
    `mutation ($input: NazorgdossierInput!) { openNazorgdossier(input: $input) { id versie } }`,
    {
      gemeentecode,
      bsn: of.bsn,
      rol: 'ONTVANGENDE_GEMEENTE',
      ontvangendeGemeente: gemeentecode,
      aangemeldDoor: 'dji:PI-VUGHT',
      nazorgcoordinator: { naam: 'N. Coördinator', email: 'nc@gemeente.example.nl' },
      procesregie: zvhNaam ? 'ZORG_EN_VEILIGHEIDSHUIS' : 'GEMEENTE',
      zvhBetrokken: Boolean(zvhNaam),
      zvhNaam: zvhNaam ?? null,
      geopendOp: '2026-09-01',
    },
  );
  return opened['openNazorgdossier'] as { id: string; versie: number };
}

async function uitstroom(of: Constructed, uitstroomdatum: string, viDatum: string | null = null): Promise<void> {
  const versie = async () => {
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      CASEMANAGER,
      `query ($id: ID!) { verblijf(id: $id) { versie } }`,
      { id: of.verblijfId },
    );
    return (response.data?.['verblijf'] as { versie: number }).versie;
  };
  if (viDatum) {
    await mutate(
      federation,
      CASEMANAGER,
      `mutation ($input: VerwachteUitstroomInput!) { wijzigVerwachteUitstroom(input: $input) { id } }`,
      { verblijfId: of.verblijfId, verwachteVersie: await versie(), verwachteUitstroomdatum: uitstroomdatum, viDatum },
    );
  }
  await mutate(
    federation,
    CASEMANAGER,
    `mutation ($input: UitstroomInput!) { registreerUitstroom(input: $input) { id } }`,
    { verblijfId: of.verblijfId, verwachteVersie: await versie(), uitstroomdatum },
  );
}

let gedetineerd: Constructed;
let metKader: Constructed;
let zonderKader: Constructed;
let niemand: Constructed;
let tweeGemeenten: Constructed;

beforeAll(async () => {
  // No meldingen are delivered here: a gemeente keeps only the dossiers these tests open (DJI's
  // melding of a detention would open one for the gemeente of origin; see meldingen-detentie).
  federation = await startTestStack('regie', { vandaag: VANDAAG, dispatch: false });
  const stay = { instroomdatum: '2026-03-01', verwachteUitstroomdatum: '2027-03-01' };

  gedetineerd = await person(stay);
  await dossier(UTRECHT, gedetineerd);

  metKader = await person(stay);
  await dossier(UTRECHT, metKader);
  await uitstroom(metKader, '2026-10-01', '2026-10-01');

  zonderKader = await person(stay);
  await dossier(UTRECHT, zonderKader, 'Zorg- en Veiligheidshuis Utrecht');
  await uitstroom(zonderKader, '2026-10-01');

  niemand = await person(stay);
  const gesloten = await dossier(UTRECHT, niemand);
  await mutate(federation, UTRECHT, `mutation ($input: SluitingInput!) { sluitNazorgdossier(input: $input) { id } }`, {
    dossierId: gesloten.id,
    verwachteVersie: gesloten.versie,
    geslotenOp: '2026-09-20',
  });
  await uitstroom(niemand, '2026-10-01');

  tweeGemeenten = await person({ ...stay, herkomst: '0363', terugkeer: '0344' });
  await dossier(UTRECHT, tweeGemeenten);
  await dossier(AMSTERDAM, tweeGemeenten);
  await uitstroom(tweeGemeenten, '2026-10-01');
}, 180_000);

afterAll(() => federation.stop());

describe('regie in each phase', () => {
  it('lies with DJI during detention, procesregie with the gemeente throughout', async () => {
    const { errors, regie } = await regieOf(UTRECHT, gedetineerd.id);
    expect(errors).toBeUndefined();
    expect(regie).toEqual({
      fase: 'DETENTIE',
      casusregie: 'dji',
      casusregieSinds: '2026-03-01',
      procesregie: 'gemeente:0344',
      procesregieSinds: '2026-09-01',
      signalen: [],
    });
  });

  it('passes to the reclassering at uitstroom where a justitieel kader (VI) applies', async () => {
    const { regie } = await regieOf(UTRECHT, metKader.id);
    expect(regie).toEqual({
      fase: 'NA_UITSTROOM',
      casusregie: 'reclassering',
      casusregieSinds: '2026-10-01',
      procesregie: 'gemeente:0344',
      procesregieSinds: '2026-09-01',
      signalen: [{ soort: 'REGIE_NA_UITSTROOM', deadline: '2026-10-01', status: 'AFGEROND', afgerondOp: '2026-10-01' }],
    });
  });

  it('passes to the gemeente without one, procesregie with its Zorg- en Veiligheidshuis', async () => {
    const { regie } = await regieOf(UTRECHT, zonderKader.id);
    expect(regie).toMatchObject({
      fase: 'NA_UITSTROOM',
      casusregie: 'gemeente:0344',
      casusregieSinds: '2026-10-01',
      procesregie: 'zvh:Zorg- en Veiligheidshuis Utrecht',
    });
  });

  it('is a gap after uitstroom when no one has it: an overdue signal', async () => {
    const { regie } = await regieOf(UTRECHT, niemand.id);
    expect(regie).toEqual({
      fase: 'NA_UITSTROOM',
      casusregie: null,
      casusregieSinds: null,
      procesregie: null,
      procesregieSinds: null,
      signalen: [{ soort: 'REGIE_NA_UITSTROOM', deadline: '2026-10-01', status: 'TE_LAAT', afgerondOp: null }],
    });
  });

  it('is a conflict when two gemeenten keep an open dossier, for the casemanager who notified both', async () => {
    const { errors, regie } = await regieOf(CASEMANAGER, tweeGemeenten.id);
    expect(errors).toBeUndefined();
    expect(regie).toMatchObject({
      casusregie: null,
      signalen: [{ soort: 'REGIE_CONFLICT', deadline: '2026-10-01', status: 'TE_LAAT', afgerondOp: null }],
    });
  });

  it('shows each gemeente only its own dossier, so neither sees the other as a conflict', async () => {
    const { regie } = await regieOf(AMSTERDAM, tweeGemeenten.id);
    expect(regie).toMatchObject({ casusregie: 'gemeente:0363', procesregie: 'gemeente:0363' });
  });
});

describe('who must not see regie', () => {
  it('refuses a gemeente without a dossier on the person, though DJI shows it the stay', async () => {
    const response = await federation.ask(federation.stack.gatewayUrl, AMSTERDAM, REGIE, { id: gedetineerd.id });
    expect(response.data?.['justitiabele']).toEqual({ regie: null });
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: 'ACCESS_DENIED', serviceName: 'gemeente' }),
    ]);
  });
});
