import { DEMO_REFERENCE_DATE } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/** The werkvoorraden of DJI's stays through the gateway, on the seeded demo chain, counted from its reference day. */
let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('werkvoorraad', { vandaag: DEMO_REFERENCE_DATE });
}, 120_000);

afterAll(() => federation.stop());

interface Item {
  urgentie: string | null;
  justitiabele: { id: string } | null;
  verblijf: { herkomst: { gemeentecode: string | null }; terugkeer: { gemeentecode: string | null } } | null;
  signalen: { soort: string; status: string; deadline: string; grondslag: string }[] | null;
}

const PAGE = `query ($first: Int!, $after: String, $soort: SignaalSoort) {
  verblijfWerkvoorraad(first: $first, after: $after, soort: $soort) {
    edges { node {
      urgentie
      justitiabele { id }
      verblijf { herkomst { gemeentecode } terugkeer { gemeentecode } }
      signalen { soort status deadline grondslag }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Every page of the caller's werkvoorraad, `first` at a time. */
async function wholeWerkvoorraad(caller: TokenClaims, soort: string | null = null, first = 20): Promise<Item[]> {
  const items: Item[] = [];
  let after: string | null = null;
  for (;;) {
    const response = await federation.ask(federation.stack.gatewayUrl, caller, PAGE, { first, after, soort });
    expect(response.errors).toBeUndefined();
    const page = response.data?.['verblijfWerkvoorraad'] as {
      edges: { node: Item }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    items.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return items;
    after = page.pageInfo.endCursor;
  }
}

/** Most urgent first: by the earliest open deadline, those without one last. */
function expectOrderedByUrgency(items: { urgentie: string | null }[]): void {
  const keys = items.map((item) => item.urgentie ?? '9999-12-31');
  expect(keys).toEqual([...keys].sort());
}

async function busiestInrichting(): Promise<string> {
  const [row] = await federation.rows<{ huidige_inrichting: string }>(
    'dji',
    `SELECT huidige_inrichting FROM verblijf WHERE status <> 'UITGESTROOMD'
      GROUP BY huidige_inrichting ORDER BY count(*) DESC, huidige_inrichting LIMIT 1`,
  );
  if (!row) throw new Error('The demo chain holds no one');
  return row.huidige_inrichting;
}

describe("a casemanager's werkvoorraad", () => {
  it('holds the current stays of its own inrichting, most urgent first over every page, each with its signals', async () => {
    const inrichting = await busiestInrichting();
    const caller: TokenClaims = { org: `dji:${inrichting}`, role: 'casemanager', sub: 'cm-1' };
    const items = await wholeWerkvoorraad(caller, null, 3);
    const [{ count }] = (await federation.rows<{ count: string }>(
      'dji',
      `SELECT count(*) FROM verblijf WHERE status <> 'UITGESTROOMD' AND huidige_inrichting = $1`,
      [inrichting],
    )) as [{ count: string }];
    expect(items).toHaveLength(Number(count));
    expect(new Set(items.map((item) => item.justitiabele?.id)).size).toBe(items.length);
    expectOrderedByUrgency(items);
    // Overdue first: the first item's deadline has passed, and it carries that signal.
    expect(items[0]?.urgentie && items[0].urgentie < DEMO_REFERENCE_DATE).toBe(true);
    expect(items[0]?.signalen).toContainEqual(
      expect.objectContaining({ status: 'TE_LAAT', deadline: items[0]?.urgentie, grondslag: 'EIGEN_TAAK' }),
    );
    for (const item of items) {
      expect(item.signalen?.length).toBeGreaterThan(0);
    }
  });

  it('filters on one kind of signal, ordered by that deadline', async () => {
    const inrichting = await busiestInrichting();
    const caller: TokenClaims = { org: `dji:${inrichting}`, role: 'casemanager', sub: 'cm-1' };
    const items = await wholeWerkvoorraad(caller, 'MDO', 5);
    expect(items.length).toBeGreaterThan(0);
    expectOrderedByUrgency(items);
    for (const item of items) {
      const mdo = item.signalen?.find((signaal) => signaal.soort === 'MDO');
      expect(mdo).toMatchObject({ deadline: item.urgentie, status: expect.stringMatching(/^(OPEN|TE_LAAT)$/) });
    }
  });

  it('refuses a kind of signal DJI does not keep, naming the ones it does', async () => {
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-1' },
      PAGE,
      { first: 5, soort: 'BIJ_MELDING' },
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('INVALID_INPUT');
    expect(response.errors?.[0]?.message).toContain('SCREENING, DR_PLAN, MDO');
  });
});

describe("a nazorgcoördinator's werkvoorraad", () => {
  const amsterdam: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-1' };

  it('holds the current stays DJI registered its gemeente on, as origin or return, with at least one overdue signal', async () => {
    const items = await wholeWerkvoorraad(amsterdam);
    expect(items.length).toBeGreaterThan(0);
    expectOrderedByUrgency(items);
    for (const item of items) {
      expect([item.verblijf?.herkomst.gemeentecode, item.verblijf?.terugkeer.gemeentecode]).toContain('0363');
      expect(item.signalen?.every((signaal) => signaal.grondslag === 'ART_18A_PBW')).toBe(true);
    }
    expect(items.flatMap((item) => item.signalen ?? []).some((signaal) => signaal.status === 'TE_LAAT')).toBe(true);
    const [{ count }] = (await federation.rows<{ count: string }>(
      'dji',
      `SELECT count(*) FROM verblijf WHERE status <> 'UITGESTROOMD'
          AND (herkomst_gemeentecode = '0363' OR terugkeer_gemeentecode = '0363')`,
    )) as [{ count: string }];
    expect(items).toHaveLength(Number(count));
  });
});

describe("the toezichthouder's werkvoorraad at DJI", () => {
  it('holds only the stays in an extramural phase its organisation supervises with reports asked for', async () => {
    const caller: TokenClaims = { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn-1' };
    const response = await federation.ask(federation.stack.gatewayUrl, caller, PAGE, { first: 50 });
    expect(response.errors).toBeUndefined();
    const [{ count }] = (await federation.rows<{ count: string }>(
      'dji',
      `SELECT count(*) FROM verblijf v JOIN extramurale_fase f ON f.verblijf_id = v.id
        WHERE v.status <> 'UITGESTROOMD' AND f.toezichthouder = 'reclassering:RN' AND f.rapportage_interval_dagen IS NOT NULL`,
    )) as [{ count: string }];
    const page = response.data?.['verblijfWerkvoorraad'] as { edges: unknown[] };
    expect(page.edges).toHaveLength(Math.min(Number(count), 50));
  });
});

describe('who keeps no werkvoorraad at DJI', () => {
  it.each([
    ['an officier', { org: 'om', role: 'officier', sub: 'ovj' }],
    ['an OOV-adviseur', { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov' }],
  ] satisfies [string, TokenClaims][])('refuses %s without listing anyone', async (_who, caller: TokenClaims) => {
    const response = await federation.ask(federation.stack.gatewayUrl, caller, PAGE, { first: 5 });
    expect(response.data).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
  });
});

describe("the README's demo werkvoorraden", () => {
  it.each([
    ['dji:PI-VUGHT casemanager', { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'u' }],
    ['gemeente:0363 nazorgcoordinator', { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'u' }],
  ] satisfies [string, TokenClaims][])('%s: not empty, with an overdue signal', async (_who, caller: TokenClaims) => {
    const items = await wholeWerkvoorraad(caller, null, 100);
    expect(items.length).toBeGreaterThan(0);
    expect(items.flatMap((item) => item.signalen ?? []).some((signaal) => signaal.status === 'TE_LAAT')).toBe(true);
  });

  it('om officier: not empty, with an overdue signal', async () => {
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      { org: 'om', role: 'officier', sub: 'u' },
      `{ zaakWerkvoorraad(first: 10) { edges { node { urgentie signalen { soort deadline status } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const nodes = (response.data?.['zaakWerkvoorraad'] as { edges: { node: { signalen: { status: string }[] } }[] })
      .edges;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.flatMap((edge) => edge.node.signalen).some((signaal) => signaal.status === 'TE_LAAT')).toBe(true);
  });

  it('burgemeester:0363 oov-adviseur: not empty, with an overdue signal', async () => {
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'u' },
      `{ bijWerkvoorraad(first: 10) { edges { node { terugkeerdatum signalen { status } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const nodes = (response.data?.['bijWerkvoorraad'] as { edges: { node: { signalen: { status: string }[] } }[] })
      .edges;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.flatMap((edge) => edge.node.signalen).some((signaal) => signaal.status === 'TE_LAAT')).toBe(true);
  });
});

describe("the README's demo toezichthouder", () => {
  const werkvoorraadVan = async (caller: TokenClaims) => {
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      caller,
      `{ werkvoorraad(first: 100) { edges { node { justitiabele { id detentieSignalen { soort } } } } } }`,
    );
    const edges = (
      response.data?.['werkvoorraad'] as {
        edges: { node: { justitiabele: { id: string; detentieSignalen: unknown[] | null } } }[];
      }
    ).edges;
    return { persons: edges.map((edge) => edge.node.justitiabele), errors: response.errors ?? [] };
  };
  const RN = { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn-1' } satisfies TokenClaims;

  it('reclassering:RN toezichthouder th-rn-1: not empty, and DJI shares its part of every person', async () => {
    const { persons, errors } = await werkvoorraadVan(RN);
    expect(persons.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(persons.every((person) => Array.isArray(person.detentieSignalen))).toBe(true);
  });

  it("th-rn-1 at DJI: RN's stays in an extramural phase by the next report, one overdue, each supervised by RN in the inrichting DJI holds it in", async () => {
    const items = await wholeWerkvoorraad(RN, 'EXTRAMURALE_RAPPORTAGE', 5);
    expect(items.length).toBeGreaterThan(0);
    expectOrderedByUrgency(items);
    expect(items[0]?.signalen).toContainEqual(
      expect.objectContaining({ soort: 'EXTRAMURALE_RAPPORTAGE', status: 'TE_LAAT', deadline: items[0]?.urgentie }),
    );
    const ids = items.map((item) => item.justitiabele?.id);
    const stays = await federation.rows<{ justitiabele_id: string; huidige_inrichting: string; status: string }>(
      'dji',
      'SELECT justitiabele_id, huidige_inrichting, status FROM verblijf WHERE justitiabele_id = ANY($1)',
      [ids],
    );
    const toezichten = await federation.rows<{ justitiabele_id: string; inrichting: string; status: string }>(
      'reclassering',
      `SELECT justitiabele_id, inrichting, status FROM toezicht WHERE organisatie = 'reclassering:RN' AND justitiabele_id = ANY($1)`,
      [ids],
    );
    expect(stays.every((stay) => stay.status === 'EXTRAMURAAL')).toBe(true);
    expect(
      toezichten.map((toezicht) => [toezicht.justitiabele_id, toezicht.inrichting, toezicht.status]).sort(),
    ).toEqual(stays.map((stay) => [stay.justitiabele_id, `dji:${stay.huidige_inrichting}`, 'LOPEND']).sort());
  });

  it('names in every demo D&R-plan and MDO an inrichting the stay passed through, never another', async () => {
    const strangers = await federation.rows<{ id: string }>(
      'dji',
      `SELECT p.id::text FROM dr_plan p, unnest(p.deelnemende_organisaties) AS deelnemer
        WHERE deelnemer LIKE 'dji:%' AND NOT EXISTS (SELECT 1 FROM verblijfsperiode vp
                          WHERE vp.verblijf_id = p.verblijf_id AND 'dji:' || vp.inrichting = deelnemer)
       UNION ALL
       SELECT m.id::text FROM mdo m, unnest(m.deelnemers) AS deelnemer
        WHERE deelnemer LIKE 'dji:%' AND NOT EXISTS (SELECT 1 FROM verblijfsperiode vp
                          WHERE vp.verblijf_id = m.verblijf_id AND 'dji:' || vp.inrichting = deelnemer)`,
    );
    expect(strangers).toEqual([]);
  });

  it("refuses DJI's part of a person another organisation supervises to RN's toezichthouder", async () => {
    const { persons } = await werkvoorraadVan({ org: 'reclassering:SVG', role: 'toezichthouder', sub: 'th-svg-1' });
    const [person] = persons;
    expect(person).toBeDefined();
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      RN,
      `query ($id: ID!) { justitiabele(id: $id) { detentieSignalen { soort } } }`,
      { id: person?.id },
    );
    expect(response.data?.['justitiabele']).toBeNull();
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: 'ACCESS_DENIED', serviceName: 'dji' }),
    ]);
  });
});

describe("a toezichthouder's werkvoorraad", () => {
  // Ordered by begindatum, the reclassering's own; DJI shares with RN only the persons whose stay involves RN.
  it('carries, through the person, the signals DJI shares with its organisation, and no others', async () => {
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn-1' },
      `{ werkvoorraad(first: 100) { edges { node { justitiabele { id detentieSignalen { soort status grondslag } } } } } }`,
    );
    const nodes = (
      response.data?.['werkvoorraad'] as {
        edges: { node: { justitiabele: { detentieSignalen: { grondslag: string }[] | null } | null } }[];
      }
    ).edges;
    expect(nodes.length).toBeGreaterThan(0);
    const signalen = nodes.flatMap((edge) => edge.node.justitiabele?.detentieSignalen ?? []);
    expect(signalen.length).toBeGreaterThan(0);
    expect(signalen.every((signaal) => signaal.grondslag === 'ART_18A_PBW')).toBe(true);
  });
});

describe("the officier's werkvoorraad", () => {
  const OFFICIER: TokenClaims = { org: 'om', role: 'officier', sub: 'ovj-1' };
  const ZAKEN = `query ($first: Int!, $after: String, $soort: SignaalSoort) {
    zaakWerkvoorraad(first: $first, after: $after, soort: $soort) {
      edges { node { urgentie strafzaak { parketnummer } justitiabele { id } signalen { soort status deadline eigenaar grondslag } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  interface Zaak {
    urgentie: string | null;
    strafzaak: { parketnummer: string } | null;
    signalen: { soort: string; status: string; deadline: string; eigenaar: string; grondslag: string }[] | null;
  }

  async function wholeZaakWerkvoorraad(soort: string | null, first: number): Promise<Zaak[]> {
    const zaken: Zaak[] = [];
    let after: string | null = null;
    for (;;) {
      const response = await federation.ask(federation.stack.gatewayUrl, OFFICIER, ZAKEN, { first, after, soort });
      expect(response.errors).toBeUndefined();
      const page = response.data?.['zaakWerkvoorraad'] as {
        edges: { node: Zaak }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
      zaken.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) return zaken;
      after = page.pageInfo.endCursor;
    }
  }

  it("holds OM's cases with a VI-datum, a VI or an opdracht tot advies, most urgent first over every page, the overdue first", async () => {
    const zaken = await wholeZaakWerkvoorraad(null, 40);
    const [{ count }] = (await federation.rows<{ count: string }>(
      'om-burgemeester',
      `SELECT count(*) FROM om.strafzaak z WHERE z.vi_datum IS NOT NULL
          OR EXISTS (SELECT 1 FROM om.opdracht_tot_advies o WHERE o.zaak_id = z.id)
          OR EXISTS (SELECT 1 FROM om.vi_beslissing b WHERE b.zaak_id = z.id)`,
    )) as [{ count: string }];
    expect(zaken).toHaveLength(Number(count));
    expectOrderedByUrgency(zaken);
    expect(zaken[0]?.urgentie && zaken[0].urgentie < DEMO_REFERENCE_DATE).toBe(true);
    expect(zaken[0]?.signalen).toContainEqual(
      expect.objectContaining({ status: 'TE_LAAT', deadline: zaken[0]?.urgentie, eigenaar: 'om' }),
    );
    expect(zaken.every((zaak) => zaak.strafzaak !== null)).toBe(true);
  });

  it('filters on ADVIES, and refuses a kind OM does not keep, naming the ones it does', async () => {
    const zaken = await wholeZaakWerkvoorraad('ADVIES', 25);
    expect(zaken.length).toBeGreaterThan(0);
    expect(zaken.every((zaak) => zaak.urgentie !== null)).toBe(true);
    const refused = await federation.ask(federation.stack.gatewayUrl, OFFICIER, ZAKEN, { first: 5, soort: 'MDO' });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('INVALID_INPUT');
    expect(refused.errors?.[0]?.message).toContain('filter it on ADVIES, VI_BESLISSING');
  });

  it.each([
    ['a casemanager', { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-1' }],
    ['a toezichthouder', { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn-1' }],
    ['an OOV-adviseur', { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov' }],
    ['a nazorgcoördinator', { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc' }],
  ] satisfies [string, TokenClaims][])('refuses %s without listing any case', async (_who, caller: TokenClaims) => {
    const response = await federation.ask(federation.stack.gatewayUrl, caller, ZAKEN, { first: 5 });
    expect(response.data).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
  });
});

describe("the OOV-adviseur's werkvoorraad", () => {
  const OOV: TokenClaims = { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov' };
  const MELDINGEN = `query ($soort: SignaalSoort) { bijWerkvoorraad(first: 100, soort: $soort) { edges { node {
    terugkeerdatum signalen { soort deadline status }
  } } } }`;

  it('filters on BIJ_MELDING: only meldingen carrying that signal, by its deadline; refuses another kind', async () => {
    const response = await federation.ask(federation.stack.gatewayUrl, OOV, MELDINGEN, { soort: 'BIJ_MELDING' });
    expect(response.errors).toBeUndefined();
    const nodes = (
      response.data?.['bijWerkvoorraad'] as { edges: { node: { signalen: { soort: string; deadline: string }[] } }[] }
    ).edges.map((edge) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    const deadlines = nodes.map((node) => node.signalen[0]?.deadline ?? '');
    expect(nodes.every((node) => node.signalen.length === 1 && node.signalen[0]?.soort === 'BIJ_MELDING')).toBe(true);
    expect(deadlines).toEqual([...deadlines].sort());
    const refused = await federation.ask(federation.stack.gatewayUrl, OOV, MELDINGEN, { soort: 'ADVIES' });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('INVALID_INPUT');
    expect(refused.errors?.[0]?.message).toContain('filter it on BIJ_MELDING');
  });
});
