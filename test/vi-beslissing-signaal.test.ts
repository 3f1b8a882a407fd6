import { randomBytes } from 'node:crypto';

import { addDays, DEMO_REFERENCE_DATE } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';
import { SIGNAAL } from './werkstroom-fixtures';
import type { Signaal } from './werkstroom-fixtures';

/**
 * The officier's VI signal (`VI_BESLISSING`): OM's VI-beslissing due the VI term before the day the
 * VI falls, computed by OM from its own case alone, through the gateway on the demo chain counted
 * from its reference day; only the officier sees it, on every path.
 */
let federation: TestStack;

const OFFICIER: TokenClaims = { org: 'om', role: 'officier', sub: 'ovj-1' };

/** A demo person whose VI-beslissing is overdue: a VI-datum within the term ahead, and no decision. */
let overdue: { justitiabeleId: string; zaakId: string; deadline: string };

beforeAll(async () => {
  federation = await startTestStack('vi-beslissing-signaal', { vandaag: DEMO_REFERENCE_DATE, dispatch: false });
  const [zaak] = await federation.rows<{ justitiabele_id: string; id: string; deadline: string }>(
    'om-burgemeester',
    `SELECT z.justitiabele_id, z.id, to_char(z.vi_datum - 28, 'YYYY-MM-DD') AS deadline FROM om.strafzaak z
      WHERE z.vi_datum - 28 < $1 AND NOT EXISTS (SELECT 1 FROM om.vi_beslissing b WHERE b.zaak_id = z.id)
      ORDER BY z.vi_datum, z.id LIMIT 1`,
    [DEMO_REFERENCE_DATE],
  );
  if (!zaak) throw new Error('The demo chain holds no overdue VI-beslissing');
  overdue = { justitiabeleId: zaak.justitiabele_id, zaakId: zaak.id, deadline: zaak.deadline };
}, 120_000);

afterAll(() => federation.stop());

const gateway = (caller: TokenClaims, query: string, variables: Record<string, unknown> = {}) =>
  federation.ask(federation.stack.gatewayUrl, caller, query, variables);

/** OM's decisions on the person's `zaakSignalen` in one trace: its processing log of the signal. */
const zaakSignalenDecisions = (traceId: string) =>
  federation.rows<{ decision: string }>(
    'om-burgemeester',
    `SELECT DISTINCT decision FROM access_decision WHERE trace_id = $1 AND resource = 'Justitiabele.zaakSignalen'`,
    [traceId],
  );

