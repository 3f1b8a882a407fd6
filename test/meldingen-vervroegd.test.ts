import { CloudEvent, HTTP } from 'cloudevents';

import { createLogger, INBOX_PATH, startDispatcher } from '@ketengraaf/subgraph-kit';
import type { Dispatcher, TokenClaims } from '@ketengraaf/subgraph-kit';

import { nazorg } from './keten-fixtures';
import { eventually, instroom, REGISTREER_INSTROOM, testBsn } from './meldingen-fixtures';
import { startTestStack, TEST_MELDINGEN_SETTINGS } from './test-stack';
import type { TestStack } from './test-stack';
import { CASEMANAGER } from './werkstroom-fixtures';

/**
 * An unexpected early release (seed 004 l. 217–223): DJI tells the gemeenten of the stay and the
 * reclassering it recorded as involved at once, ahead of a backlog of its other meldingen; the
 * receivers keep the day. And a melding delivered late never puts an older date back.
 */
let federation: TestStack;
let dispatcher: Dispatcher | null = null;

const ANDERE_CASEMANAGER: TokenClaims = { org: 'dji:PI-ALMELO', role: 'casemanager', sub: 'cm-almelo' };
const TOEZICHTHOUDER = (org: string): TokenClaims => ({ org, role: 'toezichthouder', sub: `th-${org}` });
const VERVROEGD = 'nl.ketengraaf.dji.detentie.vervroegd-beeindigd';

/** DJI's dispatcher, fetching three meldingen at a time: exactly the early release's three go first. */
async function startDjiDispatcher(): Promise<void> {
  dispatcher = await startDispatcher({
    databaseUrl: federation.databaseUrls.dji,
    routes: federation.stack.routes,
    tokens: federation.issuer.machineTokens,
    settings: { ...TEST_MELDINGEN_SETTINGS, batchSize: 3 },
    log: createLogger('dji-dispatcher', 'silent'),
  });
}

async function stopDjiDispatcher(): Promise<void> {
  await dispatcher?.stop();
  dispatcher = null;
}

beforeAll(async () => {
  federation = await startTestStack('mld_vrg', { dispatch: false });
  await startDjiDispatcher();
});

afterAll(async () => {
  await stopDjiDispatcher();
  await federation.stop();
});

async function dji(
  query: string,
  variables: Record<string, unknown>,
  caller = CASEMANAGER,
): Promise<{ data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] }> {
  return federation.ask(federation.stack.subgraphUrls.dji, caller, query, variables);
}

const VERVROEGDE_INVRIJHEIDSTELLING = /* GraphQL */ `
  mutation ($input: VervroegdeInvrijheidstellingInput!) {
    registreerVervroegdeInvrijheidstelling(input: $input) {
      status
      uitstroomdatum
    }
  }
`;

const outbox = (where: string, parameters: unknown[]) =>
  federation.rows<{ type: string; ontvanger: string; grondslag: string; status: string; afgeleverd_op: Date }>(
    'dji',
    `SELECT type, ontvanger, grondslag, status, afgeleverd_op FROM melding_outbox WHERE ${where} ORDER BY ontvanger`,
    parameters,
  );

/** Starts `organisatie`'s toezicht, prepared in PI Vught, on the person `skn`; its id. */
async function startToezicht(organisatie: string, skn: string): Promise<string> {
  const started = await federation.ask(
    federation.stack.subgraphUrls.reclassering,
    TOEZICHTHOUDER(organisatie),
    `mutation ($input: ToezichtInput!) { startToezicht(input: $input) { id } }`,
    {
      input: {
        justitiabeleId: skn,
        organisatie,
        opdrachtgever: 'om',
        begindatum: '2026-12-15',
        toezichthouder: { naam: 'T. Houder', email: 't.houder@reclassering.example.nl' },
        toezichthouderGebruiker: `th-${organisatie}`,
        ketenpartners: ['dji:PI-VUGHT', 'gemeente:0363'],
        inrichting: 'dji:PI-VUGHT',
      },
    },
  );
  expect(started.errors).toBeUndefined();
  return (started.data?.['startToezicht'] as { id: string }).id;
}

