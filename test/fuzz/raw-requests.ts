import { request } from 'node:http';
import type { Agent } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';

import type { SeededRandom } from '@ketengraaf/subgraph-kit';

import { choose } from './operation-generator';
import type { GeneratedOperation } from './operation-generator';

/** An HTTP request as a client might send it, mistakes included. */
export interface RawRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: Buffer;
  /** What was sent, in a few words, for the report of a finding. */
  readonly kind: string;
}

export interface RawResponse {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
  readonly milliseconds: number;
}

const JSON_TYPE = 'application/json';

/** A JSON body for an operation, `query`, `variables` and `operationName` as given. */
export function operationBody(operation: GeneratedOperation): Buffer {
  return Buffer.from(JSON.stringify(operation));
}

export function post(path: string, body: Buffer, kind: string, headers: Record<string, string> = {}): RawRequest {
  return { method: 'POST', path, headers: { 'content-type': JSON_TYPE, ...headers }, body, kind };
}

// A few MB of zeros compresses to a few KB: the body limit must hold after inflating.
const gzipBomb = gzipSync(Buffer.alloc(8 * 1024 * 1024));
const valid = Buffer.from(JSON.stringify({ query: '{ __typename }' }));

/**
 * A request whose body or framing is wrong: bodies that are not JSON or not an object, batches,
 * wrong and odd content types and charsets, compressed bodies that are not what they claim, bodies
 * over the limit, JSON nested deeper than any parser recurses comfortably, prototype keys, persisted
 * query extensions, odd headers. `operation` supplies a plausible query where one is needed.
 */
