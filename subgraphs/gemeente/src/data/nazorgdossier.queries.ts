import { isUuid, keysetSelect } from '@ketengraaf/subgraph-kit';
import type { Connection, KeysetSelect } from '@ketengraaf/subgraph-kit';
import type { DataSource } from 'typeorm';

import { NazorgdossierEntity } from '../entities/nazorgdossier.entity';
import type { DossierStatus } from '../entities/nazorgdossier.entity';

/** One page of a gemeente's worklist: its dossiers with one status, oldest opened first. */
export interface WorklistPage {
  readonly gemeentecode: string;
  readonly status: DossierStatus;
  readonly first: number;
  readonly after?: string | null;
}

/**
 * The gemeenten's dossiers as the resolvers read them; a person's dossiers and a dossier's
 * basisvoorwaarden go through the request's loaders.
 */
export class NazorgdossierQueries {
  /** One gemeente's dossiers with one status: equality on both walks the index nazorgdossier_per_gemeente. */
  private readonly worklistPage: KeysetSelect<NazorgdossierEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly maxPageSize: number,
  ) {
    this.worklistPage = keysetSelect(dataSource, NazorgdossierEntity, {
      equal: ['gemeentecode', 'status'],
      sortBy: 'geopendOp',
    });
  }

  /** The dossier with this id, or null when the id is no uuid or names no dossier. */
  async byId(id: string): Promise<NazorgdossierEntity | null> {
    return isUuid(id) ? this.dataSource.manager.findOneBy(NazorgdossierEntity, { id }) : null;
  }

  /** A page of one gemeente's dossiers with the given status, by keyset on (geopend_op, id). */
  page({ gemeentecode, status, first, after }: WorklistPage): Promise<Connection<NazorgdossierEntity>> {
    return this.worklistPage([gemeentecode, status], { first, after, maxPageSize: this.maxPageSize });
  }

  /** How many dossiers one gemeente's worklist with the given status holds. */
  count(gemeentecode: string, status: DossierStatus): Promise<number> {
    return this.dataSource.manager.countBy(NazorgdossierEntity, { gemeentecode, status });
  }
}
