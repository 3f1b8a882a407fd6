import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

import { djiParty } from '@ketengraaf/dji';
import { createGateway } from '@ketengraaf/gateway';
import { supergraphPath } from '@ketengraaf/schema';
import { createLogger, isErrorCode } from '@ketengraaf/subgraph-kit';
import type { PartySubgraph, RunningService, TokenClaims } from '@ketengraaf/subgraph-kit';
import { startTestSubgraph } from '@ketengraaf/subgraph-kit/testing';
import type { TestSubgraph } from '@ketengraaf/subgraph-kit/testing';

const casemanager: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-1' };

/** A request as a client might send it, mistakes included: raw headers and a raw body. */
interface RawRequest {
  readonly method?: string;
  readonly path?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
}

/** What the service must answer: a 4xx status and a registered code (per service, where they differ). */
interface Expected {
  readonly status: number;
  readonly code: string;
}

interface Case {
  readonly name: string;
  readonly request: RawRequest;
  readonly gateway: Expected;
  readonly subgraph: Expected;
}

const json = (value: unknown): string => JSON.stringify(value);
const both = (status: number, code: string): Pick<Case, 'gateway' | 'subgraph'> => ({
  gateway: { status, code },
  subgraph: { status, code },
});

const cases: Case[] = [
  { name: 'malformed JSON', request: { body: '{"query": ' }, ...both(400, 'BAD_REQUEST') },
  { name: 'JSON that is not an object', request: { body: '"{ __typename }"' }, ...both(400, 'BAD_REQUEST') },
  {
    name: 'a body over 1 MB',
    request: { body: json({ query: `{ __typename } # ${'x'.repeat(1_100_000)}` }) },
    ...both(413, 'PAYLOAD_TOO_LARGE'),
  },
  {
    name: 'an unknown Content-Encoding',
    request: { headers: { 'content-encoding': 'br0ken' }, body: json({ query: '{ __typename }' }) },
    ...both(415, 'UNSUPPORTED_CONTENT_ENCODING'),
  },
  {
    name: 'a gzip body that is not gzip',
    request: { headers: { 'content-encoding': 'gzip' }, body: json({ query: '{ __typename }' }) },
    ...both(400, 'BAD_REQUEST'),
  },
  {
    name: 'a charset other than UTF-8',
    request: { headers: { 'content-type': 'application/json; charset=latin-9' }, body: json({ query: '{ x }' }) },
    ...both(415, 'UNSUPPORTED_MEDIA_TYPE'),
  },
  {
    name: 'a GraphQL syntax error',
    request: { body: json({ query: '{ __typename ' }) },
    ...both(400, 'GRAPHQL_PARSE_FAILED'),
  },
  {
    name: 'two unnamed operations in one document',
    request: { body: json({ query: '{ __typename } { __typename }' }) },
    ...both(400, 'GRAPHQL_VALIDATION_FAILED'),
  },
  {
    name: 'two named operations and no operationName',
    request: { body: json({ query: 'query A { __typename } query B { __typename }' }) },
    ...both(400, 'OPERATION_RESOLUTION_FAILURE'),
  },
  {
    name: 'an operationName that is not in the document',
    request: { body: json({ query: 'query A { __typename } query B { __typename }', operationName: 'C' }) },
    ...both(400, 'OPERATION_RESOLUTION_FAILURE'),
  },
  {
    name: 'a document over the token limit',
    request: { body: json({ query: `{ ${'__typename '.repeat(16000)}}` }) },
    ...both(400, 'TOO_MANY_TOKENS'),
  },
  {
    name: 'GET on /graphql',
    request: { method: 'GET', path: '/graphql?query=%7B__typename%7D' },
    ...both(405, 'METHOD_NOT_ALLOWED'),
  },
  { name: 'a path that is not served', request: { method: 'GET', path: '/.env' }, ...both(404, 'ROUTE_NOT_FOUND') },
  {
    name: 'POST to a path that is not served',
    request: { path: '/graphql/x', body: '{' },
    ...both(404, 'ROUTE_NOT_FOUND'),
  },
];

interface Services {
  readonly subgraph: TestSubgraph<PartySubgraph>;
  readonly gateway: RunningService;
}

/**
 * The DJI subgraph and a gateway over it, created while NODE_ENV is `nodeEnv`: Express reads it
 * when the app is created (`app.get('env')`, which decides whether its error page shows the stack
 * trace) and Apollo Server when it is constructed, both inside `listen`.
 */
