import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

import { parties } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';
import {
  createTokenSigner,
  generateIssuerKey,
  organisatieSoorten,
  parseOrganisatie,
  rollenPerOrganisatie,
  startLocalIssuer,
} from '@ketengraaf/subgraph-kit';
import type { LocalIssuer, OrganisatieSoort, Rol, TokenClaims } from '@ketengraaf/subgraph-kit';

import type { IdentityChoice, PseudonymKeyChoice } from './stack-config';

type IssuerKey = Awaited<ReturnType<typeof generateIssuerKey>>;

/** The audience of the demo issuer's tokens, and what the embedded stack accepts. */
export const DEMO_AUDIENCE = 'ketengraaf';

/** The demo issuer's URL: every token's `iss`, whether signed by `npm start` or `npm run token`. */
export function demoIssuerUrl(port: number): string {
  return `http://127.0.0.1:${port}`;
}

type LocalIdentity = Extract<IdentityChoice, { kind: 'local' }>;

/**
 * Starts the demo token issuer of `npm start` on loopback, signing with the key kept in the data
 * folder (made on the first start), so tokens stay valid across restarts.
 */
export async function startDemoIssuer(choice: LocalIdentity): Promise<LocalIssuer> {
  const privateJwk = await keepIssuerKey(choice.keyFile);
  try {
    return await startLocalIssuer({ port: choice.port, host: '127.0.0.1', audience: DEMO_AUDIENCE, privateJwk });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(
        `Port ${choice.port} of the demo token issuer is in use (is npm start already running?); set ISSUER_PORT to another port.`,
      );
    }
    throw error;
  }
}

/**
 * A token from the demo issuer's kept key, for an organisation, role and user, as `npm run token`
 * prints it. Needs no running issuer: it signs with the same key and `iss` the running stack uses.
 * The organisation and role are checked first, with a message naming what is valid.
 */
export async function signDemoToken(
  choice: LocalIdentity,
  request: { organisatie: string; rol: string; gebruiker: string },
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

/** Validates what `npm run token` is asked for: a known organisation, a role it has, a user id. */
export function demoTokenClaims(request: { organisatie: string; rol: string; gebruiker: string }): TokenClaims {
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
  return { org: request.organisatie, role: request.rol as Rol, sub: request.gebruiker };
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

/** Each party's pseudonym key: from the environment, or from its file (32 random bytes, made once). */
export async function pseudonymKeysFor(
  choices: Readonly<Record<PartyName, PseudonymKeyChoice>>,
): Promise<Record<PartyName, string>> {
  const keyOf = async (choice: PseudonymKeyChoice): Promise<string> => {
    if (choice.kind === 'configured') {
      return choice.key;
    }
    const key = (await keepSecret(choice.file, () => Promise.resolve(`${randomBytes(32).toString('hex')}\n`))).trim();
    if (key.length < 32) {
      throw new Error(`${choice.file} holds a pseudonym key shorter than 32 characters; remove it to make a new one.`);
    }
    return key;
  };
  const keys = {} as Record<PartyName, string>;
  for (const party of parties) {
    keys[party] = await keyOf(choices[party]);
  }
  return keys;
}

/**
 * The content of a secret file, written with mode 0600 in a folder of mode 0700 when it does not
 * exist yet. Exclusive creation: two processes starting at once end up with the same secret.
 */
async function keepSecret(file: string, create: () => Promise<string>): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error;
    }
  }
  // Only the secret's own folder is private: the data folder above it must stay traversable for
  // embedded PostgreSQL, which runs as another user under root.
  await mkdir(dirname(dirname(file)), { recursive: true });
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const content = await create();
  try {
    await writeFile(file, content, { mode: 0o600, flag: 'wx' });
    return content;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return readFile(file, 'utf8');
    }
    throw error;
  }
}
