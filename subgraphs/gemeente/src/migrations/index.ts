import { meldingenMigrations, processingLogMigrations } from '@ketengraaf/subgraph-kit';

import { InitialSchema1795460000000 } from './1795460000000-InitialSchema';
import { Aanmelding1795460000001 } from './1795460000001-Aanmelding';
import { DetentieMeldingen1795460000002 } from './1795460000002-DetentieMeldingen';
import { Overdracht1795460000040 } from './1795460000040-Overdracht';
import { VervroegdeInvrijheidstelling1795460000110 } from './1795460000110-VervroegdeInvrijheidstelling';

/**
 * The gemeente subgraph's migrations. TypeORM runs them by the timestamp in their names, not by
 * their place here: the kit's processing log (1763…) before the gemeente's own schema (1795…).
 */
export const gemeenteMigrations = [
  InitialSchema1795460000000,
  Aanmelding1795460000001,
  DetentieMeldingen1795460000002,
  Overdracht1795460000040,
  VervroegdeInvrijheidstelling1795460000110,
  ...processingLogMigrations,
  ...meldingenMigrations,
];
