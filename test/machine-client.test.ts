import type { RunningService, TokenClaims } from '@ketengraaf/subgraph-kit';
import { postGraphQL } from '@ketengraaf/subgraph-kit/testing';
import { importJWK, SignJWT } from 'jose';
import type { KeyLike } from 'jose';

import { registeredOperation, startProductionGateway } from './production-gateway';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * A gemeente's social-domain system, a machine client, at the gateway over real HTTP: its registered
 * operation, what it reads and what it is refused, its role only a client-credentials token carries;
 * and `totalCount` on a list the caller sees whole.
 */
let federation: TestStack;
/** Behind a production gateway set to run only the clients' registered operations. */
let registeredOnly: RunningService;

const NAZORGCOORDINATOR: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-1' };

beforeAll(async () => {
  federation = await startTestStack('machine_client');
  registeredOnly = await startProductionGateway(federation, 'registered');
}, 120_000);

afterAll(async () => {
  await registeredOnly.stop();
  await federation.stop();
});

/** The social-domain system of Amsterdam, by its client-credentials token. */
const SOCIAAL_DOMEIN_0363: TokenClaims = {
  org: 'gemeente:0363',
  role: 'sociaal-domein-systeem',
  sub: 'sociaal-domein-0363',
};

async function machineAsks(url: string, query: string, variables: Record<string, unknown> = {}) {
  return federation.ask(url, SOCIAAL_DOMEIN_0363, query, variables);
}

