import { readFile } from 'node:fs/promises';

import { createGateway, documentHash, loadTrustedDocuments } from '@ketengraaf/gateway';
import type { GatewayOptions, OperationPolicy } from '@ketengraaf/gateway';
import { supergraphPath } from '@ketengraaf/schema';
import { createLogger } from '@ketengraaf/subgraph-kit';
import type { RunningService, TokenClaims } from '@ketengraaf/subgraph-kit';
import { postGraphQL } from '@ketengraaf/subgraph-kit/testing';
import { importJWK, SignJWT } from 'jose';
import type { KeyLike } from 'jose';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * What an integrator meets at the gateway, over real HTTP: GraphiQL, introspection and field
 * suggestions in development and none of them in production; the clients' registered operations.
 */
let federation: TestStack;
/** The same federation's subgraphs behind a gateway as the Docker image runs it (`NODE_ENV=production`). */
let production: RunningService;
/** Behind a production gateway set to run only the clients' registered operations. */
let registeredOnly: RunningService;

const NAZORGCOORDINATOR: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-1' };

beforeAll(async () => {
  federation = await startTestStack('integrators');
  const documents = await loadTrustedDocuments('clients');
  const productionGateway = (policy: OperationPolicy): GatewayOptions => ({
    supergraphSdl,
    subgraphUrls: federation.stack.subgraphUrls,
    log: createLogger('gateway', 'silent'),
    limits: { maxDepth: 10, maxCost: 20000, maxAliases: 30, maxTokens: 5000, subgraphTimeoutMs: 3000 },
    identity: federation.identity,
    trustedDocuments: { documents, policy },
  });
  const supergraphSdl = await readFile(supergraphPath, 'utf8');
  production = await createGateway(productionGateway('any')).listen(0);
  registeredOnly = await createGateway(productionGateway('registered')).listen(0);
}, 120_000);

afterAll(async () => {
  await registeredOnly.stop();
  await production.stop();
  await federation.stop();
});

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

function get(graphqlUrl: string, path: string, accept = BROWSER_ACCEPT): Promise<Response> {
  return fetch(new URL(path, graphqlUrl), { headers: { accept } });
}

async function errorCodeOf(response: Response): Promise<unknown> {
  const body = (await response.json()) as { errors: { extensions: { code: unknown } }[] };
  return body.errors[0]?.extensions.code;
}

const INTROSPECTION = '{ __schema { queryType { name } } }';
const MISSPELT = '{ nazorgdosiers(gemeentecode: "0363", first: 1) { edges { node { rol } } } }';