/** The overdue person's `zaakSignalen` as OM answers the gateway's `_entities` hop for `caller`. */
async function omEntities(
  caller: TokenClaims,
  traceId = randomBytes(16).toString('hex'),
): Promise<({ zaakSignalen: Signaal[] | null } | null)[]> {
  const response = await federation.ask(
    federation.stack.subgraphUrls['om-burgemeester'],
    caller,
    `query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Justitiabele { zaakSignalen ${SIGNAAL} } }
    }`,
    { representations: [{ __typename: 'Justitiabele', id: overdue.justitiabeleId }] },
    { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
  );
  return (response.data?.['_entities'] as ({ zaakSignalen: Signaal[] | null } | null)[] | undefined) ?? [];
}

const viSignalen = (signalen: Signaal[] | null | undefined): Signaal[] =>
  (signalen ?? []).filter((signaal) => signaal.soort === 'VI_BESLISSING');

describe("the officier's VI signal", () => {
  it("orders the officier's werkvoorraad filtered on VI_BESLISSING by that deadline, the overdue first, on every page", async () => {
    const query = `query ($after: String) { zaakWerkvoorraad(soort: VI_BESLISSING, first: 7, after: $after) {
      edges { node { urgentie signalen ${SIGNAAL} } } pageInfo { hasNextPage endCursor } } }`;
    const items: { urgentie: string; signalen: Signaal[] }[] = [];
    let after: string | null = null;
    for (;;) {
      const response = await gateway(OFFICIER, query, { after });
      expect(response.errors).toBeUndefined();
      const page = response.data?.['zaakWerkvoorraad'] as {
        edges: { node: { urgentie: string; signalen: Signaal[] } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
      items.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const [{ count }] = (await federation.rows<{ count: string }>(
      'om-burgemeester',
      `SELECT count(*) FROM om.strafzaak z WHERE z.vi_datum_vastgesteld_op <= z.vi_datum - 28
          AND NOT EXISTS (SELECT 1 FROM om.vi_beslissing b WHERE b.zaak_id = z.id)`,
    )) as [{ count: string }];
    expect(items).toHaveLength(Number(count));
    const urgenties = items.map((item) => item.urgentie);
    expect(urgenties).toEqual([...urgenties].sort());
    expect(items[0]?.urgentie).toBe(overdue.deadline);
    for (const item of items) {
      expect(viSignalen(item.signalen)).toContainEqual(
        expect.objectContaining({
          deadline: item.urgentie,
          status: item.urgentie < DEMO_REFERENCE_DATE ? 'TE_LAAT' : 'OPEN',
        }),
      );
    }
  });

  it("is on the person's zaakSignalen and in the gemeente's joined signalen for the officier, on the nested path of its werkvoorraad", async () => {
    const response = await gateway(
      OFFICIER,
      `{ zaakWerkvoorraad(soort: VI_BESLISSING, first: 1) { edges { node {
        justitiabele { id zaakSignalen ${SIGNAAL} signalen ${SIGNAAL} } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const [edge] = (
      response.data?.['zaakWerkvoorraad'] as {
        edges: { node: { justitiabele: { id: string; zaakSignalen: Signaal[]; signalen: Signaal[] } } }[];
      }
    ).edges;
    const person = edge?.node.justitiabele;
    expect(person?.id).toBe(overdue.justitiabeleId);
    const expected = {
      soort: 'VI_BESLISSING',
      deadline: overdue.deadline,
      status: 'TE_LAAT',
      afgerondOp: null,
      eigenaar: 'om',
      grondslag: 'EIGEN_TAAK',
    };
    expect(viSignalen(person?.zaakSignalen)).toEqual([expected]);
    expect(viSignalen(person?.signalen)).toEqual([expected]);
  });

  it('follows the case: NIET_HAALBAAR for a VI-datum recorded after its deadline, OPEN before, AFGEROND once decided', async () => {
    const parketnummer = '13/990001-26';
    const created = await gateway(
      OFFICIER,
      `mutation ($input: DelictcategorieInput!) { registreerDelictcategorie(input: $input) { id versie } }`,
      {
        input: {
          justitiabeleId: overdue.justitiabeleId,
          parketnummer,
          delictcategorie: 'VERMOGEN',
          verwachteVersie: 0,
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const zaak = created.data?.['registreerDelictcategorie'] as { id: string; versie: number };
    const setViDatum = (viDatum: string, verwachteVersie: number) =>
      gateway(OFFICIER, `mutation ($input: ViDatumInput!) { registreerViDatum(input: $input) { viDatum versie } }`, {
        input: { zaakId: zaak.id, verwachteVersie, viDatum },
      });
    // The person is DJI's to resolve at the root, and DJI has no ground for an officier: OM's own path.
    const signaalOfCase = async (): Promise<Signaal | undefined> => {
      const trace = randomBytes(16).toString('hex');
      const [entity] = await omEntities(OFFICIER, trace);
      // The officier's read of OM's signals is in OM's processing log, on its own task.
      expect(await zaakSignalenDecisions(trace)).toEqual([{ decision: 'PERMIT' }]);
      return viSignalen(entity?.zaakSignalen).find((signaal) => signaal.deadline !== overdue.deadline);
    };

    const late = await setViDatum(addDays(DEMO_REFERENCE_DATE, 10), zaak.versie);
    expect(late.data?.['registreerViDatum']).toEqual({ viDatum: addDays(DEMO_REFERENCE_DATE, 10), versie: 2 });
    expect(await signaalOfCase()).toMatchObject({
      deadline: addDays(DEMO_REFERENCE_DATE, -18),
      status: 'NIET_HAALBAAR',
    });

    const stale = await setViDatum(addDays(DEMO_REFERENCE_DATE, 90), zaak.versie);
    expect(stale.errors?.[0]?.extensions?.['code']).toBe('VERSION_CONFLICT');
    await setViDatum(addDays(DEMO_REFERENCE_DATE, 90), 2);
    expect(await signaalOfCase()).toMatchObject({ deadline: addDays(DEMO_REFERENCE_DATE, 62), status: 'OPEN' });

    const decided = await gateway(
      OFFICIER,
      `mutation ($input: ViBeslissingInput!) { registreerViBeslissing(input: $input) { id } }`,
      {
        input: {
          zaakId: zaak.id,
          datum: DEMO_REFERENCE_DATE,
          ingangsdatum: addDays(DEMO_REFERENCE_DATE, 90),
          voorwaarden: ['Meldplicht bij de reclassering.'],
          proeftijdMaanden: 12,
          toezichthoudendeOrganisatie: 'reclassering:RN',
        },
      },
    );
    expect(decided.errors).toBeUndefined();
    expect(await signaalOfCase()).toMatchObject({ status: 'AFGEROND', afgerondOp: DEMO_REFERENCE_DATE });

    // The toezichthouder reads the VI-beslissing its organisation supervises, not the officier's deadline to take it.
    const toezichthouder: TokenClaims = { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn-1' };
    const [entity] = await omEntities(toezichthouder);
    expect(viSignalen(entity?.zaakSignalen)).toEqual([]);
    const beslissing = await federation.ask(
      federation.stack.subgraphUrls['om-burgemeester'],
      toezichthouder,
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Justitiabele { viBeslissingen { ingangsdatum } } }
      }`,
      { representations: [{ __typename: 'Justitiabele', id: overdue.justitiabeleId }] },
    );
    expect(beslissing.data?.['_entities']).toEqual([
      { viBeslissingen: expect.arrayContaining([{ ingangsdatum: addDays(DEMO_REFERENCE_DATE, 90) }]) },
    ]);
  });
});

describe('who never sees it', () => {
  const others: [string, TokenClaims][] = [
    ['a casemanager', { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-1' }],
    ['a nazorgcoördinator', { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc' }],
    ['a toezichthouder', { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn-1' }],
    ['an OOV-adviseur', { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov' }],
  ];

  it.each(others)('%s: not in signalen or zaakSignalen at the root, and no werkvoorraad', async (_who, caller) => {
    const person = await gateway(
      caller,
      `query ($id: ID!) { justitiabele(id: $id) { signalen { soort } zaakSignalen { soort } } }`,
      { id: overdue.justitiabeleId },
    );
    const found = person.data?.['justitiabele'] as {
      signalen: Signaal[] | null;
      zaakSignalen: Signaal[] | null;
    } | null;
    expect(viSignalen(found?.signalen)).toEqual([]);
    expect(viSignalen(found?.zaakSignalen)).toEqual([]);
    const werkvoorraad = await gateway(
      caller,
      `{ zaakWerkvoorraad(soort: VI_BESLISSING, first: 5) { edges { node { urgentie } } } }`,
    );
    expect(werkvoorraad.data).toBeNull();
    expect(werkvoorraad.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
  });

  it.each(others)("%s: nothing on OM's _entities path, and no VI-datum it may set", async (_who, caller) => {
    const trace = randomBytes(16).toString('hex');
    const [entity] = await omEntities(caller, trace);
    expect(viSignalen(entity?.zaakSignalen)).toEqual([]);
    // OM's processing log holds no read of the officier's signals for this caller.
    expect(await zaakSignalenDecisions(trace)).not.toContainEqual({ decision: 'PERMIT' });
    const change = await gateway(
      caller,
      `mutation ($input: ViDatumInput!) { registreerViDatum(input: $input) { viDatum } }`,
      { input: { zaakId: overdue.zaakId, verwachteVersie: 1, viDatum: DEMO_REFERENCE_DATE } },
    );
    expect(change.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
  });

  it("is not in the officier's signals of a person a burgemeester's OOV-adviseur reads through the nested werkvoorraad path", async () => {
    const response = await gateway(
      { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov' },
      `{ bijWerkvoorraad(first: 50) { edges { node { justitiabele { signalen { soort eigenaar } } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const signalen = (
      response.data?.['bijWerkvoorraad'] as {
        edges: { node: { justitiabele: { signalen: Signaal[] | null } | null } }[];
      }
    ).edges.flatMap((edge) => edge.node.justitiabele?.signalen ?? []);
    expect(signalen.length).toBeGreaterThan(0);
    expect(signalen.filter((signaal) => signaal.eigenaar === 'om')).toEqual([]);
  });
});
