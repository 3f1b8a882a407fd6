import { documentHash } from '@ketengraaf/gateway';
import type { RunningService, TokenClaims } from '@ketengraaf/subgraph-kit';
import { postGraphQL } from '@ketengraaf/subgraph-kit/testing';

import { registeredOperation, startProductionGateway } from './production-gateway';
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
  production = await startProductionGateway(federation, 'any');
  registeredOnly = await startProductionGateway(federation, 'registered');
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

  it('refuses, when set to registered operations only, another client’s operation: its client.json names whom it runs for', async () => {
    const { hash } = await registeredOperation('sociaal-domein');
    for (const body of [{ documentId: hash }, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }]) {
      const answer = await send(registeredOnly.url, { ...body, variables: VARIABLES });
      expect({ status: answer.status, errors: answer.body.errors, data: answer.body.data }).toEqual({
        status: 400,
        errors: [
          {
            message:
              'This operation is registered by client sociaal-domein, which runs for gemeente:sociaal-domein-systeem; not for gemeente:nazorgcoordinator.',
            extensions: { code: 'OPERATION_NOT_TRUSTED' },
          },
        ],
        data: undefined,
      });
    }
    // Without a valid token, whoever registered it: refused as unauthenticated, as every request is.
    const anonymous = await fetch(registeredOnly.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: hash, variables: VARIABLES }),
    });
    expect(await errorCodeOf(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('runs any document when not set to registered operations only', async () => {
    const answer = await send(production.url, {
      query: '{ nazorgdossiers(gemeentecode: "0363", first: 1) { edges { node { id } } } }',
    });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.nazorgdossiers?.edges).toHaveLength(1);
  });
});
