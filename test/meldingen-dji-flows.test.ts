import { randomBytes } from 'node:crypto';

import { CloudEvent, HTTP } from 'cloudevents';

import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { expectDenied, valueAt } from '@ketengraaf/subgraph-kit/testing';

import { eventually, instroom, REGISTREER_INSTROOM, testBsn } from './meldingen-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * DJI's meldingen after the begin of detention: a changed expected end and the uitstroom (art. 51c
 * WJSG), the screening's request for information and its hulpvragen (art. 18a Pbw); and a gemeente
 * taking up the dossier a melding made AANGEMELD.
 */
let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('mld_flows');
});

afterAll(() => federation.stop());

const CASEMANAGER: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught' };
const nazorg = (code: string): TokenClaims => ({
  org: `gemeente:${code}`,
  role: 'nazorgcoordinator',
  sub: `nzc-${code}`,
});

const DOSSIERS = /* GraphQL */ `
  query ($code: Gemeentecode!, $status: DossierStatus!) {
    nazorgdossiers(gemeentecode: $code, status: $status, first: 100) {
      edges {
        node {
          id
          justitiabele {
            bsn
          }
          status
          rol
          aangemeldDoor
          geopendOp
          versie
          nazorgcoordinator {
            naam
          }
          detentieReferentie
          gemeldeVerwachteUitstroomdatum
          gemeldeUitstroomdatum
          screeningInformatieGevraagdVoor
          gemeldeScreeningdatum
          gemeldeHulpvragen {
            domein
            hulpvraag
            toelichting
          }
        }
      }
    }
  }
`;

interface Dossier {
  id: string;
  justitiabele: { bsn: string } | null;
  status: string;
  rol: string;
  aangemeldDoor: string;
  geopendOp: string;
  versie: number;
  nazorgcoordinator: { naam: string } | null;
  detentieReferentie: string | null;
  gemeldeVerwachteUitstroomdatum: string | null;
  gemeldeUitstroomdatum: string | null;
  screeningInformatieGevraagdVoor: string | null;
  gemeldeScreeningdatum: string | null;
  gemeldeHulpvragen: { domein: string; hulpvraag: boolean; toelichting: string | null }[] | null;
}

async function dossiers(code: string, status: 'AANGEMELD' | 'OPEN', bsn: string): Promise<Dossier[]> {
  const response = await federation.ask(federation.stack.gatewayUrl, nazorg(code), DOSSIERS, { code, status });
  expect(response.errors).toBeUndefined();
  const edges = (response.data?.['nazorgdossiers'] as { edges: { node: Dossier }[] }).edges;
  return edges.map((edge) => edge.node).filter((dossier) => dossier.justitiabele?.bsn === bsn);
}

/** Waits until gemeente `code`'s lopende dossier on `bsn` satisfies `check`, and returns it. */
async function dossierWhen(
  code: string,
  bsn: string,
  check: (dossier: Dossier) => boolean,
  status: 'AANGEMELD' | 'OPEN' = 'AANGEMELD',
): Promise<Dossier> {
  let found: Dossier | undefined;
  await eventually(
    async () => {
      found = (await dossiers(code, status, bsn)).find(check);
      return found !== undefined;
    },
    10_000,
    `gemeente ${code}'s dossier`,
  );
  return found as Dossier;
}

