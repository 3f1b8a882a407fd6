import { keyedSelect, perDataSource, rowLoader, rowsLoader } from '@ketengraaf/subgraph-kit';
import type DataLoader from 'dataloader';
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

const NEWEST_FIRST = { datum: 'DESC', id: 'ASC' } as const;

const statements = perDataSource((dataSource) => ({
  strafzaken: keyedSelect(dataSource, StrafzaakEntity, {
    by: ['justitiabeleId'],
    order: { geregistreerdOp: 'ASC', id: 'ASC' },
  }),
  viBeslissingen: keyedSelect(dataSource, ViBeslissingEntity, { by: ['justitiabeleId'], order: NEWEST_FIRST }),
  ontvangenStukken: keyedSelect(dataSource, OntvangenStukEntity, { by: ['referentie'] }),
  reclasseringsmeldingen: keyedSelect(dataSource, ReclasseringsmeldingEntity, {
    by: ['justitiabeleId'],
    order: { datum: 'DESC', ontvangenOp: 'DESC', id: 'ASC' },
  }),
  opdrachtenTotAdvies: keyedSelect(dataSource, OpdrachtTotAdviesEntity, {
    by: ['justitiabeleId'],
    order: NEWEST_FIRST,
  }),
  verstrekkingen: keyedSelect(dataSource, VerstrekkingEntity, { by: ['justitiabeleId'], order: NEWEST_FIRST }),
  bijMeldingen: keyedSelect(dataSource, BijMeldingEntity, {
    by: ['justitiabeleId'],
    order: { terugkeerdatum: 'ASC', id: 'ASC' },
  }),
  zienswijzen: keyedSelect(dataSource, ZienswijzeEntity, { by: ['justitiabeleId'], order: NEWEST_FIRST }),
  omgevingsanalyses: keyedSelect(dataSource, OmgevingsanalyseEntity, { by: ['justitiabeleId'], order: NEWEST_FIRST }),
}));

export function createOmBurgemeesterLoaders(dataSource: DataSource): OmBurgemeesterLoaders {
  const select = statements(dataSource);
  return {
    strafzaken: rowsLoader(select.strafzaken, (row) => row.justitiabeleId),
    viBeslissingen: rowsLoader(select.viBeslissingen, (row) => row.justitiabeleId),
    ontvangenStuk: rowLoader(select.ontvangenStukken, (row) => row.referentie),
    reclasseringsmeldingen: rowsLoader(select.reclasseringsmeldingen, (row) => row.justitiabeleId),
    opdrachtenTotAdvies: rowsLoader(select.opdrachtenTotAdvies, (row) => row.justitiabeleId),
    verstrekkingen: rowsLoader(select.verstrekkingen, (row) => row.justitiabeleId),
    bijMeldingen: rowsLoader(select.bijMeldingen, (row) => row.justitiabeleId),
    zienswijzen: rowsLoader(select.zienswijzen, (row) => row.justitiabeleId),
    omgevingsanalyses: rowsLoader(select.omgevingsanalyses, (row) => row.justitiabeleId),
  };
}
