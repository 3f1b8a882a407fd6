import express from 'express';

import type { TokenClaims } from '../identity/local-issuer';
import type { Logger } from '../logging/logger';

import type { Route } from './graphql-http-service';
import { sendHttpError } from './http-errors';

/** What a demo token is asked for: an organisation, one of its roles, and the user (a form may ask none). */
export interface DemoTokenChoice {
  readonly organisatie: string;
  readonly rol: string;
  readonly gebruiker?: string;
}

/** The demo issuer's tokens: `claims` checks a choice, throwing with what is wrong with it; `sign` signs them. */
export interface DemoTokens {
  claims(choice: DemoTokenChoice): TokenClaims;
  sign(claims: TokenClaims): Promise<string>;
}

const USAGE = 'Send {"organisatie": "gemeente:0363", "rol": "nazorgcoordinator"}, and optionally "gebruiker".';

/**
 * `POST path` with `{"organisatie", "rol", "gebruiker"?}`: `{"token"}` signed by the demo issuer,
 * or 400 INVALID_INPUT saying what is wrong with the choice. One handler for every development
 * page that hands out demo tokens (the gateway's IDE, the reference screens), so they check alike;
 * given only beside the demo issuer, never in production.
 */
export function demoTokenRoute(path: string, tokens: DemoTokens, log: Logger): Route {
  return {
    path,
    handlers: [
      express.json({ limit: '1kb' }),
      (req, res) => {
        const { organisatie, rol, gebruiker } = (req.body ?? {}) as Record<string, unknown>;
        if (
          typeof organisatie !== 'string' ||
          typeof rol !== 'string' ||
          (gebruiker !== undefined && typeof gebruiker !== 'string')
        ) {
          sendHttpError(res, { status: 400, code: 'INVALID_INPUT', message: USAGE });
          return;
        }
        let claims: TokenClaims;
        try {
          claims = tokens.claims({ organisatie, rol, ...(gebruiker === undefined ? {} : { gebruiker }) });
        } catch (error) {
          sendHttpError(res, {
            status: 400,
            code: 'INVALID_INPUT',
            message: error instanceof Error ? error.message : String(error),
          });
          return;
        }
        tokens.sign(claims).then(
          (token) => res.json({ token }),
          (error: unknown) => {
            log.error({ err: error }, 'the demo issuer did not sign a token');
            sendHttpError(res, { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
          },
        );
      },
    ],
  };
}
