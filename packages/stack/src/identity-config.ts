import { join } from 'node:path';

import type { IdentityConfig } from '@ketengraaf/subgraph-kit';
import { httpUrlSetting, parseEnvironment, portSetting, textSetting } from '@ketengraaf/subgraph-kit/config';
import { z } from 'zod';

/** The variables choosing the stack's token issuer, and the data folder its key is kept in. */
export const identityEnvironment = z.object({
  KETENGRAAF_DATA_DIR: textSetting.default('.data'),
  // The demo issuer's URL carries its port, and `npm run token` signs for that URL: no 0 here.
  ISSUER_PORT: portSetting({ min: 1 }).default(4010),
  AUTH_ISSUER: textSetting.optional(),
  AUTH_AUDIENCE: textSetting.optional(),
  AUTH_JWKS_URL: httpUrlSetting.optional(),
});

export type IdentityChoice =
  | { readonly kind: 'external'; readonly identity: IdentityConfig }
  | {
      readonly kind: 'local';
      /** Port of the demo issuer on loopback; its URL, and every token's `iss`, is `http://127.0.0.1:<port>`. */
      readonly port: number;
      /** Where the demo issuer's private key is kept between starts. */
      readonly keyFile: string;
    };

/**
 * With AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL all set the stack trusts that external token
 * issuer and starts none; with none of them, it runs the local demo issuer with its key under the
 * data folder. Only some of them is a mistake, refused rather than guessed at.
 */
export function identityChoiceOf(config: z.output<typeof identityEnvironment>): IdentityChoice {
  const auth = [config.AUTH_ISSUER, config.AUTH_AUDIENCE, config.AUTH_JWKS_URL];
  if (auth.some(Boolean) && !auth.every(Boolean)) {
    throw new Error(
      'Set every one of AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL for an external token issuer, or none for the local demo issuer.',
    );
  }
  return config.AUTH_ISSUER && config.AUTH_AUDIENCE && config.AUTH_JWKS_URL
    ? {
        kind: 'external',
        identity: { issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE, jwksUrl: config.AUTH_JWKS_URL },
      }
    : {
        kind: 'local',
        port: config.ISSUER_PORT,
        keyFile: join(config.KETENGRAAF_DATA_DIR, 'issuer', 'private-key.json'),
      };
}

/**
 * The token issuer from the environment alone, as `parseStackConfig` reads it, without loading
 * the parties: for `npm run token`, which must start at once.
 */
export function parseIdentityChoice(env: NodeJS.ProcessEnv): IdentityChoice {
  return identityChoiceOf(parseEnvironment(identityEnvironment, env));
}