export function malformedRequest(random: SeededRandom, operation: GeneratedOperation): RawRequest {
  const body = operationBody(operation);
  const cases: (() => RawRequest)[] = [
    () => post('/graphql', body.subarray(0, random.integer(0, body.length - 1)), 'truncated JSON'),
    () => post('/graphql', randomBytes(random, random.integer(1, 2000)), 'random bytes'),
    () =>
      post(
        '/graphql',
        Buffer.from(random.pick(['null', '[]', '123', '"{ __typename }"', 'true', '{}', ''])),
        'JSON that is no request',
      ),
    () => post('/graphql', Buffer.from(JSON.stringify([operation, operation])), 'a batch'),
    () =>
      post('/graphql', body, 'odd content type', {
        'content-type': random.pick([
          'text/plain',
          'text/plain; charset=utf-8',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/graphql',
          'application/json; charset=utf-16',
          'application/json; charset=latin1',
          'application/json; charset=nonsense',
          'application/graphql-response+json',
          'application/json; charset',
          'application/*',
          '*/*',
          ';;;',
        ]),
      }),
    () => ({ method: 'POST', path: '/graphql', headers: {}, body, kind: 'no content type' }),
    () =>
      post('/graphql', Buffer.from(`query=${encodeURIComponent(operation.query)}`), 'a form body', {
        'content-type': 'application/x-www-form-urlencoded',
        'apollo-require-preflight': 'true',
      }),
    () =>
      post('/graphql', randomBytes(random, random.integer(1, 500)), 'compressed garbage', {
        'content-encoding': random.pick([
          'gzip',
          'deflate',
          'br',
          'gzip, gzip',
          'x-gzip',
          'compress',
          'identity, gzip',
        ]),
      }),
    () => post('/graphql', gzipSync(body), 'valid gzip', { 'content-encoding': 'gzip' }),
    () => post('/graphql', deflateSync(body), 'valid deflate', { 'content-encoding': 'deflate' }),
    () => post('/graphql', brotliCompressSync(body), 'valid br', { 'content-encoding': 'br' }),
    () => post('/graphql', gzipSync(body).subarray(0, 20), 'cut-off gzip', { 'content-encoding': 'gzip' }),
    () => post('/graphql', gzipBomb, 'a gzip bomb', { 'content-encoding': 'gzip' }),
    () =>
      post(
        '/graphql',
        Buffer.from(JSON.stringify({ query: `{ __typename } #${'x'.repeat(1_100_000)}` })),
        'a body over 1 MB',
      ),
    () =>
      post(
        '/graphql',
        Buffer.from(JSON.stringify({ query: `{ __typename }${' '.repeat(random.integer(100_000, 900_000))}` })),
        'a large body of blanks',
      ),
    () => {
      const depth = random.integer(1000, 100_000);
      return post(
        '/graphql',
        Buffer.from(
          `{"query":"query($v: [ID]) { __typename }","variables":{"v":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
        ),
        'deeply nested JSON',
      );
    },
    () =>
      post(
        '/graphql',
        Buffer.from(
          `{"query":${JSON.stringify(operation.query)},"variables":{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}},"__proto__":{"query":"{ x }"}}`,
        ),
        'prototype keys',
      ),
    () => post('/graphql', Buffer.from('{"query":"{ __typename }","query":"{ nope }"}'), 'duplicate keys'),
    () =>
      post(
        '/graphql',
        Buffer.from(
          JSON.stringify({
            query: random.chance(0.5) ? operation.query : undefined,
            extensions: choose<unknown>(random, [
              { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
              { persistedQuery: { version: 2, sha256Hash: 'abc' } },
              { persistedQuery: 'yes' },
              'extensions',
              { persistedQuery: { version: 1, sha256Hash: null } },
            ]),
          }),
        ),
        'persisted query extensions',
      ),
    () =>
      post(
        '/graphql',
        Buffer.from(
          JSON.stringify({
            query: choose<unknown>(random, [5, null, ['{ __typename }'], { query: '{ __typename }' }, true, '']),
            variables: operation.variables,
          }),
        ),
        'query of the wrong type',
      ),
    () =>
      post('/graphql', valid, 'odd headers', {
        [random.pick([
          'traceparent',
          'apollo-query-plan-experimental',
          'x-apollo-operation-name',
          'accept',
          'apollo-require-preflight',
        ])]: random.pick([
          '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
          '00-00000000000000000000000000000000-0000000000000000-01',
          'ff-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
          'garbage',
          'x'.repeat(random.integer(100, 8000)),
          'true',
          'text/html',
          'application/graphql-response+json',
          'multipart/mixed; deferSpec=20220824',
          'text/event-stream',
          '',
        ]),
      }),
  ];
  return random.pick(cases)();
}

/** Another method than POST, or another path than /graphql. */
export function oddRouteRequest(random: SeededRandom, operation: GeneratedOperation): RawRequest {
  const query = encodeURIComponent(operation.query.slice(0, 2000));
  const method = random.pick(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH', 'POST']);
  const path = random.pick([
    `/graphql?query=${query}`,
    '/graphql',
    '/graphql/',
    '/GRAPHQL',
    '/graphql?query=%7B__typename%7D&operationName=%E0%A4%A',
    '/',
    '/health',
    '/ready',
    '/health?x=%',
    '/%E0%A4%A',
    '/..%2f..%2fetc%2fpasswd',
    '//graphql',
    '/graphql%00',
    '/.env',
    '/node_modules/express/package.json',
    `/${'a'.repeat(random.integer(100, 6000))}`,
  ]);
  const headers: Record<string, string> = random.chance(0.5)
    ? { origin: 'https://evil.example', 'access-control-request-method': 'POST' }
    : {};
  if (method === 'GET' || method === 'HEAD' || random.chance(0.5)) {
    return { method, path, headers, kind: `${method} ${path.slice(0, 40)}` };
  }
  return {
    method,
    path,
    headers: { ...headers, 'content-type': JSON_TYPE },
    body: operationBody(operation),
    kind: `${method} ${path.slice(0, 40)} with a body`,
  };
}

function randomBytes(random: SeededRandom, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let index = 0; index < length; index += 1) bytes[index] = random.integer(0, 255);
  return bytes;
}

/** Sends one request on a keep-alive connection and reads the whole answer, timing it. */
export function send(
  agent: Agent,
  origin: string,
  raw: RawRequest,
  authorization: string | undefined,
): Promise<RawResponse> {
  const url = new URL(origin);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: raw.method,
        path: raw.path,
        headers: {
          ...(authorization === undefined ? {} : { authorization }),
          ...raw.headers,
          ...(raw.body ? { 'content-length': String(raw.body.length) } : {}),
        },
        timeout: 30_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve({
            status: response.statusCode ?? 0,
            contentType: response.headers['content-type'] ?? '',
            text: Buffer.concat(chunks).toString('utf8'),
            milliseconds: performance.now() - started,
          });
        });
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('no answer within 30 s')));
    outgoing.on('error', reject);
    outgoing.end(raw.body);
  });
}
