import { processingLogMigrations } from '@ketengraaf/subgraph-kit';

import { OmSchema1763900000200 } from './1763900000200-OmSchema';
import { BurgemeesterSchema1763900000201 } from './1763900000201-BurgemeesterSchema';

/** The OM/burgemeester subgraph's migrations, in the order they run. */
export const omBurgemeesterMigrations = [
  OmSchema1763900000200,
  BurgemeesterSchema1763900000201,
  ...processingLogMigrations,
];
