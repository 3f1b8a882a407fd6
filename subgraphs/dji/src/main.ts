import { runSubgraph } from '@ketengraaf/subgraph-kit';

import { createDjiSubgraph } from './index';

runSubgraph({ name: 'dji', envPrefix: 'DJI', defaultPort: 4001, create: createDjiSubgraph }).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
