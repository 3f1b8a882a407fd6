import { runSubgraph } from '@ketengraaf/subgraph-kit';

import { omBurgemeesterParty } from './index';

runSubgraph(omBurgemeesterParty).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