describe('the GraphQL IDE in development', () => {
  it.each(['/graphql', '/'])(
    'serves GraphiQL on GET %s to a browser, with every file from the gateway itself',
    async (path) => {
      const response = await get(federation.stack.gatewayUrl, path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await response.text();
      expect(html).toContain('<title>Ketengraaf GraphiQL');
      // Works without internet access: nothing the page loads names another host.
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(html).not.toMatch(/https?:\/\//);
      const files = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
      expect(files).toEqual([
        '/ide/graphiql.min.css',
        '/ide/ide.css',
        '/ide/react.production.min.js',
        '/ide/react-dom.production.min.js',
        '/ide/graphiql.min.js',
        '/ide/ide.js',
      ]);
      for (const file of files) {
        const asset = await get(federation.stack.gatewayUrl, file, '*/*');
        expect({ file, status: asset.status }).toEqual({ file, status: 200 });
        expect(asset.headers.get('content-type')).toMatch(file.endsWith('.css') ? /^text\/css/ : /javascript/);
        expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(500);
      }
    },
  );

  it('still answers a GET /graphql that is not from a browser with 405, and an unknown IDE file with 404', async () => {
    const curl = await get(federation.stack.gatewayUrl, '/graphql?query=%7B__typename%7D', '*/*');
    expect(curl.status).toBe(405);
    expect(await errorCodeOf(curl)).toBe('METHOD_NOT_ALLOWED');
    const missing = await get(federation.stack.gatewayUrl, '/ide/..%2Fpackage.json', '*/*');
    expect(missing.status).toBe(404);
    expect(await errorCodeOf(missing)).toBe('ROUTE_NOT_FOUND');
  });

  it('gives the IDE a demo token for a chosen organisation and role, which the gateway accepts', async () => {
    const response = await fetch(new URL('/ide/token', federation.stack.gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ organisatie: 'gemeente:0363', rol: 'nazorgcoordinator' }),
    });
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    const answer = await postGraphQL(
      federation.stack.gatewayUrl,
      '{ nazorgdossiers(gemeentecode: "0363", first: 1) { edges { node { rol } } } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ nazorgdossiers: { edges: [{ node: { rol: expect.any(String) } }] } });
  });

  it('refuses a demo token for a role the organisation does not have, saying which roles it has', async () => {
    const response = await fetch(new URL('/ide/token', federation.stack.gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ organisatie: 'gemeente:0363', rol: 'casemanager' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('INVALID_INPUT');
    expect(body.errors[0]?.message).toContain('nazorgcoordinator');
  });

  it('answers introspection and suggests the field a misspelt query meant', async () => {
    const introspection = await federation.ask(federation.stack.gatewayUrl, NAZORGCOORDINATOR, INTROSPECTION);
    expect(introspection.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const misspelt = await federation.ask(federation.stack.gatewayUrl, NAZORGCOORDINATOR, MISSPELT);
    expect(misspelt.errors?.[0]?.message).toContain('Did you mean "nazorgdossiers"');
  });
});

describe('the gateway in production', () => {
  it.each(['/graphql', '/', '/ide/graphiql.min.js', '/ide/ide.js'])('serves no IDE on GET %s', async (path) => {
    const response = await get(production.url, path);
    expect(response.status).toBe(path === '/graphql' ? 405 : 404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('signs no demo token', async () => {
    const response = await fetch(new URL('/ide/token', production.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ organisatie: 'gemeente:0363', rol: 'nazorgcoordinator' }),
    });
    expect(response.status).toBe(404);
  });

  it('refuses introspection and suggests no field names', async () => {
    const introspection = await federation.ask(production.url, NAZORGCOORDINATOR, INTROSPECTION);
    expect(introspection.data).toBeUndefined();
    expect(introspection.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    const misspelt = await federation.ask(production.url, NAZORGCOORDINATOR, MISSPELT);
    expect(misspelt.errors?.[0]?.message).toContain('Cannot query field "nazorgdosiers"');
    expect(JSON.stringify(misspelt.errors)).not.toContain('nazorgdossiers');
  });
});

/** The gemeente's nazorg application's one registered operation, as committed in its manifest. */
async function registeredOperation(): Promise<{ hash: string; document: string }> {
  const manifest = JSON.parse(await readFile('clients/gemeente-nazorg/operations.json', 'utf8')) as Record<
    string,
    string
  >;
  const [hash, document] = Object.entries(manifest)[0] ?? ['', ''];
  return { hash, document };
}

async function send(url: string, body: Record<string, unknown>): Promise<{ status: number; body: GraphQLBody }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await federation.issuer.sign(NAZORGCOORDINATOR)}`,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}

interface GraphQLBody {
  data?: { nazorgdossiers?: { edges: unknown[] } };
  errors?: { message: string; extensions: { code: string } }[];
}

const VARIABLES = { gemeentecode: '0363', first: 2 };

describe('trusted documents', () => {
  it('runs a registered operation named by its hash, APQ-style or as documentId, without its text', async () => {
    const { hash } = await registeredOperation();
    for (const url of [registeredOnly.url, production.url]) {
      const byApq = await send(url, {
        extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
        variables: VARIABLES,
      });
      expect(byApq.body.errors).toBeUndefined();
      expect(byApq.body.data?.nazorgdossiers?.edges).toHaveLength(2);
      const byDocumentId = await send(url, { documentId: hash, variables: VARIABLES });
      expect(byDocumentId.body.errors).toBeUndefined();
      expect(byDocumentId.body.data?.nazorgdossiers?.edges).toHaveLength(2);
    }
  });

  it('refuses, when set to registered operations only, every other document with OPERATION_NOT_TRUSTED', async () => {
    const { hash, document } = await registeredOperation();
    const otherDocument = '{ nazorgdossiers(gemeentecode: "0363", first: 1) { edges { node { id } } } }';
    const refused = [
      { name: 'the registered text without its hash', body: { query: document, variables: VARIABLES } },
      { name: 'another text', body: { query: otherDocument } },
      { name: 'introspection', body: { query: INTROSPECTION } },
      { name: 'an unknown hash', body: { documentId: documentHash(otherDocument) } },
      {
        name: 'another text under a registered hash',
        body: { query: otherDocument, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      },
    ];
    for (const { name, body } of refused) {
      const answer = await send(registeredOnly.url, body);
      expect({
        name,
        status: answer.status,
        code: answer.body.errors?.[0]?.extensions.code,
        data: answer.body.data,
      }).toEqual({
        name,
        status: 400,
        code: 'OPERATION_NOT_TRUSTED',
        data: undefined,
      });
    }
  });

  it('runs any document when not set to registered operations only', async () => {
    const answer = await send(production.url, {
      query: '{ nazorgdossiers(gemeentecode: "0363", first: 1) { edges { node { id } } } }',
    });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.nazorgdossiers?.edges).toHaveLength(1);
  });
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
    const manifest = JSON.parse(await readFile('clients/sociaal-domein/operations.json', 'utf8')) as Record<
      string,
      string
    >;
    const [hash] = Object.keys(manifest);
    const response = await fetch(registeredOnly.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await federation.issuer.sign(SOCIAAL_DOMEIN_0363)}`,
      },
      body: JSON.stringify({ documentId: hash, variables: { gemeentecode: '0363', first: 3 } }),
    });
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
