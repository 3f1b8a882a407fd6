import type { PartyName } from '@ketengraaf/parties';
import { createLogger } from '@ketengraaf/subgraph-kit';
import type { Party, PartySubgraph } from '@ketengraaf/subgraph-kit';

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

/**
 * One party's subgraph over its own database, not yet listening: the stack's, and the benchmark's in
 * its own process. Given the party rather than its name, so that a process running one party need
 * not load the registry with all four.
 */
export function createPartySubgraph(party: Party<PartyName>, options: SubgraphServiceOptions): Promise<PartySubgraph> {
  const { name } = party;
  return party.create({
    databaseUrl: options.databases[name],
    log: createLogger(name, options.logLevel),
    maxPageSize: options.maxPageSize,
    maxRepresentations: options.maxRepresentations,
    vandaag: options.vandaag,
    queryLimits: options.queryLimits[name],
    identity: options.identity,
    pseudonymKey: options.pseudonymKeys[name],
    meldingen: { settings: options.meldingen.settings },
    processingLogRetentionDays: options.processingLogRetentionDays?.[name],
  });
}
