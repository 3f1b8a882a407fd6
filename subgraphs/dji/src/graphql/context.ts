import type { RequestContext } from '@ketengraaf/subgraph-kit';

import type { DjiLoaders } from '../loaders/dji-loaders';

export type DjiContext = RequestContext<DjiLoaders>;
