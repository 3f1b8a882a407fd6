import { randomBytes } from 'node:crypto';

import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';

import { instroom, REGISTREER_INSTROOM } from './meldingen-fixtures';
import type { TestStack } from './test-stack';
import { CASEMANAGER } from './werkstroom-fixtures';

// The callers and helpers shared by the test files of the chain's changes (issue 12 point 5).
export const ANDERE_CASEMANAGER: TokenClaims = { org: 'dji:PI-ALMELO', role: 'casemanager', sub: 'cm-almelo' };
export const nazorg = (code: string): TokenClaims => ({
  org: `gemeente:${code}`,
  role: 'nazorgcoordinator',
  sub: `nzc-${code}`,
});
export const toezichthouder = (code: string): TokenClaims => ({
  org: `reclassering:${code}`,
  role: 'toezichthouder',
  sub: `th-${code}`,
});
export const ADVISEUR_RN: TokenClaims = { org: 'reclassering:RN', role: 'adviseur', sub: 'adv-rn' };
export const OFFICIER: TokenClaims = { org: 'om', role: 'officier', sub: 'ovj' };
export const GEMEENTE = '0344';
export const ANDERE_GEMEENTE = '0363';

/** Asks the gateway as `caller`, under `traceId` when given, so the call is found in the processing logs. */
export const gatewayOf =
  (federation: () => TestStack) =>
  (caller: TokenClaims, query: string, variables?: Record<string, unknown>, traceId?: string) =>
    federation().ask(
      federation().stack.gatewayUrl,
      caller,
      query,
      variables,
      traceId ? { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` } : {},
    );

export const codes = (response: GraphQLResponse): unknown[] =>
  (response.errors ?? []).map((error) => (error.extensions as { code?: string } | undefined)?.code);

const REGISTREER_INSTROOM_MET_VERSIE = REGISTREER_INSTROOM.replace('id\n', 'id\n      versie\n');

/** Registers test person `n` into PI Vught, from and to {@link GEMEENTE} unless `overrides` say otherwise. */
export const registrar =
  (federation: () => TestStack) =>
  async (n: number, overrides: Record<string, unknown> = {}): Promise<{ id: string; versie: number }> => {
    const response = await federation().ask(
      federation().stack.subgraphUrls.dji,
      CASEMANAGER,
      REGISTREER_INSTROOM_MET_VERSIE,
      {
        input: { ...instroom(n, GEMEENTE), ...overrides },
      },
    );
    expect(response.errors).toBeUndefined();
    return response.data?.['registreerInstroom'] as { id: string; versie: number };
  };

/** A person's current stay's verloven and reports, asked of DJI's `_entities` directly. */
export const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Justitiabele {
        huidigVerblijf {
          verloven {
            van
          }
          extramuraleRapportages {
            verloop
          }
        }
      }
    }
  }
`;
