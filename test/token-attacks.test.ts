import { readFile } from 'node:fs/promises';

import { createGateway } from '@ketengraaf/gateway';
import { supergraphPath } from '@ketengraaf/schema';
import type { RunningStack } from '@ketengraaf/stack';
import { createLogger, startLocalIssuer } from '@ketengraaf/subgraph-kit';
import type { IdentityConfig, LocalIssuer, Rol, TokenClaims } from '@ketengraaf/subgraph-kit';
import { postGraphQL } from '@ketengraaf/subgraph-kit/testing';
import { generateKeyPair, importJWK, SignJWT } from 'jose';
import type { JWTPayload, KeyLike } from 'jose';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

let federation: TestStack;
let issuer: LocalIssuer;
/** Another issuer, with a key of its own: its tokens name itself as issuer. */
let otherIssuer: LocalIssuer;
let identity: IdentityConfig;
let stack: RunningStack;
/** The real issuer's key id, as its JWKS publishes it. */
let kid: string;

const djiCasemanager: TokenClaims = { org: 'dji:PI-VUGHT', role: 'casemanager', sub: 'cm-1' };
const amsterdamNazorg: TokenClaims = { org: 'gemeente:0363', role: 'nazorgcoordinator', sub: 'nc-1' };

/** Personal data from DJI, which both the gateway and the DJI subgraph serve. */
const QUERY = '{ verblijven(first: 20) { edges { node { id justitiabele { bsn } } } } }';

beforeAll(async () => {
  federation = await startTestStack('tokens');
  ({ stack, issuer, identity } = federation);
  otherIssuer = await startLocalIssuer({ port: 0, audience: 'ketengraaf-test' });
  const jwks = (await (await fetch(issuer.jwksUrl)).json()) as { keys: { kid: string }[] };
  kid = jwks.keys[0]?.kid ?? '';
});

afterAll(async () => {
  await federation.stop();
  await otherIssuer.stop();
});

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** Claims as the real issuer would write them, for tokens built by hand. */
function validClaims(): JWTPayload {
  return {
    org: djiCasemanager.org,
    role: djiCasemanager.role,
    sub: djiCasemanager.sub,
    iss: issuer.issuer,
    aud: issuer.audience,
    iat: nowSeconds(),
    exp: nowSeconds() + 3600,
  };
}

/** Signs `claims` with RS256 and the given key (the real issuer's unless another is given). */
async function forge(claims: JWTPayload, key?: KeyLike): Promise<string> {
  const signingKey = key ?? ((await importJWK(issuer.privateJwk, 'RS256')) as KeyLike);
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid }).sign(signingKey);
}

/** Each way in without a valid token, as the `Authorization` header it sends (or none). */
const attacks: [string, () => Promise<string | undefined>][] = [
  ['no token', () => Promise.resolve(undefined)],
  ['a malformed token', () => Promise.resolve('Bearer not-a.jwt')],
  ['a token that is not a bearer token', async () => `Basic ${await issuer.sign(djiCasemanager)}`],
  ['an expired token', () => forge({ ...validClaims(), iat: nowSeconds() - 7200, exp: nowSeconds() - 3600 })],
  [
    'an unsigned token (alg: none)',
    () => Promise.resolve(`Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(validClaims())}.`),
  ],
  ['a token of another issuer', async () => `Bearer ${await otherIssuer.sign(djiCasemanager)}`],
  [
    "a token signed by another key under the issuer's name and key id",
    async () => `Bearer ${await forge(validClaims(), (await generateKeyPair('RS256')).privateKey)}`,
  ],
  [
    "an HS256 token keyed with the issuer's public key (algorithm confusion)",
    async () => {
      const { n, e, kty } = issuer.privateJwk;
      const publicJwkText = new TextEncoder().encode(JSON.stringify({ e, kty, n }));
      const token = await new SignJWT(validClaims()).setProtectedHeader({ alg: 'HS256', kid }).sign(publicJwkText);
      return `Bearer ${token}`;
    },
  ],
  [
    'a valid token with its claims changed after signing',
    async () => {
      const [header, , signature] = (await issuer.sign(amsterdamNazorg)).split('.');
      const tampered = { ...validClaims(), org: 'dji:PI-VUGHT', role: 'casemanager' };
      return `Bearer ${String(header)}.${base64url(tampered)}.${String(signature)}`;
    },
  ],
  ['a token for another audience', async () => `Bearer ${await forge({ ...validClaims(), aud: 'another-service' })}`],
  [
    'a token without an expiry',
    async () => {
      const { exp: _exp, ...claims } = validClaims();
      return `Bearer ${await forge(claims)}`;
    },
  ],
  [
    'a role the organisation does not have (gemeente + casemanager)',
    async () => `Bearer ${await issuer.sign({ org: 'gemeente:0363', role: 'casemanager', sub: 'x' })}`,
  ],
  [
    'a role that does not exist',
    async () => `Bearer ${await issuer.sign({ org: 'dji:PI-VUGHT', role: 'superuser' as Rol, sub: 'x' })}`,
  ],
  [
    'an unknown organisation',
    async () => `Bearer ${await issuer.sign({ org: 'gemeente:9999', role: 'nazorgcoordinator', sub: 'x' })}`,
  ],
  [
    'a DJI location DJI does not have',
    async () => `Bearer ${await issuer.sign({ org: 'dji:PI-NERGENS', role: 'casemanager', sub: 'x' })}`,
  ],
  [
    'a Zorg- en Veiligheidshuis that does not exist',
    async () => `Bearer ${await issuer.sign({ org: 'zvh:nergensland', role: 'procesregisseur', sub: 'x' })}`,
  ],
];

