import { keyedSelect, perDataSource, rowLoader, rowsLoader } from '@ketengraaf/subgraph-kit';
import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { BetrokkenOrganisatieEntity } from '../entities/betrokken-organisatie.entity';
import { DrAfspraakEntity, DrPlanEntity } from '../entities/dr-plan.entity';
import { ExtramuraleFaseEntity, ExtramuraleRapportageEntity } from '../entities/extramurale-fase.entity';
import { InrichtingEntity } from '../entities/inrichting.entity';
import { JustitiabeleEntity } from '../entities/justitiabele.entity';
import { MdoEntity } from '../entities/mdo.entity';
import { HulpvraagEntity, ScreeningEntity } from '../entities/screening.entity';
import { TerugkeerwijzigingEntity } from '../entities/terugkeerwijziging.entity';
import { VerblijfEntity } from '../entities/verblijf.entity';
import { VerblijfsperiodeEntity } from '../entities/verblijfsperiode.entity';
import { VerlofEntity } from '../entities/verlof.entity';

/** A person is asked for by chain id or by BSN; both kinds share one batch and one statement. */
export type JustitiabeleKey = `id:${string}` | `bsn:${string}`;

export interface DjiLoaders {
  readonly justitiabele: DataLoader<JustitiabeleKey, JustitiabeleEntity | null>;
  readonly verblijven: DataLoader<string, VerblijfEntity[]>;
  readonly inrichting: DataLoader<string, InrichtingEntity | null>;
  readonly verblijfsperioden: DataLoader<string, VerblijfsperiodeEntity[]>;
  readonly betrokkenOrganisaties: DataLoader<string, BetrokkenOrganisatieEntity[]>;
  readonly screenings: DataLoader<string, ScreeningEntity[]>;
  readonly hulpvragen: DataLoader<string, HulpvraagEntity[]>;
  readonly drPlannen: DataLoader<string, DrPlanEntity[]>;
  readonly afspraken: DataLoader<string, DrAfspraakEntity[]>;
  readonly mdos: DataLoader<string, MdoEntity[]>;
  readonly terugkeerwijzigingen: DataLoader<string, TerugkeerwijzigingEntity[]>;
  readonly verloven: DataLoader<string, VerlofEntity[]>;
  readonly extramuraleFase: DataLoader<string, ExtramuraleFaseEntity | null>;
  readonly extramuraleRapportages: DataLoader<string, ExtramuraleRapportageEntity[]>;
}

const statements = perDataSource((dataSource) => ({
  // One statement per kind of batch: `"id" = ANY($1) OR "bsn" = ANY($2)` alone, asked by one kind
  // (the gateway's `_entities` by one key, a page's persons by id), got a custom plan every time
  // (PostgreSQL judged no generic plan good for both), planned anew per batch.
  justitiabelenById: keyedSelect(dataSource, JustitiabeleEntity, { by: ['id'] }),
  justitiabelenByBsn: keyedSelect(dataSource, JustitiabeleEntity, { by: ['bsn'] }),
  justitiabelen: keyedSelect(dataSource, JustitiabeleEntity, { by: ['id', 'bsn'] }),
  verblijven: keyedSelect(dataSource, VerblijfEntity, {
    by: ['justitiabeleId'],
    order: { instroomdatum: 'DESC', id: 'DESC' },
  }),
  inrichtingen: keyedSelect(dataSource, InrichtingEntity, { by: ['code'] }),
  verblijfsperioden: keyedSelect(dataSource, VerblijfsperiodeEntity, {
    by: ['verblijfId'],
    order: { volgnummer: 'ASC' },
  }),
  betrokkenOrganisaties: keyedSelect(dataSource, BetrokkenOrganisatieEntity, {
    by: ['verblijfId'],
    order: { datum: 'ASC', organisatie: 'ASC' },
  }),
  screenings: keyedSelect(dataSource, ScreeningEntity, { by: ['verblijfId'], order: { datum: 'DESC' } }),
  hulpvragen: keyedSelect(dataSource, HulpvraagEntity, { by: ['screeningId'], order: { domein: 'ASC' } }),
  drPlannen: keyedSelect(dataSource, DrPlanEntity, { by: ['verblijfId'], order: { versie: 'DESC' } }),
  afspraken: keyedSelect(dataSource, DrAfspraakEntity, { by: ['planId'], order: { volgnummer: 'ASC' } }),
  mdos: keyedSelect(dataSource, MdoEntity, { by: ['verblijfId'], order: { datum: 'DESC' } }),
  terugkeerwijzigingen: keyedSelect(dataSource, TerugkeerwijzigingEntity, {
    by: ['verblijfId'],
    order: { datum: 'ASC', geregistreerdOp: 'ASC' },
  }),
  verloven: keyedSelect(dataSource, VerlofEntity, { by: ['verblijfId'], order: { van: 'ASC' } }),
  extramuraleFasen: keyedSelect(dataSource, ExtramuraleFaseEntity, { by: ['verblijfId'] }),
  extramuraleRapportages: keyedSelect(dataSource, ExtramuraleRapportageEntity, {
    by: ['verblijfId'],
    order: { datum: 'DESC', geregistreerdOp: 'DESC' },
  }),
}));

export function createDjiLoaders(dataSource: DataSource): DjiLoaders {
  const select = statements(dataSource);
  return {
    justitiabele: rowLoader<JustitiabeleKey, JustitiabeleEntity>(
      (keys) => {
        const ids = keys.filter((key) => key.startsWith('id:')).map((key) => key.slice(3));
        const bsns = keys.filter((key) => key.startsWith('bsn:')).map((key) => key.slice(4));
        if (bsns.length === 0) return select.justitiabelenById(ids);
        if (ids.length === 0) return select.justitiabelenByBsn(bsns);
        return select.justitiabelen(ids, bsns);
      },
      (row) => [`id:${row.id}`, `bsn:${row.bsn}`],
    ),
    verblijven: rowsLoader(select.verblijven, (row) => row.justitiabeleId),
    inrichting: rowLoader(select.inrichtingen, (row) => row.code),
    verblijfsperioden: rowsLoader(select.verblijfsperioden, (row) => row.verblijfId),
    betrokkenOrganisaties: rowsLoader(select.betrokkenOrganisaties, (row) => row.verblijfId),
    screenings: rowsLoader(select.screenings, (row) => row.verblijfId),
    hulpvragen: rowsLoader(select.hulpvragen, (row) => row.screeningId),
    drPlannen: rowsLoader(select.drPlannen, (row) => row.verblijfId),
    afspraken: rowsLoader(select.afspraken, (row) => row.planId),
    mdos: rowsLoader(select.mdos, (row) => row.verblijfId),
    terugkeerwijzigingen: rowsLoader(select.terugkeerwijzigingen, (row) => row.verblijfId),
    verloven: rowsLoader(select.verloven, (row) => row.verblijfId),
    extramuraleFase: rowLoader(select.extramuraleFasen, (row) => row.verblijfId),
    extramuraleRapportages: rowsLoader(select.extramuraleRapportages, (row) => row.verblijfId),
  };
}
