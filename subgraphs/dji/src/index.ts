import 'reflect-metadata';

import { defineParty } from '@ketengraaf/subgraph-kit';

import { InrichtingQueries } from './data/inrichting.queries';
import { KetencijfersQueries } from './data/ketencijfers.queries';
import { VerblijfQueries } from './data/verblijf.queries';
import { WerkvoorraadQueries } from './data/werkvoorraad.queries';
import { ZvhEscalatieQueries } from './data/zvh-escalatie.queries';
import { djiEntities } from './entities';
import { createDjiRequestLoaders } from './graphql/context';
import { DrPlanResolver } from './graphql/dr-plan.resolver';
import { ExtramuraleFaseResolver } from './graphql/extramurale-fase.resolver';
import { InrichtingResolver } from './graphql/inrichting.resolver';
import { JustitiabeleResolver } from './graphql/justitiabele.resolver';
import { JustitiabeleSignalenResolver } from './graphql/justitiabele-signalen.resolver';
import { KetencijfersResolver } from './graphql/ketencijfers.resolver';
import { MdoResolver } from './graphql/mdo.resolver';
import { ScreeningResolver } from './graphql/screening.resolver';
import { TerugkeerwijzigingResolver } from './graphql/terugkeerwijziging.resolver';
import { VerblijfResolver } from './graphql/verblijf.resolver';
import { VerblijfsperiodeResolver } from './graphql/verblijfsperiode.resolver';
import { VerlofResolver } from './graphql/verlof.resolver';
import { WerkvoorraadResolver } from './graphql/werkvoorraad.resolver';
import { ZvhEscalatieResolver } from './graphql/zvh-escalatie.resolver';
import { resolveJustitiabeleReference } from './graphql/justitiabele.reference';
import { djiMigrations } from './migrations';
import { djiAlsoKnownAs } from './policy/also-known-as';
import { djiPolicy } from './policy/dji-policy';
import { seedDji } from './seed/seed-dji';

export { seedDji } from './seed/seed-dji';

/**
 * DJI's subgraph over DJI's own database: personalia, verblijf and its history, the gemeenten
 * registered, screening, D&R-plan and MDO. `Justitiabele` resolves by `id` and by `bsn`.
 */
export const djiParty = defineParty({
  name: 'dji',
  defaultPort: 4001,
  entities: djiEntities,
  migrations: djiMigrations,
  resolvers: [
    JustitiabeleResolver,
    VerblijfResolver,
    VerblijfsperiodeResolver,
    InrichtingResolver,
    ScreeningResolver,
    DrPlanResolver,
    MdoResolver,
    JustitiabeleSignalenResolver,
    WerkvoorraadResolver,
    TerugkeerwijzigingResolver,
    KetencijfersResolver,
    VerlofResolver,
    ExtramuraleFaseResolver,
    ZvhEscalatieResolver,
  ],
  resolverInstances: ({ dataSource, transactions, maxPageSize, outbox, vandaag, meldingenSettings }) => [
    new VerblijfResolver(new VerblijfQueries(dataSource, maxPageSize), transactions, outbox),
    new InrichtingResolver(new InrichtingQueries(dataSource)),
    new ScreeningResolver(transactions, outbox),
    new DrPlanResolver(transactions),
    new MdoResolver(transactions),
    new JustitiabeleSignalenResolver(vandaag),
    new WerkvoorraadResolver(new WerkvoorraadQueries(dataSource, maxPageSize, meldingenSettings.bijGemeenten), vandaag),
    new TerugkeerwijzigingResolver(transactions, outbox),
    new ZvhEscalatieResolver(new ZvhEscalatieQueries(dataSource), meldingenSettings.zvhGemeenten, maxPageSize),
    new KetencijfersResolver(new KetencijfersQueries(dataSource), vandaag),
    new VerlofResolver(transactions),
    new ExtramuraleFaseResolver(transactions),
  ],
  references: { Justitiabele: resolveJustitiabeleReference },
  loaders: createDjiRequestLoaders,
  policy: djiPolicy,
  processingLog: {
    owners: ['dji'],
    perOwner: false,
    alsoKnownAs: djiAlsoKnownAs,
  },
  // DJI withholds nothing of a person's trail: see the README, Inzage.
  inzage: { beperkingen: [] },
  seed: seedDji,
});
