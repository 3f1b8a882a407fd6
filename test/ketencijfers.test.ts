import { addDays, DEMO_REFERENCE_DATE, procesversieVoor } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';
import { eventually } from './meldingen-fixtures';
import { CASEMANAGER, mutate, personMaker } from './werkstroom-fixtures';

/** The chain's figures through the gateway: counts per cell, small ones suppressed, only for the analists. */
let federation: TestStack;
const person = personMaker(() => federation, 3_400_000_001);

const REGIEGROEP: TokenClaims = { org: 'regiegroep', role: 'analist', sub: 'analist-1' };
const INSPECTIE: TokenClaims = { org: 'inspectie', role: 'analist', sub: 'inspecteur-1' };
const JUSTID: TokenClaims = { org: 'justid', role: 'bij-medewerker', sub: 'justid-1' };

const NOT_ANALISTS: TokenClaims[] = [
  { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'x' },
  { org: 'dji:PI-VUGHT', role: 'privacy-officer', sub: 'x' },
  { org: 'gemeente:0344', role: 'nazorgcoordinator', sub: 'x' },
  { org: 'reclassering:RN', role: 'toezichthouder', sub: 'x' },
  { org: 'om', role: 'officier', sub: 'x' },
  { org: 'burgemeester:0344', role: 'oov-adviseur', sub: 'x' },
  { org: 'burgemeester:0344', role: 'beheerder', sub: 'x' },
  { org: 'zvh:rotterdam-rijnmond', role: 'procesregisseur', sub: 'x' },
  JUSTID,
];

interface Aandeel {
  aantal: number | null;
  van: number | null;
  onderdrukt: boolean;
}

interface DetentieCel {
  maand: string;
  inrichting: string;
  terugkeergemeente: string | null;
  screeningBinnenTermijn: Aandeel;
  planBinnenTermijn: Aandeel;
}

interface BijCel {
  maand: string;
  terugkeergemeente: string;
  bijMeldingOpTijd: Aandeel;
}

const DETENTIE = `query ($vanaf: String!, $tot: String!) { detentieKetencijfers(vanaf: $vanaf, tot: $tot) {
  maand inrichting terugkeergemeente
  screeningBinnenTermijn { aantal van onderdrukt }
  planBinnenTermijn { aantal van onderdrukt }
} }`;

const BIJ = `query ($vanaf: String!, $tot: String!) { bijKetencijfers(vanaf: $vanaf, tot: $tot) {
  maand terugkeergemeente bijMeldingOpTijd { aantal van onderdrukt }
} }`;

interface NazorgCel {
  maand: string;
  gemeente: string;
  zonderIdentiteitsbewijs: Aandeel;
  zonderOnderdak: Aandeel;
  zonderInkomen: Aandeel;
  zonderZorgverzekering: Aandeel;
}

const NAZORG = `query ($vanaf: String!, $tot: String!) { nazorgKetencijfers(vanaf: $vanaf, tot: $tot) {
  maand gemeente
  zonderIdentiteitsbewijs { aantal van onderdrukt }
  zonderOnderdak { aantal van onderdrukt }
  zonderInkomen { aantal van onderdrukt }
  zonderZorgverzekering { aantal van onderdrukt }
} }`;

async function figures<TCell>(
  caller: TokenClaims,
  query: string,
  field: string,
  vanaf: string,
  tot: string,
  url = federation.stack.gatewayUrl,
): Promise<TCell[]> {
  const response = await federation.ask(url, caller, query, { vanaf, tot });
  expect(response.errors).toBeUndefined();
  return response.data?.[field] as TCell[];
}

/** Stays in PI Vught in March 2024, long before the demo chain: screened (on day `screenedAfter`) or not. */
async function stays(count: number, terugkeer: string, screenedAfter: (index: number) => number | null) {
  for (let index = 0; index < count; index += 1) {
    const instroomdatum = `2024-03-${String(index + 1).padStart(2, '0')}`;
    const days = screenedAfter(index);
    await person({
      instroomdatum,
      verwachteUitstroomdatum: null,
      terugkeer,
      ...(days === null ? {} : { screening: addDays(instroomdatum, days) }),
    });
  }
}

