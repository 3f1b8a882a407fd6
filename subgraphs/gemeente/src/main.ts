import { runSubgraph } from '@ketengraaf/subgraph-kit';

import { createGemeenteSubgraph } from './index';

runSubgraph({ name: 'gemeente', envPrefix: 'GEMEENTE', defaultPort: 4002, create: createGemeenteSubgraph }).catch(
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
