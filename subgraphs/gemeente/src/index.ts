import 'reflect-metadata';

import { defineParty } from '@ketengraaf/subgraph-kit';

import { KetencijfersQueries } from './data/ketencijfers.queries';
import { NazorgdossierQueries } from './data/nazorgdossier.queries';
import { gemeenteMeldingen } from './domain/aanmelding-commands';
import { gemeenteEntities } from './entities';
import { BasisvoorwaardenStatusResolver } from './graphql/basisvoorwaarden-status.resolver';
import { JustitiabeleResolver } from './graphql/justitiabele.resolver';
import { KetencijfersResolver } from './graphql/ketencijfers.resolver';
import { NazorgSignalenResolver } from './graphql/nazorg-signalen.resolver';
import { RegieResolver } from './graphql/regie.resolver';
import { SignalenResolver } from './graphql/signalen.resolver';
import { NazorgdossierResolver } from './graphql/nazorgdossier.resolver';
import { resolveJustitiabeleReference } from './graphql/justitiabele.reference';
import { createGemeenteLoaders } from './loaders/gemeente-loaders';
import { gemeenteMigrations } from './migrations';
import { gemeentePolicy } from './policy/gemeente-policy';
import { seedGemeente } from './seed/seed-gemeente';

export { seedGemeente } from './seed/seed-gemeente';

/**
 * The gemeente subgraph: one deployment keeps the nazorgdossiers of many gemeenten, each the owner
 * of its own. `Justitiabele` resolves by `bsn`.
 */
export const gemeenteParty = defineParty({
  name: 'gemeente',
  defaultPort: 4002,
  entities: gemeenteEntities,
  migrations: gemeenteMigrations,
  resolvers: [
    JustitiabeleResolver,
    NazorgdossierResolver,
    BasisvoorwaardenStatusResolver,
    NazorgSignalenResolver,
    RegieResolver,
    KetencijfersResolver,
    SignalenResolver,
  ],
  resolverInstances: ({ dataSource, transactions, maxPageSize, outbox, vandaag }) => [
    new NazorgdossierResolver(new NazorgdossierQueries(dataSource, maxPageSize), transactions, outbox),
    new BasisvoorwaardenStatusResolver(transactions),
    new NazorgSignalenResolver(vandaag),
    new RegieResolver(vandaag),
    new KetencijfersResolver(new KetencijfersQueries(dataSource)),
    new SignalenResolver(vandaag),
  ],
  references: { Justitiabele: resolveJustitiabeleReference },
  loaders: createGemeenteLoaders,
  policy: gemeentePolicy,
  processingLog: {
    owners: ['gemeente'],
    perOwner: true,
  },
  // The gemeenten withhold nothing of a person's trail: see the README, Inzage.
  inzage: { beperkingen: [] },
  seed: seedGemeente,
  meldingen: { accepts: gemeenteMeldingen },
});
