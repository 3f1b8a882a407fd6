import type { RequestContext, Signaal } from '@ketengraaf/subgraph-kit';
import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { signaalFeitenLoader } from '../data/signaal-feiten.queries';
import type { SignaalFeiten } from '../data/signaal-feiten.queries';
import { createDjiLoaders } from '../loaders/dji-loaders';
import type { DjiLoaders } from '../loaders/dji-loaders';

/** The request's loaders: the entities', and the facts DJI's signals are decided from. */
export interface DjiRequestLoaders extends DjiLoaders {
  readonly signaalFeiten: DataLoader<string, SignaalFeiten | null>;
  /**
   * DJI's signals on a stay as shown on one ground, by `signalenVan`'s key: a werkvoorraad item's
   * `signalen` and its person's `detentieSignalen` are the same signals, computed once.
   */
  readonly signalen: Map<string, Promise<Signaal[]>>;
}

/** A request's loaders, created in its context. */
export function createDjiRequestLoaders(dataSource: DataSource): DjiRequestLoaders {
  return { ...createDjiLoaders(dataSource), signaalFeiten: signaalFeitenLoader(dataSource), signalen: new Map() };
}

export type DjiContext = RequestContext<DjiRequestLoaders>;
