import { randomBytes } from 'node:crypto';

import { verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/** The reclassering's grounds, end to end through the gateway over the seeded demo chain. */
let federation: TestStack;

const OM: TokenClaims = { org: 'om', role: 'officier', sub: 'ovj-1' };
const ADVISEUR: TokenClaims = { org: 'reclassering:RN', role: 'adviseur', sub: 'adv-rn-1' };

beforeAll(async () => {
  federation = await startTestStack('dlb_rcl');
});

afterAll(() => federation.stop());

const ask = (caller: TokenClaims, query: string, variables: Record<string, unknown> = {}) =>
  federation.ask(federation.stack.gatewayUrl, caller, query, variables);

describe('through the gateway, delict information never reaches nazorg', () => {
  it('gives a ketenpartner gemeente a toezicht with only the kind of its meldplicht or behandeling', async () => {
    // A lopend toezicht naming a gemeente, with a locatie- or contactverbod beside a meldplicht or behandeling.
    const [toezicht] = await federation.rows<{
      id: string;
      gemeente: string;
      gebied: string | null;
      contact_met: string | null;
    }>(
      'reclassering',
      `SELECT t.id, p.partner AS gemeente, verbod.gebied, verbod.contact_met
         FROM toezicht t
         CROSS JOIN LATERAL unnest(t.ketenpartners) AS p(partner)
         JOIN bijzondere_voorwaarde verbod ON verbod.toezicht_id = t.id AND verbod.type IN ('LOCATIEVERBOD', 'CONTACTVERBOD')
        WHERE t.status = 'LOPEND' AND p.partner LIKE 'gemeente:%'
          AND EXISTS (SELECT 1 FROM bijzondere_voorwaarde b WHERE b.toezicht_id = t.id AND b.type IN ('MELDPLICHT', 'BEHANDELING'))
        ORDER BY t.id LIMIT 1`,
    );
    expect(toezicht).toBeDefined();
    const gemeente: TokenClaims = { org: toezicht?.gemeente ?? '', role: 'nazorgcoordinator', sub: 'nc-1' };
    const response = await ask(
      gemeente,
      `query ($id: ID!) { toezicht(id: $id) { status toezichthouder { naam } bijzondereVoorwaarden { type omschrijving gebied contactMet instelling naleving { toelichting } } } }`,
      { id: toezicht?.id },
    );
    const found = response.data?.['toezicht'] as {
      toezichthouder: { naam: string } | null;
      bijzondereVoorwaarden: { type: string; omschrijving: unknown; gebied: unknown; contactMet: unknown }[];
    };
    expect(found.toezichthouder?.naam).toEqual(expect.any(String));
    expect(found.bijzondereVoorwaarden.length).toBeGreaterThan(0);
    for (const voorwaarde of found.bijzondereVoorwaarden) {
      expect(['MELDPLICHT', 'BEHANDELING']).toContain(voorwaarde.type);
      expect([voorwaarde.omschrijving, voorwaarde.gebied, voorwaarde.contactMet]).toEqual([null, null, null]);
    }
    const answer = JSON.stringify(response.data);
    for (const secret of [toezicht?.gebied, toezicht?.contact_met, 'LOCATIEVERBOD', 'CONTACTVERBOD']) {
      if (secret) expect(answer).not.toContain(secret);
    }
    expect(response.errors?.every((error) => error.extensions?.['code'] === 'ACCESS_DENIED')).toBe(true);
  });
});

describe('through the gateway, the officier van justitie', () => {
  const MELDINGEN = `query { overtredingsmeldingen(first: 5) { edges { node { datum toelichting voorwaarde { type } justitiabele { id adviezen { opdrachtgever } } } } } }`;

  it('receives the meldingen of overtredingen, and through them the adviezen OM ordered, under OM’s opdracht', async () => {
    const traceId = randomBytes(16).toString('hex');
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      OM,
      MELDINGEN,
      {},
      { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
    );
    expect(response.errors).toBeUndefined();
    const records = await federation.rows<{ activity: string; processor: string }>(
      'reclassering',
      `SELECT DISTINCT processing_activity_id AS activity, foreign_operation_processor AS processor
         FROM processing_log_record WHERE trace_id = $1`,
      [traceId],
    );
    expect(records).toEqual([{ activity: verwerkingsactiviteit('reclassering', 'OPDRACHT_OM'), processor: 'om' }]);
    const nodes = (
      response.data?.['overtredingsmeldingen'] as {
        edges: { node: { toelichting: string; voorwaarde: { type: string }; justitiabele: { adviezen: unknown[] } } }[];
      }
    ).edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(5);
    for (const node of nodes) {
      expect(node.toelichting).toEqual(expect.any(String));
      expect(node.voorwaarde.type).toEqual(expect.any(String));
      expect(
        node.justitiabele.adviezen.every((advies) => (advies as { opdrachtgever: string }).opdrachtgever === 'om'),
      ).toBe(true);
    }
  });

  it.each([
    ['a gemeente', { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-1' }],
    ['a burgemeester', { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-1' }],
    ['a DJI casemanager', { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-1' }],
    ['a reclassering toezichthouder', { org: 'reclassering:RN', role: 'toezichthouder', sub: 'th-rn-1' }],
  ] as const)('refuses %s the meldingen made to OM', async (_who, caller) => {
    const response = await ask(caller, MELDINGEN);
    expect(response.data).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
  });
});

describe('through the gateway, art. 18b Pbw to DJI only for a person it holds', () => {
  it('gives a raised gevaarrisico to the casemanager of the inrichting the reclassering recorded, not another', async () => {
    // A person DJI holds whom no toezicht of the reclassering names: the new advies is the latest record.
    const supervised = new Set(
      (await federation.rows<{ skn: string }>('reclassering', 'SELECT justitiabele_id AS skn FROM toezicht')).map(
        (row) => row.skn,
      ),
    );
    const held = (
      await federation.rows<{ skn: string; inrichting: string }>(
        'dji',
        `SELECT justitiabele_id AS skn, huidige_inrichting AS inrichting FROM verblijf
          WHERE uitstroomdatum IS NULL ORDER BY justitiabele_id`,
      )
    ).find((row) => !supervised.has(row.skn));
    const skn = held?.skn ?? '';
    const inrichting = `dji:${held?.inrichting ?? ''}`;
    const registreer = await ask(
      ADVISEUR,
      `mutation ($advies: AdviesInput!, $taxatie: RisicotaxatieInput!) {
        registreerAdvies(input: $advies) { id }
        registreerRisicotaxatie(input: $taxatie) { id }
      }`,
      {
        advies: {
          justitiabeleId: skn,
          organisatie: 'reclassering:RN',
          opdrachtgever: 'om',
          datum: '2026-11-01',
          inrichting,
          geadviseerdeVoorwaarden: [],
          zienswijzeBurgemeesterMeegewogen: false,
          slachtofferbelangenMeegewogen: false,
          slachtofferbelangenToelichting: 'Geen slachtoffer bekend',
        },
        taxatie: {
          justitiabeleId: skn,
          datum: '2026-11-01',
          instrument: 'RISc',
          recidiverisico: 'LAAG',
          gevaarrisico: 'HOOG',
        },
      },
    );
    expect(registreer.errors).toBeUndefined();
    const RISICO = `query ($id: ID!) { justitiabele(id: $id) { risicotaxatie { gevaarrisico } } }`;
    const own = await ask({ org: inrichting, role: 'casemanager', sub: 'cm-own' }, RISICO, { id: skn });
    expect(own.data?.['justitiabele']).toEqual({ risicotaxatie: { gevaarrisico: 'HOOG' } });
    const elsewhere = inrichting === 'dji:PI-GRAVE' ? 'dji:PI-ALMELO' : 'dji:PI-GRAVE';
    const other = await ask({ org: elsewhere, role: 'casemanager', sub: 'cm-other' }, RISICO, { id: skn });
    const found = other.data?.['justitiabele'] as { risicotaxatie: unknown } | null | undefined;
    expect(found?.risicotaxatie ?? null).toBeNull();
    expect(JSON.stringify(other.data)).not.toContain('HOOG');
  });
});
