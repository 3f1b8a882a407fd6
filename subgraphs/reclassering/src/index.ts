import 'reflect-metadata';

import { defineParty } from '@ketengraaf/subgraph-kit';

import { AdviesQueries } from './data/advies.queries';
import { AdviesopdrachtQueries } from './data/adviesopdracht.queries';
import { ScreeningmeldingQueries } from './data/screeningmelding.queries';
import { OvertredingsmeldingQueries } from './data/overtredingsmelding.queries';
import { ToezichtQueries } from './data/toezicht.queries';
import { reclasseringMeldingen } from './domain/adviesopdracht-commands';
import { djiMeldingen } from './domain/dji-meldingen';
import { reclasseringEntities } from './entities';
import { AdviesResolver } from './graphql/advies.resolver';
import { AdviesopdrachtResolver } from './graphql/adviesopdracht.resolver';
import { BijzondereVoorwaardeResolver } from './graphql/bijzondere-voorwaarde.resolver';
import { JustitiabeleResolver } from './graphql/justitiabele.resolver';
import { NalevingResolver } from './graphql/naleving.resolver';
import { OvertredingsmeldingResolver } from './graphql/overtredingsmelding.resolver';
import { RisicotaxatieResolver } from './graphql/risicotaxatie.resolver';
import { ScreeningmeldingResolver } from './graphql/screeningmelding.resolver';
import { ToezichtResolver } from './graphql/toezicht.resolver';
import { resolveJustitiabeleReference } from './graphql/justitiabele.reference';
import { createReclasseringLoaders } from './loaders/reclassering-loaders';
import { reclasseringMigrations } from './migrations';
import { reclasseringPolicy } from './policy/reclassering-policy';
import { seedReclassering } from './seed/seed-reclassering';

export { seedReclassering } from './seed/seed-reclassering';

/**
 * The reclassering subgraph: one deployment keeps the records of the three reclassering
 * organisations, each the owner of its own. `Justitiabele` resolves by `id`.
 */
export const reclasseringParty = defineParty({
  name: 'reclassering',
  defaultPort: 4003,
  entities: reclasseringEntities,
  migrations: reclasseringMigrations,
  resolvers: [
    JustitiabeleResolver,
    AdviesResolver,
    ToezichtResolver,
    BijzondereVoorwaardeResolver,
    NalevingResolver,
    OvertredingsmeldingResolver,
    RisicotaxatieResolver,
    AdviesopdrachtResolver,
    ScreeningmeldingResolver,
  ],
  resolverInstances: ({ dataSource, transactions, maxPageSize, outbox }) => [
    new AdviesResolver(new AdviesQueries(dataSource), transactions, outbox),
    new ToezichtResolver(new ToezichtQueries(dataSource, maxPageSize), transactions),
    new BijzondereVoorwaardeResolver(transactions),
    new NalevingResolver(transactions, outbox),
    new OvertredingsmeldingResolver(new OvertredingsmeldingQueries(dataSource, maxPageSize)),
    new RisicotaxatieResolver(transactions),
    new AdviesopdrachtResolver(new AdviesopdrachtQueries(dataSource, maxPageSize), transactions, outbox),
    new ScreeningmeldingResolver(new ScreeningmeldingQueries(dataSource, maxPageSize)),
  ],
  references: { Justitiabele: resolveJustitiabeleReference },
  loaders: createReclasseringLoaders,
  policy: reclasseringPolicy,
  processingLog: {
    owners: ['reclassering'],
    perOwner: true,
  },
  // The reclassering withholds nothing of a person's trail: see the README, Inzage.
  inzage: { beperkingen: [] },
  seed: seedReclassering,
  meldingen: { accepts: [...djiMeldingen, ...reclasseringMeldingen] },
});
