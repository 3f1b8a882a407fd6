import { randomBytes } from 'node:crypto';

import { partyNamed } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';
import { createLogger, DEFAULT_SUBGRAPH_QUERY_LIMITS } from '@ketengraaf/subgraph-kit';
import type { LocalIssuer, MeldingenSettings, PartySubgraph, RunningService } from '@ketengraaf/subgraph-kit';
import type { TestDatabase } from '@ketengraaf/subgraph-kit/testing';

/** One party's subgraph of a test's own, without the stack: its database, the subgraph, its server. */
export interface PartyService {
  readonly database: TestDatabase;
  readonly subgraph: PartySubgraph;
  /** Replaced when the test stops the server and listens again. */
  running: RunningService;
}

/**
 * Starts `party`'s subgraph over `database`, trusting `issuer`'s tokens, with its meldingen on
 * `settings`, listening on a free port: for the tests that stop, restart or cut off one party.
 */
export async function startPartyService(
  party: PartyName,
  database: TestDatabase,
  issuer: LocalIssuer,
  settings: MeldingenSettings,
): Promise<PartyService> {
  const subgraph = await partyNamed(party).create({
    databaseUrl: database.url,
    log: createLogger(party, 'silent'),
    maxPageSize: 100,
    maxRepresentations: 200,
    queryLimits: DEFAULT_SUBGRAPH_QUERY_LIMITS,
    identity: { issuer: issuer.issuer, audience: issuer.audience, jwksUrl: issuer.jwksUrl },
    pseudonymKey: randomBytes(32).toString('hex'),
    meldingen: { settings },
  });
  return { database, subgraph, running: await subgraph.listen(0) };
}
