import { runSubgraph } from '@ketengraaf/subgraph-kit';

import { djiParty } from './index';

runSubgraph(djiParty).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
