import type { RequestContext } from '@ketengraaf/subgraph-kit';

import type { OmBurgemeesterLoaders } from '../loaders/om-burgemeester-loaders';

export type OmBurgemeesterContext = RequestContext<OmBurgemeesterLoaders>;
