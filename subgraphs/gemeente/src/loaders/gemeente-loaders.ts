import { keyedSelect, perDataSource, rowLoader, rowsLoader } from '@ketengraaf/subgraph-kit';
import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { BasisvoorwaardenStatusEntity } from '../entities/basisvoorwaarden-status.entity';
import { NazorgdossierEntity } from '../entities/nazorgdossier.entity';

export interface GemeenteLoaders {
  /** A person's dossiers by BSN, newest first. */
  readonly nazorgdossiers: DataLoader<string, NazorgdossierEntity[]>;
  /** A dossier's basisvoorwaarden status by dossier id. */
  readonly basisvoorwaarden: DataLoader<string, BasisvoorwaardenStatusEntity | null>;
}

const statements = perDataSource((dataSource) => ({
  nazorgdossiers: keyedSelect(dataSource, NazorgdossierEntity, {
    by: ['bsn'],
    order: { geopendOp: 'DESC', id: 'ASC' },
  }),
  basisvoorwaarden: keyedSelect(dataSource, BasisvoorwaardenStatusEntity, { by: ['dossierId'] }),
}));

export function createGemeenteLoaders(dataSource: DataSource): GemeenteLoaders {
  const select = statements(dataSource);
  return {
    nazorgdossiers: rowsLoader(select.nazorgdossiers, (row) => row.bsn),
    basisvoorwaarden: rowLoader(select.basisvoorwaarden, (row) => row.dossierId),
  };
}
