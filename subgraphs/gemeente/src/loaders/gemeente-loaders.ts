import { rowLoader, rowsLoader } from '@ketengraaf/subgraph-kit';
import type DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { DataSource } from 'typeorm';

import { BasisvoorwaardenStatusEntity } from '../entities/basisvoorwaarden-status.entity';
import { NazorgdossierEntity } from '../entities/nazorgdossier.entity';

export interface GemeenteLoaders {
  /** A person's dossiers by BSN, newest first. */
  readonly nazorgdossiers: DataLoader<string, NazorgdossierEntity[]>;
  /** A dossier's basisvoorwaarden status by dossier id. */
  readonly basisvoorwaarden: DataLoader<string, BasisvoorwaardenStatusEntity | null>;
}

export function createGemeenteLoaders(dataSource: DataSource): GemeenteLoaders {
  const manager = dataSource.manager;
  return {
    nazorgdossiers: rowsLoader(
      (bsns) =>
        manager.find(NazorgdossierEntity, {
          where: { bsn: In([...bsns]) },
          order: { geopendOp: 'DESC', id: 'ASC' },
        }),
      (row) => row.bsn,
    ),
    basisvoorwaarden: rowLoader(
      (ids) => manager.find(BasisvoorwaardenStatusEntity, { where: { dossierId: In([...ids]) } }),
      (row) => row.dossierId,
    ),
  };
}