describe('DJI → gemeenten and the involved reclassering: an unexpected early release, ahead of the queue', () => {
  const bsn = testBsn(301);
  const skn = String(instroom(301, '0599')['id']);
  let verblijf: { id: string; versie: number };
  let toezichtId: string;

  beforeAll(async () => {
    const registered = await dji(REGISTREER_INSTROOM.replace('id\n', 'id\n      versie\n'), {
      input: { ...instroom(301, '0599'), terugkeer: { soort: 'GEMEENTE', gemeentecode: '0363' } },
    });
    verblijf = registered.data?.['registreerInstroom'] as { id: string; versie: number };
    const betrokken = await dji(
      `mutation ($input: BetrokkenOrganisatieInput!) { registreerBetrokkenOrganisatie(input: $input) { versie } }`,
      {
        input: {
          verblijfId: verblijf.id,
          organisatie: 'reclassering:RN',
          aanleiding: 'INFORMATIEVERZOEK_SCREENING',
          datum: '2026-03-02',
        },
      },
    );
    expect(betrokken.errors).toBeUndefined();
    verblijf.versie = (betrokken.data?.['registreerBetrokkenOrganisatie'] as { versie: number }).versie;
    for (const organisatie of ['reclassering:RN', 'reclassering:SVG']) {
      const id = await startToezicht(organisatie, skn);
      if (organisatie === 'reclassering:RN') {
        toezichtId = id;
      }
    }
    await eventually(
      async () => (await outbox(`data->>'bsn' = $1 AND status = 'AFGELEVERD'`, [bsn])).length === 2,
      10_000,
      'the begin of detention delivered',
    );
  });

  it('refuses an early release by another inrichting, on a stale version, or not before the expected end, sending nothing', async () => {
    const input = { verblijfId: verblijf.id, verwachteVersie: verblijf.versie, uitstroomdatum: '2026-06-01' };
    const elsewhere = await dji(VERVROEGDE_INVRIJHEIDSTELLING, { input }, ANDERE_CASEMANAGER);
    expect(elsewhere.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
    const stale = await dji(VERVROEGDE_INVRIJHEIDSTELLING, {
      input: { ...input, verwachteVersie: verblijf.versie - 1 },
    });
    expect(stale.errors?.[0]?.extensions?.['code']).toBe('VERSION_CONFLICT');
    const notEarly = await dji(VERVROEGDE_INVRIJHEIDSTELLING, { input: { ...input, uitstroomdatum: '2026-12-15' } });
    expect(notEarly.errors?.[0]?.extensions?.['code']).toBe('INVALID_INPUT');
    expect(await outbox('type = $1', [VERVROEGD])).toEqual([]);
  });

  it('is delivered before a backlog of ordinary meldingen that waited for the dispatcher', async () => {
    await stopDjiDispatcher();
    for (let n = 310; n < 340; n += 1) {
      const response = await dji(REGISTREER_INSTROOM, { input: instroom(n, '0344') });
      expect(response.errors).toBeUndefined();
    }
    const released = await dji(VERVROEGDE_INVRIJHEIDSTELLING, {
      input: { verblijfId: verblijf.id, verwachteVersie: verblijf.versie, uitstroomdatum: '2026-06-01' },
    });
    expect(released).toEqual({
      data: { registreerVervroegdeInvrijheidstelling: { status: 'UITGESTROOMD', uitstroomdatum: '2026-06-01' } },
    });
    await startDjiDispatcher();
    await eventually(
      async () => (await outbox(`status <> 'AFGELEVERD'`, [])).length === 0,
      30_000,
      'the backlog and the early release delivered',
    );

    const early = await outbox('type = $1', [VERVROEGD]);
    // To the gemeenten of origin and return and the reclassering DJI recorded as involved: not to
    // SVG (a toezicht, but not recorded at DJI), not to LJ&R, OM or any other gemeente.
    expect(early.map(({ ontvanger, grondslag, status }) => ({ ontvanger, grondslag, status }))).toEqual([
      { ontvanger: 'gemeente:0363', grondslag: 'ART_51C_WJSG', status: 'AFGELEVERD' },
      { ontvanger: 'gemeente:0599', grondslag: 'ART_51C_WJSG', status: 'AFGELEVERD' },
      { ontvanger: 'reclassering:RN', grondslag: 'ART_18A_PBW', status: 'AFGELEVERD' },
    ]);
    const backlog = await outbox(`type = 'nl.ketengraaf.dji.detentie.begonnen' AND ontvanger = 'gemeente:0344'`, []);
    expect(backlog).toHaveLength(30);
    const lastEarly = Math.max(...early.map((row) => row.afgeleverd_op.getTime()));
    const firstOrdinary = Math.min(...backlog.map((row) => row.afgeleverd_op.getTime()));
    expect(lastEarly).toBeLessThanOrEqual(firstOrdinary);
  }, 60_000);

  it('shows on the dossiers of both gemeenten, and on the toezicht of the involved reclassering only', async () => {
    for (const code of ['0363', '0599']) {
      const response = await federation.ask(
        federation.stack.gatewayUrl,
        nazorg(code),
        `query ($code: Gemeentecode!) { nazorgdossiers(gemeentecode: $code, status: AANGEMELD, first: 100) { edges { node { justitiabele { bsn } gemeldeUitstroomdatum uitstroomVervroegd } } } }`,
        { code },
      );
      expect(response.errors).toBeUndefined();
      const nodes = (
        response.data?.['nazorgdossiers'] as {
          edges: { node: { justitiabele: { bsn: string } | null; gemeldeUitstroomdatum: string | null } }[];
        }
      ).edges.map((edge) => edge.node);
      expect(nodes.filter((node) => node.justitiabele?.bsn === bsn)).toEqual([
        { justitiabele: { bsn }, gemeldeUitstroomdatum: '2026-06-01', uitstroomVervroegd: true },
      ]);
    }
    const elsewhere = await federation.rows(
      'gemeente',
      `SELECT 1 FROM nazorgdossier WHERE bsn = $1 AND gemeentecode = '0344'`,
      [bsn],
    );
    expect(elsewhere).toEqual([]);

    const TOEZICHT = `query ($id: ID!) { toezicht(id: $id) { organisatie gemeldeVervroegdeInvrijheidstelling } }`;
    const own = await federation.ask(federation.stack.gatewayUrl, TOEZICHTHOUDER('reclassering:RN'), TOEZICHT, {
      id: toezichtId,
    });
    expect(own).toEqual({
      data: { toezicht: { organisatie: 'reclassering:RN', gemeldeVervroegdeInvrijheidstelling: '2026-06-01' } },
    });
    // Another organisation's toezichthouder reads nothing of RN's toezicht; SVG's own toezicht heard nothing.
    const other = await federation.ask(federation.stack.gatewayUrl, TOEZICHTHOUDER('reclassering:SVG'), TOEZICHT, {
      id: toezichtId,
    });
    expect(other.data?.['toezicht']).toBeNull();
    expect(other.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
    expect(
      await federation.rows(
        'reclassering',
        `SELECT organisatie, gemelde_vervroegde_invrijheidstelling::text AS dag FROM toezicht WHERE justitiabele_id = $1 ORDER BY organisatie`,
        [skn],
      ),
    ).toEqual([
      { organisatie: 'reclassering:RN', dag: '2026-06-01' },
      { organisatie: 'reclassering:SVG', dag: null },
    ]);
    expect(
      await federation.rows('reclassering', `SELECT ontvanger FROM melding_inbox WHERE type = $1`, [VERVROEGD]),
    ).toEqual([{ ontvanger: 'reclassering:RN' }]);
    expect(
      await federation.rows('om-burgemeester', `SELECT 1 FROM melding_inbox WHERE type = $1`, [VERVROEGD]),
    ).toEqual([]);
  });
});

describe('a melding delivered late', () => {
  /** Delivers a melding of PI Vught straight to `party`'s inbox, as DJI's dispatcher would; the HTTP status. */
  async function deliverAsDji(
    party: 'gemeente' | 'reclassering',
    event: { id: string; type: string; subject: string; time: string; ontvanger: string; grondslag: string },
    data: Record<string, unknown>,
  ): Promise<number> {
    const inbox = federation.stack.subgraphUrls[party].replace(/\/graphql$/, INBOX_PATH);
    const token = await federation.issuer.machineTokens('dji:PI-VUGHT');
    const message = HTTP.structured(
      new CloudEvent({
        specversion: '1.0',
        source: 'https://ketengraaf.nl/organisaties/dji/PI-VUGHT',
        datacontenttype: 'application/json',
        ...event,
        data,
      }),
    );
    const response = await fetch(inbox, {
      method: 'POST',
      headers: { ...(message.headers as Record<string, string>), authorization: `Bearer ${token}` },
      body: message.body as string,
    });
    return response.status;
  }

  it('never puts an older date over a newer one on the gemeente’s dossier', async () => {
    const bsn = testBsn(350);
    const send = (id: string, time: string, verwachteUitstroomdatum: string): Promise<number> =>
      deliverAsDji(
        'gemeente',
        {
          id,
          type: 'nl.ketengraaf.dji.detentie.einde-gewijzigd',
          subject: `verblijf/late-${id}`,
          time,
          ontvanger: 'gemeente:0363',
          grondslag: 'ART_51C_WJSG',
        },
        {
          bsn,
          rol: 'ONTVANGENDE_GEMEENTE',
          herkomstgemeente: '0363',
          ontvangendeGemeente: '0363',
          verwachteUitstroomdatum,
        },
      );
    // The newer change arrives first; the older one, retried, after it.
    expect(await send('e6c1c7a4-0000-4000-8000-000000000002', '2026-04-02T10:00:00.000Z', '2026-10-01')).toBe(200);
    expect(await send('e6c1c7a4-0000-4000-8000-000000000001', '2026-04-01T10:00:00.000Z', '2026-08-01')).toBe(200);
    expect(
      await federation.rows(
        'gemeente',
        `SELECT gemelde_verwachte_uitstroomdatum::text AS datum FROM nazorgdossier WHERE bsn = $1`,
        [bsn],
      ),
    ).toEqual([{ datum: '2026-10-01' }]);
    // Both were received, and logged: the older one just changes nothing.
    expect(
      await federation.rows<{ n: number }>(
        'gemeente',
        `SELECT count(*)::int AS n FROM melding_inbox WHERE data->>'bsn' = $1`,
        [bsn],
      ),
    ).toEqual([{ n: 2 }]);
  });

  it('never puts an older day of early release over a newer one on the reclassering’s toezicht', async () => {
    const skn = String(instroom(351, '0363')['id']);
    await startToezicht('reclassering:RN', skn);
    const send = (id: string, time: string, uitstroomdatum: string): Promise<number> =>
      deliverAsDji(
        'reclassering',
        {
          id,
          type: VERVROEGD,
          subject: `verblijf/late-${skn}`,
          time,
          ontvanger: 'reclassering:RN',
          grondslag: 'ART_18A_PBW',
        },
        { strafrechtsketennummer: skn, uitstroomdatum },
      );
    // The newer early release arrives first; the older one, retried, after it.
    expect(await send('e6c1c7a4-0000-4000-8000-000000000012', '2026-05-02T10:00:00.000Z', '2026-05-20')).toBe(200);
    expect(await send('e6c1c7a4-0000-4000-8000-000000000011', '2026-05-01T10:00:00.000Z', '2026-05-10')).toBe(200);
    expect(
      await federation.rows(
        'reclassering',
        `SELECT gemelde_vervroegde_invrijheidstelling::text AS dag FROM toezicht WHERE justitiabele_id = $1`,
        [skn],
      ),
    ).toEqual([{ dag: '2026-05-20' }]);
    expect(
      await federation.rows<{ n: number }>(
        'reclassering',
        `SELECT count(*)::int AS n FROM melding_inbox WHERE data->>'strafrechtsketennummer' = $1`,
        [skn],
      ),
    ).toEqual([{ n: 2 }]);
  });
});
