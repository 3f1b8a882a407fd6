import { processingLogMigrations } from '@ketengraaf/subgraph-kit';

import { InitialSchema1795460000000 } from './1795460000000-InitialSchema';

/** The gemeente subgraph's migrations, in the order they run. */
export const gemeenteMigrations = [InitialSchema1795460000000, ...processingLogMigrations];
