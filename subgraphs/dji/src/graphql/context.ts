import type { RequestContext } from '@ketengraaf/subgraph-kit';
import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { signaalFeitenLoader } from '../data/signaal-feiten.queries';
import type { SignaalFeiten } from '../data/signaal-feiten.queries';
import { createDjiLoaders } from '../loaders/dji-loaders';
import type { DjiLoaders } from '../loaders/dji-loaders';

/** The request's loaders: the entities', and the facts DJI's signals are decided from. */
export interface DjiRequestLoaders extends DjiLoaders {
  readonly signaalFeiten: DataLoader<string, SignaalFeiten | null>;
}

/** A request's loaders, created in its context. */
export function createDjiRequestLoaders(dataSource: DataSource): DjiRequestLoaders {
  return { ...createDjiLoaders(dataSource), signaalFeiten: signaalFeitenLoader(dataSource) };
}

export type DjiContext = RequestContext<DjiRequestLoaders>;
