import { runSubgraph } from '@ketengraaf/subgraph-kit';

import { createReclasseringSubgraph } from './index';

runSubgraph({
  name: 'reclassering',
  envPrefix: 'RECLASSERING',
  defaultPort: 4003,
  create: createReclasseringSubgraph,
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
