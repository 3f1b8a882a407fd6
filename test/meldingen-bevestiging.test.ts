import { CloudEvent, HTTP } from 'cloudevents';

import { INBOX_PATH, organisatieUri } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { eventually, instroom, REGISTREER_INSTROOM, testBsn } from './meldingen-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * The receiver acknowledges: ONTVANGEN in its answer, IN_BEHANDELING when its staff take the
 * melding up, as a melding of its own back to the sender's inbox, which only the organisation the
 * melding went to can send.
 */
let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('mld_bvs');
});

afterAll(() => federation.stop());

const CASEMANAGER: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-vught' };
const DJI_BEHEERDER: TokenClaims = { org: 'dji:PI-VUGHT', role: 'beheerder', sub: 'b-vught' };
const nazorg = (code: string): TokenClaims => ({
  org: `gemeente:${code}`,
  role: 'nazorgcoordinator',
  sub: `nzc-${code}`,
});
const IN_BEHANDELING = 'nl.ketengraaf.melding.in-behandeling';

const djiOutbox = (bsn: string) =>
  federation.rows<{ id: string; ontvanger: string; status: string; bevestiging: string | null }>(
    'dji',
    `SELECT id, ontvanger, status, bevestiging FROM melding_outbox WHERE data->>'bsn' = $1 ORDER BY ontvanger`,
    [bsn],
  );

/** Posts an acknowledgement of melding `id` to DJI's inbox, as `organisatie`'s deployment. */
async function acknowledge(organisatie: string, id: string): Promise<number> {
  const token = await federation.issuer.machineTokens(organisatie);
  const message = HTTP.structured(
    new CloudEvent({
      specversion: '1.0',
      id: `forged-${organisatie}-${id}`,
      source: organisatieUri(organisatie),
      type: IN_BEHANDELING,
      subject: `melding/${id}`,
      datacontenttype: 'application/json',
      ontvanger: 'dji:PI-VUGHT',
      grondslag: 'EIGEN_TAAK',
      data: { melding: id },
    }),
  );
  const response = await fetch(federation.stack.subgraphUrls.dji.replace(/\/graphql$/, INBOX_PATH), {
    method: 'POST',
    headers: { ...(message.headers as Record<string, string>), authorization: `Bearer ${token}` },
    body: message.body as string,
  });
  return response.status;
}

describe('IN_BEHANDELING: the gemeente taking up the dossier a melding made', () => {
  const bsn = testBsn(401);
  const elders = testBsn(402);
  let melding: string;

  beforeAll(async () => {
    for (const [n, code] of [
      [401, '0363'],
      [402, '0599'],
    ] as const) {
      const response = await federation.ask(federation.stack.subgraphUrls.dji, CASEMANAGER, REGISTREER_INSTROOM, {
        input: instroom(n, code),
      });
      expect(response.errors).toBeUndefined();
    }
    await eventually(
      async () => [...(await djiOutbox(bsn)), ...(await djiOutbox(elders))].every((row) => row.bevestiging),
      10_000,
      'both meldingen confirmed as received',
    );
    melding = (await djiOutbox(bsn))[0]?.id ?? '';
  });

  it('is acknowledged as ONTVANGEN first', async () => {
    expect(await djiOutbox(bsn)).toEqual([
      { id: melding, ontvanger: 'gemeente:0363', status: 'AFGELEVERD', bevestiging: 'ONTVANGEN' },
    ]);
  });

  it('refuses an acknowledgement from an organisation the melding did not go to, changing nothing', async () => {
    expect(await acknowledge('gemeente:0599', melding)).toBe(400);
    expect(await acknowledge('reclassering:RN', melding)).toBe(400);
    expect(await acknowledge('gemeente:0363', 'not-a-melding')).toBe(400);
    expect((await djiOutbox(bsn))[0]?.bevestiging).toBe('ONTVANGEN');
    expect(await federation.rows('dji', `SELECT 1 FROM melding_inbox WHERE type = $1`, [IN_BEHANDELING])).toEqual([]);
  });

  it('tells DJI once the nazorgcoördinator takes the AANGEMELD dossier up; another gemeente’s melding stays ONTVANGEN', async () => {
    const opened = await federation.ask(
      federation.stack.gatewayUrl,
      nazorg('0363'),
      `mutation ($input: NazorgdossierInput!) { openNazorgdossier(input: $input) { status } }`,
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
    expect(opened).toEqual({ data: { openNazorgdossier: { status: 'OPEN' } } });
    expect(
      await federation.rows(
        'gemeente',
        `SELECT ontvanger, status FROM melding_inbox WHERE data->>'bsn' = ANY($1) ORDER BY ontvanger`,
        [[bsn, elders]],
      ),
    ).toEqual([
      { ontvanger: 'gemeente:0363', status: 'IN_BEHANDELING' },
      { ontvanger: 'gemeente:0599', status: 'ONTVANGEN' },
    ]);
    await eventually(
      async () => (await djiOutbox(bsn))[0]?.bevestiging === 'IN_BEHANDELING',
      10_000,
      'the acknowledgement at DJI',
    );
    expect(
      await federation.rows(
        'gemeente',
        `SELECT afzender, ontvanger, subject, status FROM melding_outbox WHERE type = $1`,
        [IN_BEHANDELING],
      ),
    ).toEqual([
      { afzender: 'gemeente:0363', ontvanger: 'dji:PI-VUGHT', subject: `melding/${melding}`, status: 'AFGELEVERD' },
    ]);
    const beheer = await federation.ask(
      federation.stack.subgraphUrls.dji,
      DJI_BEHEERDER,
      `{ djiUitgaandeMeldingen(first: 100) { edges { node { id bevestiging } } } }`,
    );
    const nodes = (beheer.data?.['djiUitgaandeMeldingen'] as { edges: { node: { id: string } }[] }).edges.map(
      (edge) => edge.node,
    );
    expect(nodes.find((node) => node.id === melding)).toEqual({ id: melding, bevestiging: 'IN_BEHANDELING' });
    expect((await djiOutbox(elders))[0]?.bevestiging).toBe('ONTVANGEN');
  });
});
