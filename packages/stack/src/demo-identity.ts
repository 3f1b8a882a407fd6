import { randomBytes } from 'node:crypto';

import { parties } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';
import { startLocalIssuer } from '@ketengraaf/subgraph-kit';
import type { DemoTokens, LocalIssuer } from '@ketengraaf/subgraph-kit';

import { DEMO_AUDIENCE, demoTokenClaims, keepIssuerKey } from './demo-token';
import type { LocalIdentity } from './demo-token';
import { keepSecret } from './kept-secret';
import type { PseudonymKeyChoice } from './stack-config';

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
 * The demo tokens of the GraphiQL form and the reference screens, valid 8 hours, signed by the demo
 * issuer after the organisation, role and user are checked as `npm run token` checks them. The
 * IDE's form asks no user: its tokens are for user `graphiql`.
 */
export function demoTokens(issuer: LocalIssuer): DemoTokens {
  return {
    claims: ({ organisatie, rol, gebruiker = 'graphiql' }) => demoTokenClaims({ organisatie, rol, gebruiker }),
    sign: (claims) => issuer.sign(claims, '8h'),
  };
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
