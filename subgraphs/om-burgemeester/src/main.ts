import { runSubgraph } from '@ketengraaf/subgraph-kit';

import { createOmBurgemeesterSubgraph } from './index';

runSubgraph({
  name: 'om-burgemeester',
  envPrefix: 'OM_BURGEMEESTER',
  defaultPort: 4004,
  create: createOmBurgemeesterSubgraph,
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