async function bijMelding(kenmerk: string, terugkeergemeente: string, ontvangenOp: string, neemtDeel = true) {
  await mutate(
    federation,
    JUSTID,
    `mutation ($input: BijMeldingInput!) { ontvangBijMelding(input: $input) { nieuw } }`,
    {
      kenmerk,
      justitiabeleId: kenmerk.replace(/\D/g, ''),
      soort: 'TERUGKEER',
      terugkeerdatum: '2028-03-20',
      terugkeergemeente,
      delictcategorie: 'ZEDEN',
      grondslag: 'VEROORDELING',
      onherroepelijk: true,
      gemeenteNeemtDeel: neemtDeel,
      ontvangenOp,
    },
  );
}

beforeAll(async () => {
  federation = await startTestStack('ketencijfers', { vandaag: DEMO_REFERENCE_DATE });
  // 12 stays to Utrecht: 6 screened in time, 6 never; 7 to Amsterdam: 5 in time, 2 late; 2 to Rotterdam.
  await stays(12, '0344', (index) => (index < 6 ? 5 : null));
  await stays(7, '0363', (index) => (index < 5 ? 9 : 20));
  await stays(2, '0599', () => 3);
  // BIJ in March 2028: to Utrecht 5 in time and 5 late; to Rotterdam 5 in time and 1 late; one not taking part.
  for (let index = 0; index < 10; index += 1) {
    await bijMelding(`BIJ-CIJFERS-${String(3_410_000_000 + index)}`, '0344', index < 5 ? '2027-12-01' : '2028-02-20');
  }
  for (let index = 0; index < 6; index += 1) {
    await bijMelding(`BIJ-CIJFERS-${String(3_420_000_000 + index)}`, '0599', index < 5 ? '2027-12-01' : '2028-02-20');
  }
  await bijMelding('BIJ-CIJFERS-3430000000', '0518', '2028-02-20', false);
}, 240_000);

afterAll(() => federation.stop());

/** An aandeel as the suppression rule publishes `aantal` of `van`, worked out here from the rule's text. */
function published(aantal: number, van: number): Aandeel {
  const small = (count: number) => count >= 1 && count <= 4;
  if (small(van)) return { aantal: null, van: null, onderdrukt: true };
  if (small(aantal) || small(van - aantal)) return { aantal: null, van, onderdrukt: true };
  return { aantal, van, onderdrukt: false };
}