async function dji(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await federation.ask(federation.stack.subgraphUrls.dji, CASEMANAGER, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data as Record<string, unknown>;
}

/** Registers person `n` at PI Vught, from `herkomst` and returning to `terugkeer`; returns the verblijf. */
async function registreer(n: number, herkomst: string, terugkeer: string): Promise<{ id: string; versie: number }> {
  const input = {
    ...instroom(n, herkomst),
    terugkeer: { soort: 'GEMEENTE', gemeentecode: terugkeer },
  };
  const data = await dji(REGISTREER_INSTROOM.replace('id\n', 'id\n      versie\n'), { input });
  return data['registreerInstroom'] as { id: string; versie: number };
}

const outboxOf = (bsnOrSkn: string) =>
  federation.rows<{ type: string; ontvanger: string; grondslag: string; status: string }>(
    'dji',
    `SELECT type, ontvanger, grondslag, status FROM melding_outbox
      WHERE data->>'bsn' = $1 OR data->>'strafrechtsketennummer' = $1 ORDER BY type, ontvanger`,
    [bsnOrSkn],
  );

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

describe("the hulpvragen DJI sent, on the gemeente's dossier: its own task and the notifier's (art. 18a Pbw) only", () => {
  // Gemeente 0363 took the person up as notified by reclassering RN, with its Zorg- en
  // Veiligheidshuis in the casusoverleg; DJI's screening then adds the hulpvragen to that dossier.
  const bsn = testBsn(106);
  const ADVISEUR_RN: TokenClaims = { org: 'reclassering:RN', role: 'adviseur', sub: 'adv-rn' };
  const ZVH_AMSTERDAM: TokenClaims = { org: 'zvh:amsterdam-amstelland', role: 'procesregisseur', sub: 'pr-aa' };
  const outsiders: Record<string, TokenClaims> = {
    'a Zorg- en Veiligheidshuis of another region': {
      org: 'zvh:rotterdam-rijnmond',
      role: 'procesregisseur',
      sub: 'pr-rr',
    },
    'a reclassering organisation not involved': { org: 'reclassering:SVG', role: 'adviseur', sub: 'adv-svg' },
    'another gemeente': nazorg('0518'),
    OM: { org: 'om', role: 'officier', sub: 'ovj-1' },
    'the burgemeester': { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-amsterdam' },
  };
  const paths = {
    root: (id: string) => ({
      url: federation.stack.gatewayUrl,
      query: `query ($id: ID!) { nazorgdossier(id: $id) { id gemeldeHulpvragen { domein toelichting } } }`,
      variables: { id },
      hulpvragen: ['nazorgdossier', 'gemeldeHulpvragen'],
    }),
    nested: (id: string) => ({
      url: federation.stack.gatewayUrl,
      query: `query ($id: ID!) { nazorgdossier(id: $id) { justitiabele { nazorgdossiers { id gemeldeHulpvragen { domein toelichting } } } } }`,
      variables: { id },
      hulpvragen: ['nazorgdossier', 'justitiabele', 'nazorgdossiers', 0, 'gemeldeHulpvragen'],
    }),
    _entities: () => ({
      url: federation.stack.subgraphUrls.gemeente,
      query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Justitiabele { nazorgdossiers { id gemeldeHulpvragen { domein toelichting } } } } }`,
      variables: { r: [{ __typename: 'Justitiabele', bsn }] },
      hulpvragen: ['_entities', 0, 'nazorgdossiers', 0, 'gemeldeHulpvragen'],
    }),
  };
  const HULPVRAGEN = [{ domein: 'ONDERDAK', toelichting: 'Slaapt bij een vriend' }];
  let dossierId: string;

  const askAs = async (caller: TokenClaims, path: keyof typeof paths) => {
    const { url, query, variables, hulpvragen } = paths[path](dossierId);
    const traceId = randomBytes(16).toString('hex');
    const response = await federation.ask(url, caller, query, variables, {
      traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
    });
    return { response, hulpvragen, traceId };
  };
  const decisionsOn = (traceId: string) =>
    federation.rows<{ resource: string; decision: string }>(
      'gemeente',
      `SELECT resource, decision FROM access_decision WHERE trace_id = $1 ORDER BY resource, decision`,
      [traceId],
    );

  beforeAll(async () => {
    const opened = await federation.ask(
      federation.stack.gatewayUrl,
      nazorg('0363'),
      `mutation ($input: NazorgdossierInput!) { openNazorgdossier(input: $input) { id } }`,
      {
        input: {
          gemeentecode: '0363',
          bsn,
          rol: 'ONTVANGENDE_GEMEENTE',
          aangemeldDoor: 'reclassering:RN',
          nazorgcoordinator: { naam: 'N. Coördinator', email: 'n.coordinator@amsterdam.example.nl' },
          procesregie: 'ZORG_EN_VEILIGHEIDSHUIS',
          zvhBetrokken: true,
          zvhNaam: 'Zorg- en Veiligheidshuis Amsterdam-Amstelland',
          geopendOp: '2026-02-20',
        },
      },
    );
    expect(opened.errors).toBeUndefined();
    dossierId = (opened.data?.['openNazorgdossier'] as { id: string }).id;
    const verblijf = await registreer(106, '0599', '0363');
    await dji(`mutation ($input: ScreeningInput!) { registreerScreening(input: $input) { id } }`, {
      input: {
        verblijfId: verblijf.id,
        datum: '2026-03-08',
        reflectorAfgenomen: true,
        hulpvragen: [{ domein: 'ONDERDAK', hulpvraag: true, toelichting: 'Slaapt bij een vriend' }],
      },
    });
    await dossierWhen('0363', bsn, (candidate) => candidate.gemeldeHulpvragen !== null, 'OPEN');
  });

  it.each(['root', 'nested', '_entities'] as const)(
    '%s: the gemeente itself and the reclassering organisation that notified it read them',
    async (path) => {
      for (const caller of [nazorg('0363'), ADVISEUR_RN]) {
        const { response, hulpvragen } = await askAs(caller, path);
        expect(response.errors).toBeUndefined();
        expect(valueAt(response, hulpvragen)).toEqual(HULPVRAGEN);
      }
    },
  );

  it.each(['root', 'nested', '_entities'] as const)(
    '%s: the Zorg- en Veiligheidshuis the dossier names reads the dossier but not the hulpvragen, and the refusal is recorded',
    async (path) => {
      const { response, hulpvragen, traceId } = await askAs(ZVH_AMSTERDAM, path);
      expect(valueAt(response, [...hulpvragen.slice(0, -1), 'id'])).toBe(dossierId);
      expectDenied(response, hulpvragen, ['EIGEN_TAAK', 'ART_18A_PBW']);
      expect(await decisionsOn(traceId)).toContainEqual({
        resource: 'Nazorgdossier.gemeldeHulpvragen',
        decision: 'DENY',
      });
    },
  );

  it('_entities: the DJI location that notified the gemeente of origin reads them on that dossier only; another location on none', async () => {
    await dossierWhen('0599', bsn, (candidate) => candidate.gemeldeHulpvragen !== null);
    const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Justitiabele { nazorgdossiers { gemeentecode gemeldeHulpvragen { domein toelichting } } } } }`;
    const asked = (caller: TokenClaims) =>
      federation.ask(federation.stack.subgraphUrls.gemeente, caller, ENTITIES, {
        r: [{ __typename: 'Justitiabele', bsn }],
      });
    const notifier = await asked(CASEMANAGER);
    expect(notifier.errors).toBeUndefined();
    expect(valueAt(notifier, ['_entities', 0, 'nazorgdossiers'])).toEqual([
      { gemeentecode: '0599', gemeldeHulpvragen: HULPVRAGEN },
    ]);
    const other = await asked({ org: 'dji:PI-ALMELO', role: 'casemanager', sub: 'cm-almelo' });
    expect(JSON.stringify(other.data)).not.toContain('Slaapt bij een vriend');
    expect(other.errors?.map((error) => error.extensions?.['code'])).toContain('ACCESS_DENIED');
  });

  it.each(
    Object.entries(outsiders).flatMap(([who, caller]) =>
      (['root', 'nested', '_entities'] as const).map((path) => [who, path, caller] as const),
    ),
  )('%s reads nothing of them on the %s path, and the refusal is recorded', async (_who, path, caller) => {
    const { response, traceId } = await askAs(caller, path);
    expect(JSON.stringify(response.data)).not.toContain('Slaapt bij een vriend');
    expect(JSON.stringify(response.data)).not.toContain(dossierId);
    expect(response.errors?.map((error) => error.extensions?.['code'])).toContain('ACCESS_DENIED');
    const decisions = await decisionsOn(traceId);
    expect(decisions.some((decision) => decision.decision === 'DENY')).toBe(true);
    expect(decisions.filter((decision) => decision.decision === 'PERMIT')).toEqual([]);
  });
});

describe('taking up an AANGEMELD dossier', () => {
  const bsn = testBsn(103);

  it('turns the AANGEMELD dossier into OPEN, one dossier per person, keeping what the meldingen said', async () => {
    const verblijf = await registreer(103, '0363', '0363');
    const aangemeld = await dossierWhen('0363', bsn, () => true);
    const opened = await federation.ask(
      federation.stack.gatewayUrl,
      nazorg('0363'),
      `mutation ($input: NazorgdossierInput!) { openNazorgdossier(input: $input) { id status aangemeldDoor geopendOp detentieReferentie nazorgcoordinator { naam } } }`,
      {
        input: {
          gemeentecode: '0363',
          bsn,
          rol: 'ONTVANGENDE_GEMEENTE',
          aangemeldDoor: 'dji:PI-VUGHT',
          nazorgcoordinator: { naam: 'N. Coördinator', email: 'n.coordinator@amsterdam.example.nl' },
          procesregie: 'GEMEENTE',
          zvhBetrokken: false,
          geopendOp: '2026-03-20',
        },
      },
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
