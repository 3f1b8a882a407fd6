import type { RequestContext } from '@ketengraaf/subgraph-kit';

import type { GemeenteLoaders } from '../loaders/gemeente-loaders';

export type GemeenteContext = RequestContext<GemeenteLoaders>;