describe("DJI's figures", () => {
  it('show per month of instroom, inrichting and gemeente of return the share screened within 10 days and with a plan within 4 weeks', async () => {
    const cells = await figures<DetentieCel>(REGIEGROEP, DETENTIE, 'detentieKetencijfers', '2024-03', '2024-03');
    expect(cells).toEqual([
      {
        maand: '2024-03',
        inrichting: 'PI-VUGHT',
        terugkeergemeente: '0344',
        screeningBinnenTermijn: { aantal: 6, van: 12, onderdrukt: false },
        planBinnenTermijn: { aantal: 0, van: 12, onderdrukt: false },
      },
      {
        maand: '2024-03',
        inrichting: 'PI-VUGHT',
        terugkeergemeente: '0363',
        // 5 of 7 in time would give the 2 late ones by subtraction: suppressed with them.
        screeningBinnenTermijn: { aantal: null, van: 7, onderdrukt: true },
        planBinnenTermijn: { aantal: 0, van: 7, onderdrukt: false },
      },
      {
        maand: '2024-03',
        inrichting: 'PI-VUGHT',
        terugkeergemeente: '0599',
        screeningBinnenTermijn: { aantal: null, van: null, onderdrukt: true },
        planBinnenTermijn: { aantal: null, van: null, onderdrukt: true },
      },
    ]);
  });

  it("agree with DJI's own stays of the demo chain, cell by cell, and no count from 1 to 4 is shown", async () => {
    const cells = await figures<DetentieCel>(INSPECTIE, DETENTIE, 'detentieKetencijfers', '2025-01', '2026-11');
    const stays = await federation.rows<{
      instroomdatum: string;
      einde: string | null;
      inrichting: string;
      terugkeergemeente: string | null;
      gescreend: string | null;
      plan: string | null;
    }>(
      'dji',
      `SELECT to_char(v.instroomdatum, 'YYYY-MM-DD') AS instroomdatum,
              to_char(coalesce(v.uitstroomdatum, v.verwachte_uitstroomdatum), 'YYYY-MM-DD') AS einde,
              (SELECT p.inrichting FROM verblijfsperiode p WHERE p.verblijf_id = v.id AND p.volgnummer = 1) AS inrichting,
              v.terugkeer_gemeentecode AS terugkeergemeente,
              (SELECT to_char(min(s.datum), 'YYYY-MM-DD') FROM screening s WHERE s.verblijf_id = v.id) AS gescreend,
              (SELECT to_char(min(p.vastgesteld_op), 'YYYY-MM-DD') FROM dr_plan p WHERE p.verblijf_id = v.id) AS plan
         FROM verblijf v WHERE v.instroomdatum >= '2025-01-01' AND v.instroomdatum < '2026-12-01'`,
    );
    const expected = new Map<string, { screening: [number, number]; plan: [number, number] }>();
    for (const stay of stays) {
      const key = `${stay.instroomdatum.slice(0, 7)}|${stay.inrichting}|${stay.terugkeergemeente ?? ''}`;
      const cell = expected.get(key) ?? { screening: [0, 0], plan: [0, 0] };
      const { termijnen } = procesversieVoor(stay.instroomdatum);
      const count = (share: [number, number], days: number, done: string | null) => {
        const deadline = addDays(stay.instroomdatum, days);
        const reachable = stay.einde === null || deadline <= stay.einde;
        const met = done !== null && done <= deadline;
        if (reachable && (deadline < DEMO_REFERENCE_DATE || met)) {
          share[1] += 1;
          if (met) share[0] += 1;
        }
      };
      count(cell.screening, termijnen.screeningDagen, stay.gescreend);
      count(cell.plan, termijnen.drPlanDagen, stay.plan);
      expected.set(key, cell);
    }
    expect(cells.map((cell) => `${cell.maand}|${cell.inrichting}|${cell.terugkeergemeente ?? ''}`).sort()).toEqual(
      [...expected.keys()].sort(),
    );
    for (const cell of cells) {
      const counts = expected.get(`${cell.maand}|${cell.inrichting}|${cell.terugkeergemeente ?? ''}`);
      expect(cell.screeningBinnenTermijn).toEqual(published(...(counts?.screening ?? [0, 0])));
      expect(cell.planBinnenTermijn).toEqual(published(...(counts?.plan ?? [0, 0])));
    }
    expect(cells.some((cell) => cell.screeningBinnenTermijn.onderdrukt)).toBe(true);
  });
});

const NAZORG_DOSSIERS = `query { nazorgdossiers(gemeentecode: "0855", status: AANGEMELD, first: 100) {
  edges { node { id versie gemeldeUitstroomdatum } }
} }`;

