import { rowLoader, rowsLoader } from '@ketengraaf/subgraph-kit';
import type DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { DataSource } from 'typeorm';

import { BijMeldingEntity } from '../entities/bij-melding.entity';
import { OmgevingsanalyseEntity } from '../entities/omgevingsanalyse.entity';
import { OntvangenStukEntity } from '../entities/ontvangen-stuk.entity';
import { OpdrachtTotAdviesEntity } from '../entities/opdracht-tot-advies.entity';
import { ReclasseringsmeldingEntity } from '../entities/reclasseringsmelding.entity';
import { StrafzaakEntity } from '../entities/strafzaak.entity';
import { VerstrekkingEntity } from '../entities/verstrekking.entity';
import { ViBeslissingEntity } from '../entities/vi-beslissing.entity';
import { ZienswijzeEntity } from '../entities/zienswijze.entity';

/**
 * Every loader is keyed by the person's strafrechtsketennummer, so each table is read with one
 * statement per request, whether a policy check, a list or a nested field asks for it; the
 * records of one case are picked from its person's rows.
 */
export interface OmBurgemeesterLoaders {
  /** OM's cases against a person, oldest first. */
  readonly strafzaken: DataLoader<string, StrafzaakEntity[]>;
  readonly viBeslissingen: DataLoader<string, ViBeslissingEntity[]>;
  /** Newest first. */
  readonly opdrachtenTotAdvies: DataLoader<string, OpdrachtTotAdviesEntity[]>;
  /** Newest first. */
  readonly verstrekkingen: DataLoader<string, VerstrekkingEntity[]>;
  /** By return date. */
  readonly bijMeldingen: DataLoader<string, BijMeldingEntity[]>;
  /** Newest first. */
  readonly zienswijzen: DataLoader<string, ZienswijzeEntity[]>;
  /** Newest first. */
  readonly omgevingsanalyses: DataLoader<string, OmgevingsanalyseEntity[]>;
  /** OM's receipt of a burgemeester's document, by its reference (`zienswijze/<id>`). */
  readonly ontvangenStuk: DataLoader<string, OntvangenStukEntity | null>;
  /** What the reclassering told OM, newest first. */
  readonly reclasseringsmeldingen: DataLoader<string, ReclasseringsmeldingEntity[]>;
}

export function createOmBurgemeesterLoaders(dataSource: DataSource): OmBurgemeesterLoaders {
  const manager = dataSource.manager;
  return {
    strafzaken: rowsLoader(
      (ids) =>
        manager.find(StrafzaakEntity, {
          where: { justitiabeleId: In([...ids]) },
          order: { geregistreerdOp: 'ASC', id: 'ASC' },
        }),
      (row) => row.justitiabeleId,
    ),
    viBeslissingen: rowsLoader(
      (ids) =>
        manager.find(ViBeslissingEntity, {
          where: { justitiabeleId: In([...ids]) },
          order: { datum: 'DESC', id: 'ASC' },
        }),
      (row) => row.justitiabeleId,
    ),
    ontvangenStuk: rowLoader(
      (referenties) => manager.find(OntvangenStukEntity, { where: { referentie: In([...referenties]) } }),
      (row) => row.referentie,
    ),
    reclasseringsmeldingen: rowsLoader(
      (ids) =>
        manager.find(ReclasseringsmeldingEntity, {
          where: { justitiabeleId: In([...ids]) },
          order: { datum: 'DESC', ontvangenOp: 'DESC', id: 'ASC' },
        }),
      (row) => row.justitiabeleId,
    ),
    opdrachtenTotAdvies: rowsLoader(
      (ids) =>
        manager.find(OpdrachtTotAdviesEntity, {
          where: { justitiabeleId: In([...ids]) },
          order: { datum: 'DESC', id: 'ASC' },
        }),
      (row) => row.justitiabeleId,
    ),
    verstrekkingen: rowsLoader(
      (ids) =>
        manager.find(VerstrekkingEntity, {
          where: { justitiabeleId: In([...ids]) },
          order: { datum: 'DESC', id: 'ASC' },
        }),
      (row) => row.justitiabeleId,
    ),
    bijMeldingen: rowsLoader(
      (ids) =>
        manager.find(BijMeldingEntity, {
          where: { justitiabeleId: In([...ids]) },
          order: { terugkeerdatum: 'ASC', id: 'ASC' },
        }),
      (row) => row.justitiabeleId,
    ),
    zienswijzen: rowsLoader(
      (ids) =>
        manager.find(ZienswijzeEntity, {
          where: { justitiabeleId: In([...ids]) },
          order: { datum: 'DESC', id: 'ASC' },
        }),
      (row) => row.justitiabeleId,
    ),
    omgevingsanalyses: rowsLoader(
      (ids) =>
        manager.find(OmgevingsanalyseEntity, {
          where: { justitiabeleId: In([...ids]) },
          order: { datum: 'DESC', id: 'ASC' },
        }),
      (row) => row.justitiabeleId,
    ),
  };
}