/** `caller` (the social-domain system) runs `client`'s first registered operation by its hash, at the gateway taking only those. */
async function machineRunsRegistered(client: string, caller: TokenClaims = SOCIAAL_DOMEIN_0363): Promise<Response> {
  const { hash } = await registeredOperation(client);
  return fetch(registeredOnly.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await federation.issuer.sign(caller)}`,
    },
    body: JSON.stringify({ documentId: hash, variables: { gemeentecode: '0363', first: 3 } }),
  });
}

function codesOf(errors: { extensions?: Record<string, unknown> }[] | undefined): unknown[] {
  return [...new Set((errors ?? []).map((error) => error.extensions?.['code']))];
}

/** A token of the test issuer with exactly these claims, as a misconfigured issuer could sign it. */
async function tokenWith(claims: Record<string, unknown>): Promise<string> {
  const key = (await importJWK(federation.issuer.privateJwk, 'RS256')) as KeyLike;
  const { kid } = JSON.parse(
    Buffer.from((await federation.issuer.sign(NAZORGCOORDINATOR)).split('.')[0] ?? '', 'base64url').toString(),
  ) as {
    kid: string;
  };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer(federation.issuer.issuer)
    .setAudience(federation.issuer.audience)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key);
}

describe('a gemeente’s social-domain system, a machine client', () => {
  it('reads its own dossiers’ basisvoorwaarden and BSNs with its registered operation', async () => {
    const response = await machineRunsRegistered('sociaal-domein');
    const body = (await response.json()) as {
      data: { nazorgdossiers: { edges: { node: Record<string, unknown> }[] } };
      errors?: unknown[];
    };
    expect(body.errors).toBeUndefined();
    expect(body.data.nazorgdossiers.edges).toHaveLength(3);
    for (const { node } of body.data.nazorgdossiers.edges) {
      expect(node).toEqual({
        id: expect.any(String),
        gemeentecode: '0363',
        justitiabele: { bsn: expect.stringMatching(/^\d{9}$/) },
        basisvoorwaarden: expect.objectContaining({ onderdak: expect.any(Object), zorg: expect.any(Object) }),
      });
    }
  });

  it('is refused the nazorg application’s registered operation, which runs for a nazorgcoördinator', async () => {
    const response = await machineRunsRegistered('gemeente-nazorg');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.data).toBeUndefined();
    expect(codesOf(body.errors)).toEqual(['OPERATION_NOT_TRUSTED']);
  });

  it('is refused the nazorgcoördinator’s operation just run, parsed and planned for it, and the nazorgcoördinator the machine’s', async () => {
    const codes = async (response: Response) => [
      response.status,
      codesOf(((await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] }).errors),
    ];
    // Whom a document runs for is decided per request, before the gateway's kept documents and plans are looked at.
    expect(await codes(await machineRunsRegistered('gemeente-nazorg', NAZORGCOORDINATOR))).toEqual([200, []]);
    expect(await codes(await machineRunsRegistered('gemeente-nazorg'))).toEqual([400, ['OPERATION_NOT_TRUSTED']]);
    expect(await codes(await machineRunsRegistered('sociaal-domein'))).toEqual([200, []]);
    expect(await codes(await machineRunsRegistered('sociaal-domein', NAZORGCOORDINATOR))).toEqual([
      400,
      ['OPERATION_NOT_TRUSTED'],
    ]);
  });

  it('reads nothing else of its own dossiers, nor of the person at the other parties', async () => {
    const answer = await machineAsks(
      federation.stack.gatewayUrl,
      `{ nazorgdossiers(gemeentecode: "0363", first: 2) { edges { node {
          id rol status versie aangemeldDoor nazorgcoordinator { naam } gemeldeHulpvragen { domein }
          justitiabele { bsn personalia { geboortedatum } huidigVerblijf { instroomdatum } toezichten { id } nazorgdossiers { id } }
      } } } }`,
    );
    const nodes = (answer.data as { nazorgdossiers: { edges: { node: Record<string, unknown> }[] } }).nazorgdossiers
      .edges;
    expect(nodes).toHaveLength(2);
    for (const { node } of nodes) {
      expect(node).toEqual({
        id: expect.any(String),
        rol: null,
        status: null,
        versie: null,
        aangemeldDoor: null,
        nazorgcoordinator: null,
        gemeldeHulpvragen: null,
        justitiabele: {
          bsn: expect.stringMatching(/^\d{9}$/),
          personalia: null,
          huidigVerblijf: null,
          toezichten: null,
          nazorgdossiers: null,
        },
      });
    }
    expect(codesOf(answer.errors)).toEqual(['ACCESS_DENIED']);
  });

  it.each([
    [
      'another gemeente’s dossiers',
      '{ nazorgdossiers(gemeentecode: "0344", first: 2) { edges { node { id basisvoorwaarden { zorg { indicatie } } } } } }',
    ],
    ['DJI’s stays', '{ verblijven(first: 2) { edges { node { id } } } }'],
    ['the reclassering’s werkvoorraad', '{ werkvoorraad(first: 2) { edges { node { id } } } }'],
    [
      'the gemeente’s processing log',
      '{ gemeenteVerwerkingen(first: 2, filter: { betrokkene: "123456782" }) { edges { node { id } } } }',
    ],
    ['the chain’s figures', '{ detentieKetencijfers(vanaf: "2025-01", tot: "2025-12") { maand } }'],
  ])('is refused %s through the gateway', async (_what, query) => {
    const answer = await machineAsks(federation.stack.gatewayUrl, query);
    expect(answer.data === null || Object.values(answer.data ?? {}).every((value) => value === null)).toBe(true);
    expect(codesOf(answer.errors)).not.toContain(undefined);
    expect(answer.errors?.length).toBeGreaterThan(0);
  });

  it('is refused another gemeente’s person and dossier through _entities at the gemeente', async () => {
    const foreign = await federation.ask(
      federation.stack.gatewayUrl,
      { org: 'gemeente:0344', role: 'nazorgcoordinator', sub: 'nc-0344' },
      '{ nazorgdossiers(gemeentecode: "0344", first: 1) { edges { node { justitiabele { bsn } } } } }',
    );
    const bsn = (foreign.data as { nazorgdossiers: { edges: { node: { justitiabele: { bsn: string } } }[] } })
      .nazorgdossiers.edges[0]?.node.justitiabele.bsn;
    const answer = await machineAsks(
      federation.stack.subgraphUrls.gemeente,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Justitiabele { bsn nazorgdossiers { id } } } }',
      { r: [{ __typename: 'Justitiabele', bsn }] },
    );
    // Refused as a whole, exactly as a BSN the gemeente does not know.
    expect(answer.data).toEqual({ _entities: [null] });
    expect(codesOf(answer.errors)).toEqual(['ACCESS_DENIED']);
  });

  it('is a role only a client-credentials token carries, and such a token carries no person’s role', async () => {
    const query = '{ nazorgdossiers(gemeentecode: "0363", first: 1) { edges { node { id } } } }';
    const asPerson = await tokenWith({ org: 'gemeente:0363', role: 'sociaal-domein-systeem', sub: 'iemand' });
    const machineAsPerson = await tokenWith({
      org: 'gemeente:0363',
      role: 'nazorgcoordinator',
      sub: 'app',
      client_id: 'app',
    });
    for (const token of [asPerson, machineAsPerson]) {
      const answer = await postGraphQL(federation.stack.gatewayUrl, query, {}, { authorization: `Bearer ${token}` });
      expect(codesOf(answer.errors)).toEqual(['UNAUTHENTICATED']);
    }
  });
});

describe('totalCount on a list the caller sees whole', () => {
  it('counts a gemeente’s own worklist over every page, for its nazorgcoördinator and its own system', async () => {
    const [{ count } = { count: 0 }] = await federation.rows<{ count: number }>(
      'gemeente',
      "select count(*)::int as count from nazorgdossier where gemeentecode = '0363' and status = 'OPEN'",
    );
    expect(count).toBeGreaterThan(2);
    for (const caller of [NAZORGCOORDINATOR, SOCIAAL_DOMEIN_0363]) {
      const answer = await federation.ask(
        federation.stack.gatewayUrl,
        caller,
        '{ nazorgdossiers(gemeentecode: "0363", first: 2) { totalCount edges { node { id } } } }',
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({
        nazorgdossiers: { totalCount: count, edges: [expect.anything(), expect.anything()] },
      });
    }
  });

  it('tells no count of a list the caller may not see', async () => {
    const answer = await federation.ask(
      federation.stack.gatewayUrl,
      SOCIAAL_DOMEIN_0363,
      '{ nazorgdossiers(gemeentecode: "0344", first: 2) { totalCount } }',
    );
    expect(answer.data).toBeNull();
    expect(codesOf(answer.errors)).toEqual(['ACCESS_DENIED']);
  });
});