async function startServices(nodeEnv: string | undefined): Promise<Services> {
  const saved = process.env['NODE_ENV'];
  if (nodeEnv === undefined) {
    delete process.env['NODE_ENV'];
  } else {
    process.env['NODE_ENV'] = nodeEnv;
  }
  try {
    const subgraph = await startTestSubgraph('httperr_dji', (options) => djiParty.create(options), casemanager);
    const unreachable = 'http://127.0.0.1:9/graphql';
    const gateway = await createGateway({
      supergraphSdl: await readFile(supergraphPath, 'utf8'),
      subgraphUrls: {
        dji: subgraph.url,
        gemeente: unreachable,
        reclassering: unreachable,
        'om-burgemeester': unreachable,
      },
      log: createLogger('gateway', 'silent'),
      limits: { maxDepth: 10, maxCost: 20000, maxAliases: 30, maxTokens: 5000, subgraphTimeoutMs: 2000 },
      identity: {
        issuer: subgraph.issuer.issuer,
        audience: subgraph.issuer.audience,
        jwksUrl: subgraph.issuer.jwksUrl,
      },
    }).listen(0);
    return { subgraph, gateway };
  } finally {
    if (saved === undefined) {
      delete process.env['NODE_ENV'];
    } else {
      process.env['NODE_ENV'] = saved;
    }
  }
}

interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

async function send(graphqlUrl: string, authorization: string, request: RawRequest): Promise<RawResponse> {
  const url = new URL(request.path ?? '/graphql', graphqlUrl);
  const method = request.method ?? 'POST';
  const response = await fetch(url, {
    method,
    headers: {
      authorization,
      ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
      ...request.headers,
    },
    body: request.body,
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** An error answer as a client may see it: JSON, a registered code, and nothing of the server's insides. */
function expectJsonError(response: RawResponse, expected: Expected): void {
  expect({ status: response.status, code: codesOf(response)[0] }).toEqual(expected);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = JSON.parse(response.text) as { errors: { extensions?: Record<string, unknown> }[] };
  for (const error of body.errors) {
    expect(isErrorCode(error.extensions?.['code'])).toBe(true);
    expect(error.extensions).not.toHaveProperty('http');
    expect(error.extensions).not.toHaveProperty('stacktrace');
  }
  expectNothingOfTheServer(response.text);
}

function codesOf(response: RawResponse): unknown[] {
  try {
    const body = JSON.parse(response.text) as { errors?: { extensions?: Record<string, unknown> }[] };
    return (body.errors ?? []).map((error) => error.extensions?.['code']);
  } catch {
    return [`not JSON: ${response.text.slice(0, 200)}`];
  }
}

function expectNothingOfTheServer(text: string): void {
  expect(text).not.toMatch(/\bat \S+ \(|\bat (node:|\/)/);
  expect(text).not.toContain(process.cwd());
  expect(text).not.toContain('/work');
  expect(text).not.toContain('node_modules');
  expect(text.toLowerCase()).not.toContain('<html');
}

/** The security headers of a JSON API (see `securityHeaders` in the kit's graphql-http-service). */
function expectSecurityHeaders(headers: Headers): void {
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-powered-by')).toBeNull();
  expect(headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  expect(headers.get('content-security-policy')).toBe(
    "default-src 'none';base-uri 'none';form-action 'none';frame-ancestors 'none'",
  );
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
}

describe.each([
  ['NODE_ENV unset, as `npm start` runs', undefined],
  ['NODE_ENV=production', 'production'],
])('with %s', (_mode, nodeEnv) => {
  let services: Services;
  let authorization: string;

  beforeAll(async () => {
    services = await startServices(nodeEnv);
    authorization = `Bearer ${await services.subgraph.issuer.sign(casemanager)}`;
  });

  afterAll(async () => {
    await services.gateway.stop();
    await services.subgraph.stop();
  });

  describe.each([
    ['the gateway', 'gateway' as const],
    ['the DJI subgraph called directly', 'subgraph' as const],
  ])('%s answers a client mistake with JSON, a 4xx and a registered code, never a stack trace:', (_name, target) => {
    const url = (): string => (target === 'gateway' ? services.gateway.url : services.subgraph.url);

    it.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s', async (_case, testCase) => {
      const response = await send(url(), authorization, testCase.request);
      expectJsonError(response, testCase[target]);
      expectSecurityHeaders(response.headers);
    });

    it('sends the security headers on an answer, /health and /ready too, and the answer `no-store`', async () => {
      const origin = new URL(url()).origin;
      const answer = await send(url(), authorization, { body: json({ query: '{ __typename }' }) });
      expect({ status: answer.status, body: JSON.parse(answer.text) as unknown }).toEqual({
        status: 200,
        body: { data: { __typename: 'Query' } },
      });
      expectSecurityHeaders(answer.headers);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      for (const path of ['/health', '/ready']) {
        const response = await fetch(`${origin}${path}`);
        // This gateway's other three subgraphs are unreachable on purpose, and its /ready says so.
        expect(response.status).toBe(target === 'gateway' && path === '/ready' ? 503 : 200);
        expectSecurityHeaders(response.headers);
      }
    });

    it('refuses a request without a token with 401 and without `extensions.http`', async () => {
      const response = await send(url(), '', { body: json({ query: '{ __typename }' }) });
      expectJsonError(response, { status: 401, code: 'UNAUTHENTICATED' });
      expectSecurityHeaders(response.headers);
    });
  });

  it('answers a gzip body that is valid, so the encodings the error names are the ones it reads', async () => {
    const response = await send(services.gateway.url, authorization, {
      headers: { 'content-encoding': 'gzip' },
      body: gzipSync(json({ query: '{ __typename }' })),
    });
    expect(response.status).toBe(200);
  });
});
