import { runSubgraph } from '@ketengraaf/subgraph-kit';

import { gemeenteParty } from './index';

runSubgraph(gemeenteParty).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
