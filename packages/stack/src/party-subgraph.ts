import { partyNamed } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';
import { createLogger } from '@ketengraaf/subgraph-kit';
import type { PartySubgraph } from '@ketengraaf/subgraph-kit';

import type { StackMeldingen, StackOptions } from './start-stack';

/** What one party's subgraph needs of the stack's options, as plain data a child process can receive. */
export type SubgraphServiceOptions = Pick<
  StackOptions,
  | 'databases'
  | 'logLevel'
  | 'maxPageSize'
  | 'maxRepresentations'
  | 'vandaag'
  | 'queryLimits'
  | 'identity'
  | 'pseudonymKeys'
  | 'processingLogRetentionDays'
> & { readonly meldingen: Pick<StackMeldingen, 'settings'> };

/** One party's subgraph over its own database, not yet listening: the stack's, and the benchmark's in its own process. */
export function createPartySubgraph(party: PartyName, options: SubgraphServiceOptions): Promise<PartySubgraph> {
  return partyNamed(party).create({
    databaseUrl: options.databases[party],
    log: createLogger(party, options.logLevel),
    maxPageSize: options.maxPageSize,
    maxRepresentations: options.maxRepresentations,
    vandaag: options.vandaag,
    queryLimits: options.queryLimits[party],
    identity: options.identity,
    pseudonymKey: options.pseudonymKeys[party],
    meldingen: { settings: options.meldingen.settings },
    processingLogRetentionDays: options.processingLogRetentionDays?.[party],
  });
}
