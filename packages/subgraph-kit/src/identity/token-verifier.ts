import type { GraphQLError } from 'graphql';
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';

import { passesElfproef } from '../domain/bsn';
import { organisatieSoorten, parseOrganisatie } from '../domain/organisatie';
import { clientError } from '../errors/client-error';
import type { OrganisatieSoort } from '../domain/organisatie';

import { machineRollen, rollenPerOrganisatie } from './caller';
import type { Caller, Rol } from './caller';

/** Where tokens come from and for whom they are meant. */
export interface IdentityConfig {
  readonly issuer: string;
  readonly audience: string;
  /** The issuer's published keys (JWKS). */
  readonly jwksUrl: string;
}

/** Turns an `Authorization` header into the verified caller, or refuses with UNAUTHENTICATED. */
export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

/** How long the issuer's published keys are kept before they are fetched again. */
const JWKS_MAX_AGE_MS = 600_000;

/** The most verified tokens remembered at once: a service's active users, the oldest forgotten first. */
const VERIFIED_TOKENS_KEPT = 1000;

/**
 * Verifies RS256 tokens against the issuer's JWKS, as every subgraph and the gateway do for
 * themselves: signature, issuer, audience and expiry, then the organisation and role claims.
 *
 * A token that verified is remembered, by its exact text, until it expires but no longer than the
 * issuer's keys are kept: a client sends the same token on every request, and checking its
 * signature again would decide nothing new, since a withdrawn key stops counting only when the keys
 * are fetched again anyway. An expired one is verified again, and refused as expired; a token that
 * fails is never remembered.
 */
export function createTokenVerifier(config: IdentityConfig): TokenVerifier {
  const keys = createRemoteJWKSet(new URL(config.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: JWKS_MAX_AGE_MS });
  const verified = new Map<string, { readonly caller: Caller; readonly until: number }>();
  return async (authorization) => {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) {
      throw unauthenticated('A bearer token is required.');
    }
    const known = verified.get(token);
    if (known && Date.now() < known.until) {
      return known.caller;
    }
    verified.delete(token);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ['RS256'],
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      throw unauthenticated(reasonOf(error));
    }
    const caller = callerFrom(payload.sub, payload['org'], payload['role'], {
      bsn: payload['bsn'],
      skn: payload['skn'],
    });
    const isMachine = payload['client_id'] !== undefined;
    if (isMachine !== machineRollen.includes(caller.rol) || (isMachine && payload['client_id'] !== payload.sub)) {
      throw unauthenticated(
        isMachine
          ? `A machine client's token carries a machine role (${machineRollen.join(', ')}) and client_id equal to sub.`
          : `Role ${caller.rol} is held only by a machine client, by a client-credentials token.`,
      );
    }
    if (verified.size >= VERIFIED_TOKENS_KEPT) {
      verified.delete(verified.keys().next().value as string);
    }
    // `exp` is required above, so present.
    verified.set(token, { caller, until: Math.min((payload.exp ?? 0) * 1000, Date.now() + JWKS_MAX_AGE_MS) });
    return caller;
  };
}

function callerFrom(sub: unknown, org: unknown, role: unknown, person: PersonClaims): Caller {
  if (typeof sub !== 'string' || !sub || typeof org !== 'string' || typeof role !== 'string') {
    throw unauthenticated('The token lacks the sub, org or role claim.');
  }
  try {
    parseOrganisatie(org);
  } catch {
    throw unauthenticated(`The token names an unknown organisation: ${org}.`);
  }
  const [soortText, code] = org.split(':');
  const soort = organisatieSoorten.find((candidate) => candidate === soortText) as OrganisatieSoort;
  const rollen: readonly string[] = rollenPerOrganisatie[soort];
  if (!rollen.includes(role)) {
    throw unauthenticated(`Role ${role} does not exist at a ${soort} organisation.`);
  }
  const caller: Caller = { organisatie: org, soort, code: code ?? null, rol: role as Rol, gebruiker: sub };
  return soort === 'burger' ? { ...caller, ...betrokkeneNumbers(sub, person) } : withoutPerson(caller, person);
}

/** The claims that name a person, in a betrokkene's token only. */
interface PersonClaims {
  readonly bsn: unknown;
  readonly skn: unknown;
}

/**
 * The numbers of a betrokkene's token: the BSN required, valid, and not the user id (which goes
 * into the audit record, and the log never holds a plain BSN); the strafrechtsketennummer optional.
 */
function betrokkeneNumbers(sub: string, { bsn, skn }: PersonClaims): { bsn: string; skn?: string } {
  if (typeof bsn !== 'string' || !passesElfproef(bsn)) {
    throw unauthenticated(
      "A betrokkene's token carries the person's BSN in the bsn claim, nine digits passing the elfproef.",
    );
  }
  if (sub === bsn) {
    throw unauthenticated("A betrokkene's sub claim is a pseudonymous user id, never the BSN.");
  }
  if (skn === undefined) {
    return { bsn };
  }
  if (typeof skn !== 'string' || !/^\d{1,12}$/.test(skn)) {
    throw unauthenticated("A betrokkene's skn claim is a strafrechtsketennummer: digits only.");
  }
  return { bsn, skn };
}

/** Only a betrokkene's token names a person: a number in anyone else's is refused, not ignored. */
function withoutPerson(caller: Caller, { bsn, skn }: PersonClaims): Caller {
  if (bsn !== undefined || skn !== undefined) {
    throw unauthenticated(
      `Only a betrokkene's token carries a bsn or skn claim; ${caller.organisatie} (${caller.rol}) may not.`,
    );
  }
  return caller;
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's ${error.claim} claim is not accepted here.`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The token is not signed with RS256.';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature does not verify.';
  if (error instanceof errors.JWKSNoMatchingKey) return "The token was not signed by one of the issuer's keys.";
  if (error instanceof errors.JWKSTimeout) return "The issuer's keys could not be fetched in time.";
  return 'The token is not a valid signed JWT.';
}

function unauthenticated(message: string): GraphQLError {
  return clientError('UNAUTHENTICATED', message, { http: { status: 401 } });
}
