import { randomBytes } from 'node:crypto';

import { grondslagen } from '@ketengraaf/subgraph-kit';
import type { Grondslag, TokenClaims } from '@ketengraaf/subgraph-kit';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * Cheap denials: a denied field is null, and its object gets one ACCESS_DENIED error naming its
 * denied fields and their grounds, from the subgraph through the gateway to the client.
 */
let federation: TestStack;

const amsterdam: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-ams-1' };

/** OM's and the burgemeesters' fields a gemeente's nazorg staff never reads (seed 002 l. 669–673). */
const OM_FIELDS = ['bijMeldingen', 'strafzaken', 'verstrekkingen'];

const PAGE_OF_50 = `query {
  nazorgdossiers(gemeentecode: "0363", first: 50) { edges { node { justitiabele {
    bsn strafzaken { delictcategorie } bijMeldingen { delictcategorie } verstrekkingen { delictcategorie }
  } } } }
}`;

interface Refusal {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

beforeAll(async () => {
  federation = await startTestStack('dnl');
});

afterAll(() => federation.stop());

describe('one ACCESS_DENIED error per denied object', () => {
  it("answers a page of 50 with one error per person for each party's refusal, at the person, never one per field", async () => {
    const traceId = randomBytes(16).toString('hex');
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      amsterdam,
      PAGE_OF_50,
      {},
      { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
    );
    const edges = (
      response.data?.['nazorgdossiers'] as { edges: { node: { justitiabele: Record<string, unknown> } }[] }
    ).edges;
    expect(edges.length).toBeGreaterThan(5);
    const errors = (response.errors ?? []) as Refusal[];
    // OM refuses each person as such: one error each, at the person, mapped from its `_entities` path.
    const fromOm = errors.filter((error) => error.extensions?.['serviceName'] === 'om-burgemeester');
    expect(fromOm.map((error) => error.path?.join('.'))).toEqual(
      edges.map((_edge, index) => `nazorgdossiers.edges.${index}.node.justitiabele`),
    );
    for (const error of errors) {
      expect(error.extensions).toMatchObject({ code: 'ACCESS_DENIED' });
      expect(error.extensions).not.toHaveProperty('stacktrace');
    }
    for (const { node } of edges) {
      expect(OM_FIELDS.map((veld) => node.justitiabele[veld])).toEqual([null, null, null]);
      expect(node.justitiabele['bsn']).toEqual(expect.any(String));
    }
  });

  it("answers a ketenpartner's toezicht with one error per bijzondere voorwaarde, naming the fields it may not read", async () => {
    const [toezicht] = await federation.rows<{ id: string; gemeente: string }>(
      'reclassering',
      `SELECT t.id, p.partner AS gemeente
         FROM toezicht t CROSS JOIN LATERAL unnest(t.ketenpartners) AS p(partner)
        WHERE t.status = 'LOPEND' AND p.partner LIKE 'gemeente:%'
          AND EXISTS (SELECT 1 FROM bijzondere_voorwaarde b WHERE b.toezicht_id = t.id AND b.type IN ('MELDPLICHT', 'BEHANDELING'))
        ORDER BY t.id LIMIT 1`,
    );
    const traceId = randomBytes(16).toString('hex');
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      { org: toezicht?.gemeente ?? '', role: 'nazorgcoordinator', sub: 'nc-1' },
      `query ($id: ID!) { toezicht(id: $id) { status bijzondereVoorwaarden { type omschrijving gebied contactMet } } }`,
      { id: toezicht?.id },
      { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
    );
    const voorwaarden = (response.data?.['toezicht'] as { bijzondereVoorwaarden: unknown[] }).bijzondereVoorwaarden;
    expect(voorwaarden.length).toBeGreaterThan(0);
    expect(response.errors).toEqual(
      voorwaarden.map((_voorwaarde, index) => ({
        message: expect.stringMatching(
          /^Access to contactMet, gebied, omschrijving of this BijzondereVoorwaarde denied/,
        ) as unknown,
        path: ['toezicht', 'bijzondereVoorwaarden', index],
        extensions: {
          code: 'ACCESS_DENIED',
          resource: 'BijzondereVoorwaarde',
          velden: ['contactMet', 'gebied', 'omschrijving'].map((veld) => ({
            veld,
            gronden: expect.any(Array) as unknown,
          })),
          serviceName: 'reclassering',
        },
      })),
    );
    // Each denied field is still a decision of its own in the reclassering's log.
    const denials = await federation.rows<{ resource: string }>(
      'reclassering',
      `SELECT DISTINCT resource FROM access_decision WHERE trace_id = $1 AND decision = 'DENY' ORDER BY resource`,
      [traceId],
    );
    expect(denials.map(({ resource }) => resource)).toEqual(
      expect.arrayContaining(['contactMet', 'gebied', 'omschrijving'].map((veld) => `BijzondereVoorwaarde.${veld}`)),
    );
  });

  it('refuses the parts of a join on a reference with one error at `_entities`, alike for a held and an unknown person', async () => {
    const [held] = await federation.rows<{ id: string }>(
      'om-burgemeester',
      'SELECT justitiabele_id AS id FROM om.strafzaak LIMIT 1',
    );
    const ask = (id: string) =>
      federation.ask(
        federation.stack.subgraphUrls['om-burgemeester'],
        amsterdam,
        `query ($representations: [_Any!]!) { _entities(representations: $representations) {
          ... on Justitiabele { id bijSignalen { soort } zaakSignalen { soort } }
        } }`,
        { representations: [{ __typename: 'Justitiabele', id }] },
      );
    const [known, unknown] = await Promise.all([ask(held?.id ?? ''), ask('1999999999')]);
    expect(known.errors).toEqual([
      {
        message: expect.stringContaining('bijSignalen requires ') as unknown,
        path: ['_entities', 0],
        extensions: {
          code: 'ACCESS_DENIED',
          resource: 'Justitiabele',
          velden: [
            { veld: 'bijSignalen', gronden: ['ART_11A_BJSG'] },
            { veld: 'zaakSignalen', gronden: ['EIGEN_TAAK'] },
          ],
        },
      },
    ]);
    expect(JSON.stringify(unknown).replace('1999999999', held?.id ?? '')).toBe(JSON.stringify(known));
  });

  it('keeps the refusal of a part the client asked under an alias or in a fragment, and leaves out one it skipped', async () => {
    const page = (selection: string, variables: Record<string, unknown> = {}) =>
      federation.ask(
        federation.stack.gatewayUrl,
        amsterdam,
        `query ${selection.includes('$skip') ? '($skip: Boolean = false)' : ''} {
          nazorgdossiers(gemeentecode: "0363", first: 50) { edges { node { justitiabele { bsn signalen { soort } ${selection} } } } }
        } ${selection.includes('...Zaak') ? 'fragment Zaak on Justitiabele { zaakSignalen { soort } }' : ''}`,
        variables,
      );
    const refusedParts = (response: Awaited<ReturnType<typeof page>>) =>
      ((response.errors ?? []) as Refusal[]).map((error) => [error.path?.at(-1), error.extensions?.['velden']]);
    const everyPerson = (veld: string) =>
      Array.from({ length: 50 }, () => ['justitiabele', [{ veld, gronden: ['EIGEN_TAAK'] }]]);
    const persons = (response: Awaited<ReturnType<typeof page>>) =>
      (response.data?.['nazorgdossiers'] as { edges: unknown[] }).edges.length;

    const aliased = await page('zs: zaakSignalen { soort }');
    expect(refusedParts(aliased)).toEqual(everyPerson('zs').slice(0, persons(aliased)));
    const inFragment = await page('...Zaak');
    expect(refusedParts(inFragment)).toEqual(everyPerson('zaakSignalen').slice(0, persons(inFragment)));
    const kept = await page('zaakSignalen @skip(if: $skip) { soort }');
    expect(refusedParts(kept)).toEqual(everyPerson('zaakSignalen').slice(0, persons(kept)));

    for (const skipped of [
      await page('zaakSignalen @skip(if: $skip) { soort }', { skip: true }),
      await page('...Zaak @skip(if: $skip)', { skip: true }),
    ]) {
      expect(skipped.errors).toBeUndefined();
      expect(JSON.stringify(skipped.data)).not.toContain('zaakSignalen');
      expect(persons(skipped)).toBeGreaterThan(5);
    }
  });

  it('refuses a part at every place a person is listed, the same person twice in one list included', async () => {
    const [held] = await federation.rows<{ inrichting: string; verblijf: string }>(
      'dji',
      `SELECT huidige_inrichting AS inrichting, id AS verblijf FROM verblijf WHERE status <> 'UITGESTROOMD' ORDER BY id LIMIT 1`,
    );
    // An earlier, ended stay of the same person in the same inrichting: the list names the person twice.
    const columns = (
      await federation.rows<{ name: string }>(
        'dji',
        `SELECT column_name AS name FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = 'verblijf' AND is_generated = 'NEVER' AND column_name <> 'id'`,
      )
    ).map(({ name }) => name);
    const earlier: Record<string, string> = {
      status: `'UITGESTROOMD'`,
      instroomdatum: 'instroomdatum - 2000',
      verwachte_uitstroomdatum: 'instroomdatum - 1000',
      uitstroomdatum: 'instroomdatum - 1000',
    };
    await federation.rows(
      'dji',
      `INSERT INTO verblijf (${columns.map((name) => `"${name}"`).join(', ')})
       SELECT ${columns.map((name) => earlier[name] ?? `"${name}"`).join(', ')} FROM verblijf WHERE id = $1`,
      [held?.verblijf],
    );
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      { org: `dji:${held?.inrichting ?? ''}`, role: 'casemanager', sub: 'cm-dnl' },
      `{ verblijven(first: 50, filter: { inclusiefUitgestroomd: true }) { edges { node { justitiabele { id zaakSignalen { soort } } } } } }`,
    );
    const edges = (response.data?.['verblijven'] as { edges: { node: { justitiabele: { id: string } } }[] }).edges;
    const ids = edges.map(({ node }) => node.justitiabele.id);
    expect(new Set(ids).size).toBe(ids.length - 1);
    expect(
      ((response.errors ?? []) as Refusal[]).map((error) => [error.path?.join('.'), error.extensions?.['velden']]),
    ).toEqual(
      edges.map((_edge, index) => [
        `verblijven.edges.${index}.node.justitiabele`,
        [{ veld: 'zaakSignalen', gronden: ['EIGEN_TAAK'] }],
      ]),
    );
  });

  it('leaves out the refused parts the gateway fetched only for a join, and keeps, narrowed, the one the client asked', async () => {
    const page = (fields: string) =>
      federation.ask(
        federation.stack.gatewayUrl,
        amsterdam,
        `query { nazorgdossiers(gemeentecode: "0363", first: 50) { edges { node { justitiabele { bsn ${fields} } } } } }`,
      );
    const joined = await page('signalen { soort }');
    expect(joined.errors).toBeUndefined();
    const edges = (joined.data?.['nazorgdossiers'] as { edges: { node: { justitiabele: { signalen: unknown } } }[] })
      .edges;
    expect(edges.every(({ node }) => Array.isArray(node.justitiabele.signalen))).toBe(true);

    const withPart = await page('signalen { soort } zaakSignalen { soort }');
    const errors = (withPart.errors ?? []) as Refusal[];
    expect(errors.map((error) => error.path?.join('.'))).toEqual(
      edges.map((_edge, index) => `nazorgdossiers.edges.${index}.node.justitiabele`),
    );
    for (const error of errors) {
      expect(error.extensions).toMatchObject({
        code: 'ACCESS_DENIED',
        serviceName: 'om-burgemeester',
        velden: [{ veld: 'zaakSignalen', gronden: ['EIGEN_TAAK'] }],
      });
      expect(error.message).not.toContain('bijSignalen');
    }
  });
});

