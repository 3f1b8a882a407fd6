import { runSubgraph } from '@ketengraaf/subgraph-kit';

import { reclasseringParty } from './index';

runSubgraph(reclasseringParty).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