describe("the gemeenten's figures", () => {
  const NAZORG_0855: TokenClaims = { org: 'gemeente:0855', role: 'nazorgcoordinator', sub: 'nzc-0855' };

  /**
   * Ten stays from Amsterdam returning to Tilburg, left on 15 June 2024 as DJI's melding tells
   * Tilburg; what Tilburg arranged: a zorgverzekering for all, no inkomen for any, an ID ready
   * before the day for five and after it for the other five, onderdak from that day for five.
   */
  beforeAll(async () => {
    for (let index = 0; index < 10; index += 1) {
      const { verblijfId } = await person({
        instroomdatum: `2024-04-${String(index + 1).padStart(2, '0')}`,
        verwachteUitstroomdatum: '2024-06-15',
        herkomst: '0363',
        terugkeer: '0855',
      });
      const stay = await federation.ask(
        federation.stack.gatewayUrl,
        CASEMANAGER,
        `{ verblijf(id: "${verblijfId}") { versie } }`,
      );
      await mutate(
        federation,
        CASEMANAGER,
        `mutation ($input: UitstroomInput!) { registreerUitstroom(input: $input) { status } }`,
        {
          verblijfId,
          verwachteVersie: (stay.data?.['verblijf'] as { versie: number }).versie,
          uitstroomdatum: '2024-06-15',
        },
      );
    }
    type Dossier = { id: string; versie: number; gemeldeUitstroomdatum: string | null };
    let dossiers: Dossier[] = [];
    await eventually(
      async () => {
        const response = await federation.ask(federation.stack.gatewayUrl, NAZORG_0855, NAZORG_DOSSIERS);
        const edges = (response.data?.['nazorgdossiers'] as { edges: { node: Dossier }[] } | null)?.edges ?? [];
        dossiers = edges.map((edge) => edge.node).filter((dossier) => dossier.gemeldeUitstroomdatum === '2024-06-15');
        return dossiers.length === 10;
      },
      20_000,
      "Tilburg's ten dossiers told of the uitstroom",
    );
    for (const [index, dossier] of dossiers.entries()) {
      await mutate(
        federation,
        NAZORG_0855,
        `mutation ($input: BasisvoorwaardenInput!) { werkBasisvoorwaardenBij(input: $input) { versie } }`,
        {
          dossierId: dossier.id,
          verwachteVersie: dossier.versie,
          identiteitsbewijs: { aangevraagdOp: '2024-05-01', gereedOp: index < 5 ? '2024-06-01' : '2024-07-01' },
          zorg: { zorgverzekering: true },
          ...(index < 5 ? { onderdak: { type: 'BIJ_FAMILIE_OF_VRIENDEN', per: '2024-06-15' } } : {}),
        },
      );
    }
  }, 120_000);

  it('show per month of uitstroom and gemeente of return the share leaving without ID, onderdak, inkomen or zorgverzekering, at the day of uitstroom', async () => {
    for (const analist of [REGIEGROEP, INSPECTIE]) {
      const cells = await figures<NazorgCel>(analist, NAZORG, 'nazorgKetencijfers', '2024-06', '2024-06');
      // Amsterdam, the gemeente of origin, keeps dossiers of the same stays: they are counted once, by Tilburg.
      expect(cells).toEqual([
        {
          maand: '2024-06',
          gemeente: '0855',
          zonderIdentiteitsbewijs: { aantal: 5, van: 10, onderdrukt: false },
          zonderOnderdak: { aantal: 5, van: 10, onderdrukt: false },
          zonderInkomen: { aantal: 10, van: 10, onderdrukt: false },
          zonderZorgverzekering: { aantal: 0, van: 10, onderdrukt: false },
        },
      ]);
    }
  });

  it("agree with the gemeenten's own dossiers of the demo chain at the uitstroom DJI told, cell by cell, each stay once", async () => {
    const cells = await figures<NazorgCel>(REGIEGROEP, NAZORG, 'nazorgKetencijfers', '2025-01', '2026-11');
    const dossiers = await federation.rows<{
      uitstroom: string;
      gemeente: string;
      rol: string;
      status: string;
      id_gereed: string | null;
      onderdak_type: string | null;
      onderdak_per: string | null;
      toegekend: string | null;
      werk: boolean | null;
      zorgverzekering: boolean | null;
    }>(
      'gemeente',
      `SELECT to_char(d.gemelde_uitstroomdatum, 'YYYY-MM-DD') AS uitstroom, d.gemeentecode AS gemeente, d.rol, d.status,
              to_char(b.identiteitsbewijs_gereed_op, 'YYYY-MM-DD') AS id_gereed, b.onderdak_type,
              to_char(b.onderdak_per, 'YYYY-MM-DD') AS onderdak_per,
              to_char(b.inkomen_uitkering_toegekend_op, 'YYYY-MM-DD') AS toegekend, b.inkomen_werk AS werk,
              b.zorg_zorgverzekering AS zorgverzekering
         FROM nazorgdossier d LEFT JOIN basisvoorwaarden_status b ON b.dossier_id = d.id
        WHERE d.gemelde_uitstroomdatum >= '2025-01-01' AND d.gemelde_uitstroomdatum < '2026-12-01'`,
    );
    // Each stay once: by the dossier of the gemeente it returned to, not by the gemeente of origin's.
    const counted = dossiers.filter((d) => d.rol === 'ONTVANGENDE_GEMEENTE' && d.status !== 'OVERGEDRAGEN');
    expect(counted.length).toBeLessThan(dossiers.length);
    const expected = new Map<string, [number, number, number, number, number]>();
    for (const d of counted) {
      const key = `${d.uitstroom.slice(0, 7)}|${d.gemeente}`;
      const cell = expected.get(key) ?? [0, 0, 0, 0, 0];
      const onderdak = d.onderdak_type !== null && d.onderdak_type !== 'GEEN' && (d.onderdak_per ?? '') <= d.uitstroom;
      const without = (missing: boolean): number => (missing ? 1 : 0);
      expected.set(key, [
        cell[0] + 1,
        cell[1] + without(!(d.id_gereed !== null && d.id_gereed <= d.uitstroom)),
        cell[2] + without(!onderdak),
        cell[3] + without(!((d.toegekend !== null && d.toegekend <= d.uitstroom) || d.werk === true)),
        cell[4] + without(d.zorgverzekering !== true),
      ]);
    }
    expect(cells.map((cell) => `${cell.maand}|${cell.gemeente}`)).toEqual([...expected.keys()].sort());
    for (const cell of cells) {
      const [van, id, onderdak, inkomen, zorg] = expected.get(`${cell.maand}|${cell.gemeente}`) ?? [0, 0, 0, 0, 0];
      expect(cell).toEqual({
        maand: cell.maand,
        gemeente: cell.gemeente,
        zonderIdentiteitsbewijs: published(id, van),
        zonderOnderdak: published(onderdak, van),
        zonderInkomen: published(inkomen, van),
        zonderZorgverzekering: published(zorg, van),
      });
    }
    // The demo chain lets few stays leave per gemeente and month: each of its cells is small.
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((cell) => cell.zonderOnderdak.onderdrukt)).toBe(true);
  });
});

