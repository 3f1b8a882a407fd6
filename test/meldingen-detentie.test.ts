import { CloudEvent, HTTP } from 'cloudevents';

import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { eventually, instroom, REGISTREER_INSTROOM, testBsn } from './meldingen-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';
import { CASEMANAGER } from './werkstroom-fixtures';

/** DJI tells the gemeente a resident's detention began; the gemeente's dossier opens from it. */
let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('mld_det');
});

afterAll(() => federation.stop());

const NAZORG_0363: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nzc-0363' };

const AANGEMELD = /* GraphQL */ `
  query {
    nazorgdossiers(gemeentecode: "0363", status: AANGEMELD, first: 100) {
      edges {
        node {
          rol
          status
          aangemeldDoor
          nazorgcoordinator {
            naam
          }
          justitiabele {
            bsn
            huidigVerblijf {
              instroomdatum
              verwachteUitstroomdatum
            }
          }
        }
      }
    }
  }
`;

interface Dossier {
  rol: string;
  status: string;
  aangemeldDoor: string;
  nazorgcoordinator: unknown;
  justitiabele: {
    bsn: string;
    huidigVerblijf: { instroomdatum: string; verwachteUitstroomdatum: string } | null;
  } | null;
}

const aangemeld = async (): Promise<Dossier[]> => {
  const response = await federation.ask(federation.stack.gatewayUrl, NAZORG_0363, AANGEMELD);
  expect(response.errors).toBeUndefined();
  const edges = (response.data?.['nazorgdossiers'] as { edges: { node: Dossier }[] } | undefined)?.edges ?? [];
  return edges.map((edge) => edge.node);
};

/** Posts a CloudEvent to a party's inbox with a machine token of `org`. */
async function post(
  party: 'dji' | 'gemeente',
  org: string,
  type: string,
  ontvanger: string,
): Promise<{ status: number; body: unknown }> {
  const token = await federation.issuer.signMachine({ org, clientId: `client-${org}` });
  const message = HTTP.structured(
    new CloudEvent({
      source: `https://ketengraaf.nl/organisaties/${org.replace(':', '/')}`,
      type,
      subject: 'verblijf/onbekend',
      ontvanger,
      datacontenttype: 'application/json',
      data: { bsn: testBsn(500), rol: 'ONTVANGENDE_GEMEENTE', ontvangendeGemeente: '0363' },
    }),
  );
  const response = await fetch(federation.stack.subgraphUrls[party].replace(/\/graphql$/, '/meldingen'), {
    method: 'POST',
    headers: { ...(message.headers as Record<string, string>), authorization: `Bearer ${token}` },
    body: message.body as string,
  });
  return { status: response.status, body: await response.json() };
}