describe('what a refusal says it refused', () => {
  const zeewolde: TokenClaims = { org: 'gemeente:0050', role: 'nazorgcoordinator', sub: 'nc-zeewolde' };
  const messageOf = async (caller: TokenClaims, query: string, variables: Record<string, unknown> = {}) => {
    const response = await federation.ask(federation.stack.gatewayUrl, caller, query, variables);
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
    return response.errors?.[0]?.message ?? '';
  };
  const requires = (...gronden: Grondslag[]) =>
    `It requires ${gronden.map((grond) => grondslagen[grond].omschrijving).join('; or ')}.`;

  it('a query about no one person: "no legal ground for this query", naming no person, for any identifier alike', async () => {
    const [held] = await federation.rows<{ parketnummer: string }>(
      'om-burgemeester',
      'SELECT parketnummer FROM om.strafzaak ORDER BY id LIMIT 1',
    );
    const strafzaak = 'query ($parketnummer: String!) { strafzaak(parketnummer: $parketnummer) { id } }';
    const refusals = [
      await messageOf(amsterdam, '{ zaakWerkvoorraad { edges { cursor } } }'),
      await messageOf(amsterdam, '{ nazorgdossiers(gemeentecode: "0599") { edges { cursor } } }'),
      await messageOf(amsterdam, '{ djiVerwerkingen(filter: {}) { edges { cursor } } }'),
      await messageOf(amsterdam, strafzaak, { parketnummer: held?.parketnummer }),
      await messageOf(amsterdam, strafzaak, { parketnummer: '99/999999-99' }),
    ];
    expect(refusals).toEqual([
      `Access to Query.zaakWerkvoorraad denied: gemeente:0363 (nazorgcoordinator) has no legal ground for this query. ${requires('EIGEN_TAAK')}`,
      `Access to the nazorgdossiers of gemeente 0599 denied: gemeente:0363 (nazorgcoordinator) has no legal ground for this query. ${requires('EIGEN_TAAK', 'ART_18A_PBW', 'WGS', 'SOCIAAL_DOMEIN')}`,
      `Access to Query.djiVerwerkingen denied: gemeente:0363 (nazorgcoordinator) has no legal ground for this query. ${requires('EIGEN_TAAK')}`,
      `Access to Query.strafzaak denied: gemeente:0363 (nazorgcoordinator) has no legal ground for this query. ${requires('EIGEN_TAAK')}`,
      `Access to Query.strafzaak denied: gemeente:0363 (nazorgcoordinator) has no legal ground for this query. ${requires('EIGEN_TAAK')}`,
    ]);
    for (const refusal of refusals) expect(refusal).not.toContain('this person');
    expect(
      await messageOf(amsterdam, '{ detentieKetencijfers(vanaf: "2025-01-01", tot: "2025-12-31") { maand } }'),
    ).toBe(
      `Access to Query.detentieKetencijfers denied: gemeente:0363 (nazorgcoordinator) has no legal ground for these figures. ${requires('KETENMONITORING')}`,
    );
  });

  it('one person’s object: "no legal ground for this person", for a held and an unknown one alike', async () => {
    const [held] = await federation.rows<{ id: string }>('dji', 'SELECT id::text FROM verblijf ORDER BY id LIMIT 1');
    const verblijf = 'query ($id: ID!) { verblijf(id: $id) { id } }';
    const refusals = [
      await messageOf(zeewolde, verblijf, { id: held?.id }),
      await messageOf(zeewolde, verblijf, { id: '00000000-0000-4000-8000-000000000000' }),
    ];
    expect(new Set(refusals).size).toBe(1);
    expect(refusals[0]).toMatch(
      /^Access to Verblijf denied: gemeente:0050 \(nazorgcoordinator\) has no legal ground for this person\. It requires /,
    );
  });
});