describe("the burgemeesters' figures", () => {
  it('show per month of return and gemeente taking part the share of BIJ-meldingen received 60 days before', async () => {
    const cells = await figures<BijCel>(REGIEGROEP, BIJ, 'bijKetencijfers', '2028-01', '2028-12');
    expect(cells).toEqual([
      { maand: '2028-03', terugkeergemeente: '0344', bijMeldingOpTijd: { aantal: 5, van: 10, onderdrukt: false } },
      // 5 of 6 in time would give the one late melding by subtraction.
      { maand: '2028-03', terugkeergemeente: '0599', bijMeldingOpTijd: { aantal: null, van: 6, onderdrukt: true } },
    ]);
  });
});

describe('who may read the figures', () => {
  it('refuses every other role, through the gateway and at each subgraph, naming the ground, and logs each refusal as its own', async () => {
    for (const caller of NOT_ANALISTS) {
      for (const [query, field, url] of [
        [DETENTIE, 'detentieKetencijfers', federation.stack.gatewayUrl],
        [BIJ, 'bijKetencijfers', federation.stack.gatewayUrl],
        [DETENTIE, 'detentieKetencijfers', federation.stack.subgraphUrls.dji],
        [BIJ, 'bijKetencijfers', federation.stack.subgraphUrls['om-burgemeester']],
        [NAZORG, 'nazorgKetencijfers', federation.stack.gatewayUrl],
        [NAZORG, 'nazorgKetencijfers', federation.stack.subgraphUrls.gemeente],
      ] as const) {
        const response = await federation.ask(url, caller, query, { vanaf: '2024-03', tot: '2024-03' });
        expect(response.data?.[field]).toBeNull();
        expect(response.errors).toEqual([
          expect.objectContaining({
            message: expect.stringContaining('monitoring of the chain') as unknown,
            extensions: expect.objectContaining({ code: 'ACCESS_DENIED', gronden: ['KETENMONITORING'] }) as unknown,
          }),
        ]);
      }
    }
    const denials = await federation.rows<{ bronhouder: string; policy: string; data_subject_id: string | null }>(
      'dji',
      `SELECT bronhouder, policy, data_subject_id FROM access_decision
        WHERE resource = 'Query.detentieKetencijfers' AND decision = 'DENY'`,
    );
    expect(new Set(denials.map((row) => row.bronhouder))).toEqual(new Set(NOT_ANALISTS.map((caller) => caller.org)));
    expect(denials.every((row) => row.policy === 'no-legal-ground' && row.data_subject_id === null)).toBe(true);
    const gemeenteDenials = await federation.rows<{ bronhouder: string; data_subject_id: string | null }>(
      'gemeente',
      `SELECT bronhouder, data_subject_id FROM access_decision
        WHERE resource = 'Query.nazorgKetencijfers' AND decision = 'DENY'`,
    );
    expect(new Set(gemeenteDenials.map((row) => row.bronhouder))).toEqual(
      new Set(NOT_ANALISTS.map((caller) => caller.org)),
    );
    expect(gemeenteDenials.every((row) => row.data_subject_id === null)).toBe(true);
  });

  it('refuses an analist role at any other organisation, and an analist organisation with a code, as invalid tokens', async () => {
    const invalid: TokenClaims[] = [
      { org: 'dji:PI-VUGHT', role: 'analist', sub: 'x' },
      { org: 'gemeente:0344', role: 'analist', sub: 'x' },
      { org: 'regiegroep:0344', role: 'analist', sub: 'x' },
      { org: 'inspectie', role: 'privacy-officer', sub: 'x' },
    ];
    for (const caller of invalid) {
      const response = await federation.ask(federation.stack.gatewayUrl, caller, DETENTIE, {
        vanaf: '2024-03',
        tot: '2024-03',
      });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
  });

  it("an analist reads no person's data: the person as such is refused like anyone without a ground", async () => {
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      REGIEGROEP,
      `{ justitiabele(id: "3400000001") { id bsn } }`,
    );
    expect(response.data?.['justitiabele']).toBeNull();
    expect(response.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
  });
});

describe('each query of the figures', () => {
  it("is logged in the party's processing log as a permit about no one person, the caller organisation's, with its audit record", async () => {
    const before = await federation.rows<{ count: string }>(
      'om-burgemeester',
      `SELECT count(*) FROM access_decision WHERE resource = 'Query.bijKetencijfers' AND decision = 'PERMIT'`,
    );
    await figures<BijCel>(INSPECTIE, BIJ, 'bijKetencijfers', '2028-03', '2028-03');
    const permits = await federation.rows<{
      trace_id: string;
      bronhouder: string;
      policy: string;
      data_subject_id: string | null;
    }>(
      'om-burgemeester',
      `SELECT trace_id, bronhouder, policy, data_subject_id FROM access_decision
        WHERE resource = 'Query.bijKetencijfers' AND decision = 'PERMIT' ORDER BY decided_at`,
    );
    expect(permits).toHaveLength(Number(before[0]?.count) + 1);
    const last = permits[permits.length - 1];
    expect(last).toEqual(
      expect.objectContaining({
        bronhouder: 'inspectie',
        policy: 'https://ketengraaf.nl/verwerkingsactiviteiten/om-burgemeester/ketenmonitoring',
        data_subject_id: null,
      }),
    );
    const audit = await federation.rows<{ organisation: string; role: string }>(
      'om-burgemeester',
      'SELECT organisation, role FROM processing_audit_record WHERE trace_id = $1',
      [last?.trace_id],
    );
    expect(audit).toEqual([{ organisation: 'inspectie', role: 'analist' }]);
    const records = await federation.rows(
      'om-burgemeester',
      'SELECT 1 FROM processing_log_record WHERE trace_id = $1',
      [last?.trace_id],
    );
    expect(records).toEqual([]);
  });
});

describe('a period of figures', () => {
  it.each([
    ['2024-13', '2024-13', 'INVALID_INPUT'],
    ['2024-3', '2024-03', 'INVALID_INPUT'],
    ['2024-05', '2024-03', 'INVALID_PERIOD'],
    ['2022-01', '2025-01', 'INVALID_INPUT'],
  ])('from %s to %s is refused with %s', async (vanaf, tot, code) => {
    const response = await federation.ask(federation.stack.gatewayUrl, REGIEGROEP, DETENTIE, { vanaf, tot });
    expect(response.errors?.[0]?.extensions?.['code']).toBe(code);
  });
});
