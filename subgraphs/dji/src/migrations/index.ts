import { meldingenMigrations, processingLogMigrations } from '@ketengraaf/subgraph-kit';

import { InitialSchema1763900000000 } from './1763900000000-InitialSchema';
import { InrichtingenReferenceData1763900000001 } from './1763900000001-InrichtingenReferenceData';
import { BetrokkenOrganisaties1763900000002 } from './1763900000002-BetrokkenOrganisaties';
import { Terugkeerwijzigingen1763900000040 } from './1763900000040-Terugkeerwijzigingen';
import { VerlofEnExtramuraleFase1763900000120 } from './1763900000120-VerlofEnExtramuraleFase';
import { ToezichthouderWerkvoorraad1763900000121 } from './1763900000121-ToezichthouderWerkvoorraad';
import { StoredOpenDeadlines1763900000160 } from './1763900000160-StoredOpenDeadlines';
import { NazorgWerkvoorraadIndexes1763900000170 } from './1763900000170-NazorgWerkvoorraadIndexes';
import { RapportageWerkvoorraad1763900000180 } from './1763900000180-RapportageWerkvoorraad';

/** DJI's migrations, in the order they run. */
export const djiMigrations = [
  InitialSchema1763900000000,
  InrichtingenReferenceData1763900000001,
  BetrokkenOrganisaties1763900000002,
  Terugkeerwijzigingen1763900000040,
  VerlofEnExtramuraleFase1763900000120,
  ToezichthouderWerkvoorraad1763900000121,
  StoredOpenDeadlines1763900000160,
  NazorgWerkvoorraadIndexes1763900000170,
  RapportageWerkvoorraad1763900000180,
  ...processingLogMigrations,
  ...meldingenMigrations,
];
