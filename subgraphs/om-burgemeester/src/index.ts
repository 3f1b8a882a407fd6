import 'reflect-metadata';

import { defineParty } from '@ketengraaf/subgraph-kit';

import { BijMeldingQueries } from './data/bij-melding.queries';
import { KetencijfersQueries } from './data/ketencijfers.queries';
import { StrafzaakQueries } from './data/strafzaak.queries';
import { ZaakWerkvoorraadQueries } from './data/zaak-werkvoorraad.queries';
import { bijMeldingOntvangst } from './domain/bij-melding-commands';
import { reclasseringsmeldingOntvangsten } from './domain/reclasseringsmelding-commands';
import { stukOntvangsten } from './domain/stuk-meldingen';
import { omBurgemeesterEntities } from './entities';
import { BijMeldingResolver } from './graphql/bij-melding.resolver';
import { JustitiabeleResolver } from './graphql/justitiabele.resolver';
import { JustitiabeleBijVerwachtResolver } from './graphql/justitiabele-bij-verwacht.resolver';
import { JustitiabeleZaakSignalenResolver } from './graphql/justitiabele-zaak-signalen.resolver';
import { KetencijfersResolver } from './graphql/ketencijfers.resolver';
import { OmgevingsanalyseResolver } from './graphql/omgevingsanalyse.resolver';
import { OpdrachtTotAdviesResolver } from './graphql/opdracht-tot-advies.resolver';
import { StrafzaakResolver } from './graphql/strafzaak.resolver';
import { StukAanOmResolver } from './graphql/stuk-aan-om.resolver';
import { VerstrekkingResolver } from './graphql/verstrekking.resolver';
import { ViBeslissingResolver } from './graphql/vi-beslissing.resolver';
import { ZaakWerkvoorraadResolver } from './graphql/zaak-werkvoorraad.resolver';
import { ZienswijzeResolver } from './graphql/zienswijze.resolver';
import { resolveJustitiabeleReference } from './graphql/justitiabele.reference';
import { createOmBurgemeesterLoaders } from './loaders/om-burgemeester-loaders';
import { omBurgemeesterMigrations } from './migrations';
import { inzagebeperkingen } from './policy/inzagebeperkingen';
import { omBurgemeesterPolicy } from './policy/om-burgemeester-policy';
import { seedOmBurgemeester } from './seed/seed-om-burgemeester';

export { seedOmBurgemeester } from './seed/seed-om-burgemeester';

/**
 * The OM/burgemeester subgraph: two owners kept apart, OM's records in database schema `om` and
 * the burgemeesters' in schema `burgemeester`. `Justitiabele` resolves by `id`.
 */
export const omBurgemeesterParty = defineParty({
  name: 'om-burgemeester',
  defaultPort: 4004,
  entities: omBurgemeesterEntities,
  migrations: omBurgemeesterMigrations,
  resolvers: [
    JustitiabeleResolver,
    StrafzaakResolver,
    ViBeslissingResolver,
    OpdrachtTotAdviesResolver,
    VerstrekkingResolver,
    BijMeldingResolver,
    ZienswijzeResolver,
    OmgevingsanalyseResolver,
    StukAanOmResolver,
    KetencijfersResolver,
    JustitiabeleZaakSignalenResolver,
    JustitiabeleBijVerwachtResolver,
    ZaakWerkvoorraadResolver,
  ],
  resolverInstances: ({ dataSource, transactions, maxPageSize, outbox, vandaag, meldingenSettings }) => [
    new StrafzaakResolver(new StrafzaakQueries(dataSource), transactions, vandaag),
    new ViBeslissingResolver(transactions, outbox),
    new OpdrachtTotAdviesResolver(transactions, outbox),
    new VerstrekkingResolver(transactions),
    new BijMeldingResolver(new BijMeldingQueries(dataSource, maxPageSize), transactions),
    new ZienswijzeResolver(transactions),
    new OmgevingsanalyseResolver(transactions),
    new StukAanOmResolver(transactions, outbox),
    new KetencijfersResolver(new KetencijfersQueries(dataSource)),
    new JustitiabeleZaakSignalenResolver(vandaag),
    new JustitiabeleBijVerwachtResolver(vandaag, meldingenSettings.bijGemeenten),
    new ZaakWerkvoorraadResolver(new ZaakWerkvoorraadQueries(dataSource, maxPageSize), vandaag),
  ],
  references: { Justitiabele: resolveJustitiabeleReference },
  loaders: createOmBurgemeesterLoaders,
  policy: omBurgemeesterPolicy,
  processingLog: {
    owners: ['om', 'burgemeester'],
    perOwner: true,
  },
  inzage: { beperkingen: inzagebeperkingen },
  seed: seedOmBurgemeester,
  // One inbox for both owners: the receiver of each melding says whose it is.
  meldingen: { accepts: [...reclasseringsmeldingOntvangsten, bijMeldingOntvangst, ...stukOntvangsten] },
});