describe('DJI → gemeente: begin of detention (art. 51c WJSG)', () => {
  it("opens an AANGEMELD dossier in the gemeente's nazorgdossiers within seconds of the instroom at DJI", async () => {
    const bsn = testBsn(1);
    const registered = await federation.ask(federation.stack.subgraphUrls.dji, CASEMANAGER, REGISTREER_INSTROOM, {
      input: instroom(1, '0363', bsn),
    });
    expect(registered.errors).toBeUndefined();

    const ms = await eventually(
      async () => (await aangemeld()).some((dossier) => dossier.justitiabele?.bsn === bsn),
      10_000,
      'the dossier',
    );
    expect(ms).toBeLessThan(10_000);
    const dossier = (await aangemeld()).find((candidate) => candidate.justitiabele?.bsn === bsn);
    // The gemeente keeps what the melding says; the stay it reads from DJI through the graph, on art. 51c.
    expect(dossier).toEqual({
      rol: 'ONTVANGENDE_GEMEENTE',
      status: 'AANGEMELD',
      aangemeldDoor: 'dji:PI-VUGHT',
      nazorgcoordinator: null,
      justitiabele: { bsn, huidigVerblijf: { instroomdatum: '2026-03-01', verwachteUitstroomdatum: '2026-12-15' } },
    });
  });

  it('keeps the outbox, the inbox and the processing log of both sides in step, and shows them to the operators', async () => {
    const [outbox] = await federation.rows<{ status: string; bevestiging: string; subject: string; pogingen: number }>(
      'dji',
      `SELECT status, bevestiging, subject, pogingen FROM melding_outbox WHERE data->>'bsn' = $1`,
      [testBsn(1)],
    );
    expect(outbox).toEqual({
      status: 'AFGELEVERD',
      bevestiging: 'ONTVANGEN',
      subject: expect.stringMatching(/^verblijf\//),
      pogingen: 1,
    });

    const [receipt] = await federation.rows<{
      foreign_operation_processor: string;
      processing_activity_id: string;
      bronhouder: string;
    }>(
      'gemeente',
      `SELECT foreign_operation_processor, processing_activity_id, bronhouder FROM processing_log_record WHERE name = 'melding nl.ketengraaf.dji.detentie.begonnen'`,
    );
    expect(receipt).toEqual({
      foreign_operation_processor: 'dji:PI-VUGHT',
      processing_activity_id: 'https://ketengraaf.nl/verwerkingsactiviteiten/gemeente/art-51c-wjsg',
      bronhouder: 'gemeente:0363',
    });

    const beheerDji = await federation.ask(
      federation.stack.subgraphUrls.dji,
      { org: 'dji:PI-VUGHT', role: 'beheerder', sub: 'b-dji' },
      `{ djiUitgaandeMeldingen(status: AFGELEVERD, first: 10) { edges { node { type ontvanger status pogingen bevestiging laatsteFout } } } djiMeldingTelling { afgeleverd onbestelbaar } }`,
    );
    expect(beheerDji.errors).toBeUndefined();
    expect(beheerDji.data?.['djiUitgaandeMeldingen']).toEqual({
      edges: [
        {
          node: {
            type: 'nl.ketengraaf.dji.detentie.begonnen',
            ontvanger: 'gemeente:0363',
            status: 'AFGELEVERD',
            pogingen: 1,
            bevestiging: 'ONTVANGEN',
            laatsteFout: null,
          },
        },
      ],
    });

    const beheerGemeente = (org: string) =>
      federation.ask(
        federation.stack.subgraphUrls.gemeente,
        { org, role: 'beheerder', sub: 'b-gem' },
        `{ gemeenteInkomendeMeldingen(first: 10) { edges { node { afzender grondslag keerOntvangen } } } }`,
      );
    expect((await beheerGemeente('gemeente:0363')).data?.['gemeenteInkomendeMeldingen']).toEqual({
      edges: [{ node: { afzender: 'dji:PI-VUGHT', grondslag: 'ART_51C_WJSG', keerOntvangen: 1 } }],
    });
    // Another gemeente's beheerder in the same deployment sees none of it.
    expect((await beheerGemeente('gemeente:0599')).data?.['gemeenteInkomendeMeldingen']).toEqual({ edges: [] });

    const nazorg = await federation.ask(
      federation.stack.subgraphUrls.gemeente,
      NAZORG_0363,
      `{ gemeenteInkomendeMeldingen(first: 1) { edges { node { id } } } }`,
    );
    expect(nazorg.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
  });
});

describe('an inbox refuses, and records, what a sender may not send', () => {
  it('refuses a detention melding from a reclassering organisation, recording the denial at the gemeente', async () => {
    const answer = await post('gemeente', 'reclassering:RN', 'nl.ketengraaf.dji.detentie.begonnen', 'gemeente:0363');
    expect(answer).toEqual({
      status: 403,
      body: {
        errors: [{ message: expect.stringContaining('reclassering'), extensions: { code: 'MELDING_NOT_ACCEPTED' } }],
      },
    });
    const denials = await federation.rows<{
      decision: string;
      policy: string;
      requested_grounds: string[];
      bronhouder: string;
    }>(
      'gemeente',
      `SELECT decision, policy, requested_grounds, bronhouder FROM access_decision WHERE resource = 'Melding nl.ketengraaf.dji.detentie.begonnen' AND decision = 'DENY'`,
    );
    expect(denials).toEqual([
      {
        decision: 'DENY',
        policy: 'no-legal-ground',
        requested_grounds: ['ART_51C_WJSG'],
        bronhouder: 'reclassering:RN',
      },
    ]);
    expect(await federation.rows('gemeente', `SELECT 1 FROM melding_inbox WHERE afzender = 'reclassering:RN'`)).toEqual(
      [],
    );
  });

  it('refuses a type the receiver does not take at all, and a source that is not the token’s organisation', async () => {
    expect((await post('dji', 'gemeente:0363', 'nl.ketengraaf.gemeente.iets', 'dji:PI-VUGHT')).status).toBe(403);
    const token = await federation.issuer.signMachine({ org: 'dji:PI-VUGHT', clientId: 'client-dji' });
    const forged = HTTP.structured(
      new CloudEvent({
        source: 'https://ketengraaf.nl/organisaties/dji/PI-ALMELO',
        type: 'nl.ketengraaf.dji.detentie.begonnen',
        subject: 'x',
        ontvanger: 'gemeente:0363',
        data: {},
      }),
    );
    const response = await fetch(federation.stack.subgraphUrls.gemeente.replace(/\/graphql$/, '/meldingen'), {
      method: 'POST',
      headers: { ...(forged.headers as Record<string, string>), authorization: `Bearer ${token}` },
      body: forged.body as string,
    });
    expect(response.status).toBe(403);
    expect(
      await federation.rows(
        'dji',
        `SELECT 1 FROM access_decision WHERE resource = 'Melding nl.ketengraaf.gemeente.iets' AND decision = 'DENY'`,
      ),
    ).toHaveLength(1);
  });

  it('refuses a user token at the inbox, and a machine token at /graphql', async () => {
    const userToken = await federation.issuer.sign(CASEMANAGER);
    const atInbox = await fetch(federation.stack.subgraphUrls.gemeente.replace(/\/graphql$/, '/meldingen'), {
      method: 'POST',
      headers: { 'content-type': 'application/cloudevents+json', authorization: `Bearer ${userToken}` },
      body: '{}',
    });
    expect(atInbox.status).toBe(401);
    const machineToken = await federation.issuer.signMachine({ org: 'gemeente:0363', clientId: 'client-gem' });
    const atGraphql = await fetch(federation.stack.subgraphUrls.gemeente, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${machineToken}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(atGraphql.status).toBe(401);
  });
});
