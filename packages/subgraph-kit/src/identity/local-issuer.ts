import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose';
import type { JWK, KeyLike } from 'jose';

import { machineRollen } from './caller';
import type { Rol } from './caller';
import { MELDINGEN_SCOPE } from './machine-token';
import type { MachineClaims, MachineTokens } from './machine-token';

export interface TokenClaims {
  /** Organisation identifier, e.g. `gemeente:0363`. */
  readonly org: string;
  readonly role: Rol;
  /** User id. */
  readonly sub: string;
  /** The person's BSN, in a betrokkene's token only (as a DigiD-backed issuer gives it). */
  readonly bsn?: string;
  /** The person's strafrechtsketennummer, in a betrokkene's token only, where the chain has one. */
  readonly skn?: string;
}

export interface LocalIssuer {
  readonly issuer: string;
  readonly audience: string;
  readonly jwksUrl: string;
  /** The private key as JWK, so a later start can keep signing with the same key. */
  readonly privateJwk: JWK;
  /** Signs an RS256 token for the claims; valid for `lifetime` (a jose time span, `8h`). */
  sign(claims: TokenClaims, lifetime?: string): Promise<string>;
  /** Signs a machine token (client credentials) for an organisation's client to deliver meldingen. */
  signMachine(claims: MachineClaims, lifetime?: string): Promise<string>;
  /** Each organisation's machine token, as its deployment's client (`ketengraaf-<kind>`) gets it by the grant. */
  readonly machineTokens: MachineTokens;
  stop(): Promise<void>;
}

export interface LocalIssuerOptions {
  readonly port: number;
  readonly host?: string;
  readonly audience: string;
  /** A key kept from an earlier start; without it a new key pair is made. */
  readonly privateJwk?: JWK;
}

/**
 * A small OAuth-style token issuer on loopback: it publishes its key as JWKS and signs tokens for
 * chosen organisations and roles. For the embedded default and the tests only; a deployment
 * configures an external issuer (AUTH_ISSUER, AUTH_JWKS_URL).
 */
export async function startLocalIssuer(options: LocalIssuerOptions): Promise<LocalIssuer> {
  const privateJwk = options.privateJwk ?? (await generateIssuerKey());
  const publicJwk = await publicJwkOf(privateJwk);
  const host = options.host ?? '127.0.0.1';
  let issuer = '';
  const server = createServer((request, response) => {
    const json = (body: unknown): void => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (request.url === '/.well-known/jwks.json') {
      json({ keys: [publicJwk] });
    } else if (request.url === '/.well-known/openid-configuration') {
      json({ issuer, jwks_uri: `${issuer}/.well-known/jwks.json`, id_token_signing_alg_values_supported: ['RS256'] });
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  issuer = `http://${host}:${(server.address() as AddressInfo).port}`;
  const sign = await createTokenSigner({ issuer, audience: options.audience, privateJwk });
  const signMachine = await createMachineTokenSigner({ issuer, audience: options.audience, privateJwk });
  return {
    issuer,
    audience: options.audience,
    jwksUrl: `${issuer}/.well-known/jwks.json`,
    privateJwk: { ...privateJwk, alg: 'RS256' },
    sign,
    signMachine,
    machineTokens: (organisatie) =>
      signMachine({ org: organisatie, clientId: `ketengraaf-${organisatie.split(':')[0] ?? ''}` }),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

/** A new RS256 private key, as JWK, for a local issuer to keep. */
export async function generateIssuerKey(): Promise<JWK> {
  return { ...(await exportJWK((await generateKeyPair('RS256', { extractable: true })).privateKey)), alg: 'RS256' };
}

export interface TokenSignerOptions {
  /** The `iss` the tokens carry: the URL the issuer's JWKS is published under. */
  readonly issuer: string;
  readonly audience: string;
  readonly privateJwk: JWK;
}

/**
 * Signs tokens as a local issuer with this key does, without serving its JWKS (`npm run token`).
 * For a machine role the token is the client-credentials grant's: `sub` is the client, and
 * `client_id` says so.
 */
export async function createTokenSigner(
  options: TokenSignerOptions,
): Promise<(claims: TokenClaims, lifetime?: string) => Promise<string>> {
  const privateKey = (await importJWK(options.privateJwk, 'RS256')) as KeyLike;
  const { kid } = await publicJwkOf(options.privateJwk);
  return (claims, lifetime = '8h') =>
    new SignJWT({
      org: claims.org,
      role: claims.role,
      ...(claims.bsn === undefined ? {} : { bsn: claims.bsn }),
      ...(claims.skn === undefined ? {} : { skn: claims.skn }),
      ...(machineRollen.includes(claims.role) ? { client_id: claims.sub } : {}),
    })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject(claims.sub)
      .setIssuer(options.issuer)
      .setAudience(options.audience)
      .setIssuedAt()
      .setExpirationTime(lifetime)
      .sign(privateKey);
}

/** Signs machine tokens as the issuer's client-credentials grant would issue them. */
export async function createMachineTokenSigner(
  options: TokenSignerOptions,
): Promise<(claims: MachineClaims, lifetime?: string) => Promise<string>> {
  const privateKey = (await importJWK(options.privateJwk, 'RS256')) as KeyLike;
  const { kid } = await publicJwkOf(options.privateJwk);
  return (claims, lifetime = '1h') =>
    new SignJWT({ org: claims.org, client_id: claims.clientId, scope: MELDINGEN_SCOPE })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject(claims.clientId)
      .setIssuer(options.issuer)
      .setAudience(options.audience)
      .setIssuedAt()
      .setExpirationTime(lifetime)
      .sign(privateKey);
}

/** The public half as published in the JWKS, named (`kid`) by its RFC 7638 thumbprint. */
async function publicJwkOf(privateJwk: JWK): Promise<JWK> {
  const { kty, n, e } = privateJwk;
  const publicJwk: JWK = { kty, n, e, alg: 'RS256', use: 'sig' };
  publicJwk.kid = await calculateJwkThumbprint(publicJwk);
  return publicJwk;
}
