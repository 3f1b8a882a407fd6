import { createDjiSubgraph, seedDji } from '@ketengraaf/dji';
import { createGemeenteSubgraph, seedGemeente } from '@ketengraaf/gemeente';
import { createOmBurgemeesterSubgraph, seedOmBurgemeester } from '@ketengraaf/om-burgemeester';
import { createReclasseringSubgraph, seedReclassering } from '@ketengraaf/reclassering';
import type { DemoPerson, PartyDatabase, SubgraphFactoryOptions, SubgraphService } from '@ketengraaf/subgraph-kit';
import type { DataSource } from 'typeorm';

/** A party's subgraph as the stack runs it. */
export type PartySubgraph = SubgraphService & { readonly database: PartyDatabase; close(): Promise<void> };

/** What the stack needs of a party's subgraph package. */
interface PartyPackage {
  readonly create: (options: SubgraphFactoryOptions) => Promise<PartySubgraph>;
  /** Seeds the party's own records for the demo population; false when it already holds data. */
  readonly seed: (dataSource: DataSource, persons: readonly DemoPerson[]) => Promise<boolean>;
  /** Where `npm start` serves it, unless `<PARTY>_PORT` says otherwise. */
  readonly defaultPort: number;
}

/** Every party in the chain, in the order the stack starts them. */
export const partyPackages = {
  dji: { create: createDjiSubgraph, seed: seedDji, defaultPort: 4001 },
  gemeente: { create: createGemeenteSubgraph, seed: seedGemeente, defaultPort: 4002 },
  reclassering: { create: createReclasseringSubgraph, seed: seedReclassering, defaultPort: 4003 },
  'om-burgemeester': { create: createOmBurgemeesterSubgraph, seed: seedOmBurgemeester, defaultPort: 4004 },
} as const satisfies Record<string, PartyPackage>;

export type Party = keyof typeof partyPackages;

export const parties = Object.keys(partyPackages) as Party[];