interface RawResponse {
  readonly status: number;
  readonly body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, authorization: string | undefined, query = QUERY): Promise<RawResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as RawResponse['body'] };
}

function expectRefused(response: RawResponse): void {
  expect(response.status).toBe(401);
  expect(response.body.errors?.map((error) => error.extensions?.['code'])).toEqual(['UNAUTHENTICATED']);
  expect(response.body).not.toHaveProperty('data');
}

describe.each([
  ['the gateway', () => stack.gatewayUrl],
  ['the DJI subgraph called directly', () => stack.subgraphUrls.dji],
])('%s refuses', (_name, url) => {
  it.each(attacks)('%s with 401 UNAUTHENTICATED and no data', async (_attack, authorization) => {
    expectRefused(await post(url(), await authorization()));
  });
});

describe('a valid token', () => {
  it('reads DJI data through the gateway, which forwards it', async () => {
    const response = await post(stack.gatewayUrl, `Bearer ${await issuer.sign(djiCasemanager)}`);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    const edges = (response.body.data as { verblijven: { edges: { node: { justitiabele: { bsn: string } } }[] } })
      .verblijven.edges;
    // The casemanager lists the persons held in PI Vught only.
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every(({ node }) => /^\d{9}$/.test(node.justitiabele.bsn))).toBe(true);
  });

  it("reaches the subgraph as the caller's own identity, which the subgraph scopes by", async () => {
    const ids = async (url: string, caller: TokenClaims): Promise<string[]> => {
      const response = await postGraphQL<{ verblijven: { edges: { node: { id: string } }[] } }>(
        url,
        '{ verblijven(first: 20) { edges { node { id } } } }',
        {},
        { authorization: `Bearer ${await issuer.sign(caller)}` },
      );
      expect(response.errors).toBeUndefined();
      return (response.data?.verblijven.edges ?? []).map(({ node }) => node.id);
    };
    const amsterdamThroughGateway = await ids(stack.gatewayUrl, amsterdamNazorg);
    // The gateway adds no rights of its own: Amsterdam sees through it exactly what DJI shows
    // Amsterdam directly, and not what DJI shows its own casemanager.
    expect(amsterdamThroughGateway.length).toBeGreaterThan(0);
    expect(amsterdamThroughGateway).toEqual(await ids(stack.subgraphUrls.dji, amsterdamNazorg));
    expect(amsterdamThroughGateway).not.toEqual(await ids(stack.gatewayUrl, djiCasemanager));
  });

  it('is needed by the gateway before it plans: no token is refused even when every subgraph is down', async () => {
    const gateway = await createGateway({
      supergraphSdl: await readFile(supergraphPath, 'utf8'),
      subgraphUrls: { dji: 'http://127.0.0.1:9/graphql', gemeente: 'http://127.0.0.1:9/graphql' },
      log: createLogger('gateway', 'silent'),
      limits: { maxDepth: 10, maxCost: 20000, maxAliases: 30, maxTokens: 5000, subgraphTimeoutMs: 2000 },
      identity,
    }).listen(0);
    try {
      expectRefused(await post(gateway.url, undefined));
      // Not even parsed: a query that is not GraphQL gets the same answer.
      expectRefused(await post(gateway.url, undefined, '{ this is not graphql'));
    } finally {
      await gateway.stop();
    }
  });

  it('leaves /health and /ready of the gateway open', async () => {
    const origin = new URL(stack.gatewayUrl).origin;
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    expect((await fetch(`${origin}/ready`)).status).toBe(200);
  });
});
