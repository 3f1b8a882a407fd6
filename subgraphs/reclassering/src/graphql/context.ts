import type { RequestContext } from '@ketengraaf/subgraph-kit';

import type { ReclasseringLoaders } from '../loaders/reclassering-loaders';

export type ReclasseringContext = RequestContext<ReclasseringLoaders>;
