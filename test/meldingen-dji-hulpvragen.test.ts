import { randomBytes } from 'node:crypto';

import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { expectDenied, valueAt } from '@ketengraaf/subgraph-kit/testing';

import { nazorg } from './keten-fixtures';
import { djiMeldingen } from './meldingen-dji-fixtures';
import { testBsn } from './meldingen-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';
import { CASEMANAGER } from './werkstroom-fixtures';

/**
 * The hulpvragen of DJI's screening (art. 18a Pbw) on a gemeente's dossier: read by that gemeente and
 * the organisation that notified it, and by no one else on any path.
 */
let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('mld_dji_hulpvragen');
});

afterAll(() => federation.stop());

const { dossierWhen, dji, registreer } = djiMeldingen(() => federation);

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
