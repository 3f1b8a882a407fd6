import { randomBytes } from 'node:crypto';

import { verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * The OM–reclassering loop through the gateway: OM assigns the toezicht on a VI's conditions to a
 * reclassering organisation, whose toezichthouder reads them and their herroeping from OM's
 * subgraph; the officier goes from a case to the person and on to the reclassering.
 */
let federation: TestStack;

const OFFICIER: TokenClaims = { org: 'om', role: 'officier', sub: 'ovj-1' };
const JUSTID: TokenClaims = { org: 'justid', role: 'bij-medewerker', sub: 'justid-1' };
const PARKETNUMMER = '13/900001-26';
const VOORWAARDE = 'Meldplicht bij de reclassering, wekelijks (e2e)';
const HERROEPING = 'Herhaaldelijk niet verschenen bij de reclassering (e2e)';

/** A lopend toezicht at a person whose latest risicotaxatie is GEMIDDELD or HOOG gevaarrisico. */
interface Toezicht {
  readonly id: string;
  readonly justitiabeleId: string;
  readonly organisatie: string;
}
let toezicht: Toezicht;

beforeAll(async () => {
  federation = await startTestStack('dlbom');
  const [found] = await federation.rows<Toezicht>(
    'reclassering',
    `SELECT t.id, t.justitiabele_id AS "justitiabeleId", t.organisatie FROM toezicht t
      WHERE t.status = 'LOPEND'
        AND (SELECT r.gevaarrisico FROM risicotaxatie r WHERE r.justitiabele_id = t.justitiabele_id
              ORDER BY r.datum DESC, r.geregistreerd_op DESC LIMIT 1) IN ('GEMIDDELD', 'HOOG')
      ORDER BY t.id LIMIT 1`,
    [],
  );
  if (!found) throw new Error('The demo chain has no lopend toezicht at a raised gevaarrisico.');
  toezicht = found;
  const zaak = await must<{ id: string }>(
    OFFICIER,
    `mutation ($input: DelictcategorieInput!) { registreerDelictcategorie(input: $input) { id } }`,
    {
      justitiabeleId: toezicht.justitiabeleId,
      parketnummer: PARKETNUMMER,
      delictcategorie: 'ZEDEN',
      verwachteVersie: 0,
    },
  );
  const vi = await must<{ id: string }>(
    OFFICIER,
    `mutation ($input: ViBeslissingInput!) { registreerViBeslissing(input: $input) { id } }`,
    {
      zaakId: zaak.id,
      datum: '2026-09-01',
      ingangsdatum: '2026-10-01',
      voorwaarden: [VOORWAARDE],
      proeftijdMaanden: 24,
      toezichthoudendeOrganisatie: toezicht.organisatie,
    },
  );
  await must(OFFICIER, `mutation ($input: HerroepingInput!) { herroepVi(input: $input) { id } }`, {
    viBeslissingId: vi.id,
    verwachteVersie: 1,
    datum: '2026-10-20',
    reden: HERROEPING,
  });
});

afterAll(() => federation.stop());

const ask = (caller: TokenClaims, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> =>
  federation.ask(federation.stack.gatewayUrl, caller, query, variables);

async function must<T>(caller: TokenClaims, document: string, input: Record<string, unknown>): Promise<T> {
  const response = await ask(caller, document, { input });
  const value = Object.values(response.data ?? {})[0];
  if (!value) throw new Error(JSON.stringify(response.errors));
  return value as T;
}

interface ViBeslissing {
  readonly voorwaarden: { omschrijving: string }[] | null;
  readonly herroeping: { reden: string } | null;
  readonly toezichthoudendeOrganisatie: string | null;
}

const VI_FIELDS = `viBeslissingen { voorwaarden { omschrijving } herroeping { reden } toezichthoudendeOrganisatie }`;

/** Every person's viBeslissingen in an answer, wherever they occur. */
function viBeslissingenIn(value: unknown): (ViBeslissing[] | null)[] {
  if (Array.isArray(value)) return value.flatMap(viBeslissingenIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'viBeslissingen' ? [inner as ViBeslissing[] | null] : viBeslissingenIn(inner),
  );
}

describe('the OM–reclassering loop, through the gateway', () => {
  it('gives the toezichthouder of the organisation OM assigned the VI conditions and the herroeping under OM’s opdracht, and none of OM’s case', async () => {
    const traceId = randomBytes(16).toString('hex');
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      { org: toezicht.organisatie, role: 'toezichthouder', sub: 'th-e2e' },
      `query ($id: ID!) { toezicht(id: $id) { organisatie justitiabele { ${VI_FIELDS} strafzaken { delictcategorie } } } }`,
      { id: toezicht.id },
      { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
    );
    expect(response.errors).toBeUndefined();
    const records = await federation.rows<{ activity: string; bronhouder: string; processor: string }>(
      'om-burgemeester',
      `SELECT DISTINCT processing_activity_id AS activity, bronhouder, foreign_operation_processor AS processor
         FROM processing_log_record WHERE trace_id = $1`,
      [traceId],
    );
    expect(records).toEqual([
      {
        activity: verwerkingsactiviteit('om-burgemeester', 'OPDRACHT_OM'),
        bronhouder: 'om',
        processor: toezicht.organisatie,
      },
    ]);
    const justitiabele = (
      response.data?.['toezicht'] as { justitiabele: { viBeslissingen: ViBeslissing[]; strafzaken: unknown[] } }
    ).justitiabele;
    expect(justitiabele.viBeslissingen).toContainEqual({
      voorwaarden: [{ omschrijving: VOORWAARDE }],
      herroeping: { reden: HERROEPING },
      toezichthoudendeOrganisatie: toezicht.organisatie,
    });
    expect(justitiabele.viBeslissingen.every((vi) => vi.toezichthoudendeOrganisatie === toezicht.organisatie)).toBe(
      true,
    );
    expect(justitiabele.strafzaken).toEqual([]);
    expect(JSON.stringify(response)).not.toMatch(/ZEDEN|ERNSTIG_GEWELD|LEVENSDELICT|BRANDSTICHTING/);
  });

  it('gives a toezichthouder of another organisation only the VI-beslissingen OM assigned to its own', async () => {
    const [ander] = await federation.rows<{ organisatie: string; gebruiker: string }>(
      'reclassering',
      `SELECT organisatie, toezichthouder_gebruiker AS gebruiker FROM toezicht
        WHERE status = 'LOPEND' AND organisatie <> $1 ORDER BY id LIMIT 1`,
      [toezicht.organisatie],
    );
    if (!ander) throw new Error('The demo chain has no lopend toezicht of another organisation.');
    const response = await ask(
      { org: ander.organisatie, role: 'toezichthouder', sub: ander.gebruiker },
      `query { werkvoorraad(first: 50) { edges { node { justitiabele { id ${VI_FIELDS} } } } } }`,
    );
    const found = viBeslissingenIn(response.data);
    expect(found.length).toBeGreaterThan(0);
    for (const list of found) {
      for (const vi of list ?? []) expect(vi.toezichthoudendeOrganisatie).toBe(ander.organisatie);
    }
    expect(JSON.stringify(response)).not.toContain(VOORWAARDE);
  });

  it.each<[string, TokenClaims, string]>([
    [
      'a gemeente’s nazorgcoördinator',
      { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-0363' },
      `query { nazorgdossiers(gemeentecode: "0363", first: 50) { edges { node { justitiabele { ${VI_FIELDS} } } } } }`,
    ],
    [
      'a DJI casemanager',
      { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught' },
      `query { verblijven(first: 50) { edges { node { justitiabele { ${VI_FIELDS} } } } } }`,
    ],
    [
      'a burgemeester’s OOV-adviseur',
      { org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-0363' },
      `query { bijWerkvoorraad(first: 50) { edges { node { justitiabele { ${VI_FIELDS} } } } } }`,
    ],
  ])('gives %s no VI-beslissing of anyone', async (_name, caller, query) => {
    const response = await ask(caller, query);
    const found = viBeslissingenIn(response.data);
    expect(found.length).toBeGreaterThan(0);
    // Refused (null) or narrowed to nothing (a burgemeester holding records of its own on the person).
    expect(found.filter((list) => list !== null && list.length > 0)).toEqual([]);
    expect(JSON.stringify(response)).not.toContain('omschrijving":"');
  });

  it('leads the officier from a case to the person, and on to the reclassering’s risicotaxatie under art. 18b Pbw', async () => {
    const response = await ask(
      OFFICIER,
      `query ($parketnummer: String!) { strafzaak(parketnummer: $parketnummer) { parketnummer justitiabele { id risicotaxatie { gevaarrisico } viBeslissingen { toezichthoudendeOrganisatie } } } }`,
      { parketnummer: PARKETNUMMER },
    );
    expect(response.errors).toBeUndefined();
    const zaak = response.data?.['strafzaak'] as {
      justitiabele: { id: string; risicotaxatie: { gevaarrisico: string } | null; viBeslissingen: unknown[] };
    };
    expect(zaak.justitiabele.id).toBe(toezicht.justitiabeleId);
    expect(['GEMIDDELD', 'HOOG']).toContain(zaak.justitiabele.risicotaxatie?.gevaarrisico);
    expect(zaak.justitiabele.viBeslissingen).toContainEqual({ toezichthoudendeOrganisatie: toezicht.organisatie });
  });
});

describe('brandstichting in the BIJ-regeling, through the gateway', () => {
  it('receives a BIJ-melding for a conviction for arson', async () => {
    const response = await ask(
      JUSTID,
      `mutation ($input: BijMeldingInput!) { ontvangBijMelding(input: $input) { kenmerk nieuw } }`,
      {
        input: {
          kenmerk: 'BIJ-E2E-BRAND',
          justitiabeleId: toezicht.justitiabeleId,
          soort: 'TERUGKEER',
          terugkeerdatum: '2027-03-01',
          terugkeergemeente: '0363',
          delictcategorie: 'BRANDSTICHTING',
          grondslag: 'VEROORDELING',
          onherroepelijk: true,
          gemeenteNeemtDeel: true,
          ontvangenOp: '2026-12-01',
        },
      },
    );
    expect(response).toEqual({ data: { ontvangBijMelding: { kenmerk: 'BIJ-E2E-BRAND', nieuw: true } } });
  });

  it('still refuses a conviction outside the target group', async () => {
    const response = await ask(
      JUSTID,
      `mutation ($input: BijMeldingInput!) { ontvangBijMelding(input: $input) { kenmerk } }`,
      {
        input: {
          kenmerk: 'BIJ-E2E-OPIUM',
          justitiabeleId: toezicht.justitiabeleId,
          soort: 'TERUGKEER',
          terugkeerdatum: '2027-03-01',
          terugkeergemeente: '0363',
          delictcategorie: 'OPIUMWET',
          grondslag: 'VEROORDELING',
          onherroepelijk: true,
          gemeenteNeemtDeel: true,
          ontvangenOp: '2026-12-01',
        },
      },
    );
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['INVALID_INPUT']);
  });
});
