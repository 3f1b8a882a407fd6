import {
  createTokenSigner,
  generateIssuerKey,
  organisatieSoorten,
  parseOrganisatie,
  passesElfproef,
  rollenPerOrganisatie,
} from '@ketengraaf/subgraph-kit/identity';
import type { OrganisatieSoort, Rol, TokenClaims } from '@ketengraaf/subgraph-kit/identity';

import type { IdentityChoice } from './identity-config';
import { keepSecret } from './kept-secret';

// What `npm run token` loads: the kit's identity alone, never the parties or the kit's servers.

type IssuerKey = Awaited<ReturnType<typeof generateIssuerKey>>;

/** The audience of the demo issuer's tokens, and what the embedded stack accepts. */
export const DEMO_AUDIENCE = 'ketengraaf';

/** The demo issuer's URL: every token's `iss`, whether signed by `npm start` or `npm run token`. */
export function demoIssuerUrl(port: number): string {
  return `http://127.0.0.1:${port}`;
}

/** The demo issuer of `npm start`: its port, and where its key is kept. */
export type LocalIdentity = Extract<IdentityChoice, { kind: 'local' }>;

/**
 * A token from the demo issuer's kept key, for an organisation, role and user, as `npm run token`
 * prints it. Needs no running issuer: it signs with the same key and `iss` the running stack uses.
 * The organisation and role are checked first, with a message naming what is valid.
 */
export async function signDemoToken(
  choice: LocalIdentity,
  request: DemoTokenRequest,
  lifetime = '8h',
): Promise<string> {
  const claims = demoTokenClaims(request);
  const sign = await createTokenSigner({
    issuer: demoIssuerUrl(choice.port),
    audience: DEMO_AUDIENCE,
    privateJwk: await keepIssuerKey(choice.keyFile),
  });
  return sign(claims, lifetime);
}

/**
 * What `npm run token` is asked for; `bsn` (and the strafrechtsketennummer `skn`, where the chain has
 * one) only for a betrokkene (`burger`), as a DigiD-backed login service would vouch for them.
 */
export interface DemoTokenRequest {
  readonly organisatie: string;
  readonly rol: string;
  readonly gebruiker: string;
  readonly bsn?: string;
  readonly skn?: string;
}

/**
 * Validates what `npm run token` is asked for: a known organisation, a role it has, a user id, and
 * a BSN passing the elfproef for a betrokkene and for no one else.
 */
export function demoTokenClaims(request: DemoTokenRequest): TokenClaims {
  try {
    parseOrganisatie(request.organisatie);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      reason.startsWith('Organisation') ? reason : `Organisation "${request.organisatie}" is not valid: ${reason}`,
    );
  }
  const soort = organisatieSoorten.find((candidate) => candidate === request.organisatie.split(':')[0]);
  const rollen: readonly string[] = rollenPerOrganisatie[soort as OrganisatieSoort];
  if (!rollen.includes(request.rol)) {
    throw new Error(
      `Role "${request.rol}" does not exist at a ${String(soort)} organisation; the roles there are: ${rollen.join(', ')}.`,
    );
  }
  if (!/^\S+$/.test(request.gebruiker)) {
    throw new Error(`User "${request.gebruiker}" is not valid: a user id is one word without spaces.`);
  }
  const claims: TokenClaims = { org: request.organisatie, role: request.rol as Rol, sub: request.gebruiker };
  if (soort !== 'burger') {
    if (request.bsn !== undefined || request.skn !== undefined) {
      throw new Error(`Only a betrokkene (burger) token carries a BSN; ${request.organisatie} does not.`);
    }
    return claims;
  }
  if (request.bsn === undefined || !passesElfproef(request.bsn)) {
    throw new Error(
      `A betrokkene's token names the person's BSN (nine digits passing the elfproef): npm run -s token -- burger betrokkene <user> <bsn> [skn].`,
    );
  }
  if (request.bsn === request.gebruiker) {
    throw new Error('The user id of a betrokkene is pseudonymous, never the BSN: it goes into the audit record.');
  }
  if (request.skn !== undefined && !/^\d{1,12}$/.test(request.skn)) {
    throw new Error(`Strafrechtsketennummer "${request.skn}" is not valid: it is digits only.`);
  }
  return { ...claims, bsn: request.bsn, ...(request.skn === undefined ? {} : { skn: request.skn }) };
}

/** The demo issuer's private key from its file; made (readable by the owner only) when missing. */
export async function keepIssuerKey(file: string): Promise<IssuerKey> {
  const text = await keepSecret(file, async () => `${JSON.stringify(await generateIssuerKey(), null, 2)}\n`);
  try {
    const jwk = JSON.parse(text) as IssuerKey;
    if (jwk.kty === 'RSA' && typeof jwk.n === 'string' && typeof jwk.d === 'string') {
      return jwk;
    }
  } catch {
    // Reported below.
  }
  throw new Error(`${file} does not hold an RSA private key (JWK); remove it to make a new one.`);
}
