import { createRemoteJWKSet, jwtVerify } from 'jose';

import { parseOrganisatie } from '../domain/organisatie';

import type { IdentityConfig } from './token-verifier';

/** The scope a machine token carries to deliver meldingen into another party's inbox. */
export const MELDINGEN_SCOPE = 'meldingen';

/** Who sends, as a verified machine token says: the organisation and its client. */
export interface MachineCaller {
  /** The sending organisation (`dji:PI-VUGHT`). */
  readonly organisatie: string;
  /** The OAuth client the token was issued to (client credentials). */
  readonly clientId: string;
}

/**
 * The claims of a machine token, in the shape of the OAuth NL GOV client-credentials grant:
 * `sub` and `client_id` the client, `org` the organisation it acts for, `scope` what for. It has
 * no `role`, so the GraphQL endpoints refuse it: it opens an inbox, never a person's data.
 */
export interface MachineClaims {
  readonly org: string;
  readonly clientId: string;
}

/** Turns an `Authorization` header into the verified sending organisation, or throws with the reason. */
export type MachineTokenVerifier = (authorization: string | undefined) => Promise<MachineCaller>;

/** Verifies machine tokens from the same issuer, audience and keys as every other token. */
export function createMachineTokenVerifier(config: IdentityConfig): MachineTokenVerifier {
  const keys = createRemoteJWKSet(new URL(config.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 600_000 });
  return async (authorization) => {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) {
      throw new Error('A bearer token is required.');
    }
    const { payload } = await jwtVerify(token, keys, {
      issuer: config.issuer,
      audience: config.audience,
      algorithms: ['RS256'],
      requiredClaims: ['exp', 'sub'],
    });
    const { org, client_id: clientId, scope } = payload as Record<string, unknown>;
    if (typeof org !== 'string' || typeof clientId !== 'string' || clientId !== payload.sub) {
      throw new Error('The token is not a machine token: it lacks org, or client_id equal to sub.');
    }
    if (typeof scope !== 'string' || !scope.split(' ').includes(MELDINGEN_SCOPE)) {
      throw new Error(`The token lacks the scope ${MELDINGEN_SCOPE}.`);
    }
    return { organisatie: parseOrganisatie(org), clientId };
  };
}

/** Gives a machine token for a sending organisation; the dispatcher asks one per delivery. */
export type MachineTokens = (organisatie: string) => Promise<string>;

export interface ClientCredentials {
  /** The issuer's token endpoint. */
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/**
 * Machine tokens by the client-credentials grant at the issuer's token endpoint, one per
 * organisation the deployment sends for (`scope=meldingen org:<organisation>`), kept until a
 * minute before they expire.
 */
export function clientCredentialsTokens(credentials: ClientCredentials): MachineTokens {
  const cache = new Map<string, { token: string; until: number }>();
  return async (organisatie) => {
    const kept = cache.get(organisatie);
    if (kept && kept.until > Date.now()) {
      return kept.token;
    }
    const response = await fetch(credentials.tokenUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(credentials.clientId)}:${encodeURIComponent(credentials.clientSecret)}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: `${MELDINGEN_SCOPE} org:${organisatie}` }),
    });
    if (!response.ok) {
      throw new Error(`The token endpoint refused a machine token for ${organisatie}: HTTP ${response.status}.`);
    }
    const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== 'string') {
      throw new Error('The token endpoint answered without an access_token.');
    }
    const lifetime = typeof body.expires_in === 'number' ? body.expires_in : 300;
    cache.set(organisatie, { token: body.access_token, until: Date.now() + (lifetime - 60) * 1000 });
    return body.access_token;
  };
}
