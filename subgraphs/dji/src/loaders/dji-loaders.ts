import { rowLoader, rowsLoader } from '@ketengraaf/subgraph-kit';
import type DataLoader from 'dataloader';
import { In } from 'typeorm';
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

export function createDjiLoaders(dataSource: DataSource): DjiLoaders {
  const manager = dataSource.manager;
  return {
    justitiabele: rowLoader<JustitiabeleKey, JustitiabeleEntity>(
      async (keys) => {
        const ids = keys.filter((key) => key.startsWith('id:')).map((key) => key.slice(3));
        const bsns = keys.filter((key) => key.startsWith('bsn:')).map((key) => key.slice(4));
        return manager
          .createQueryBuilder(JustitiabeleEntity, 'j')
          .where('j.id = ANY(:ids) OR j.bsn = ANY(:bsns)', { ids, bsns })
          .getMany();
      },
      (row) => [`id:${row.id}`, `bsn:${row.bsn}`],
    ),
    verblijven: rowsLoader(
      (ids) =>
        manager.find(VerblijfEntity, {
          where: { justitiabeleId: In([...ids]) },
          order: { instroomdatum: 'DESC', id: 'DESC' },
        }),
      (row) => row.justitiabeleId,
    ),
    inrichting: rowLoader(
      (codes) => manager.find(InrichtingEntity, { where: { code: In([...codes]) } }),
      (row) => row.code,
    ),
    verblijfsperioden: rowsLoader(
      (ids) =>
        manager.find(VerblijfsperiodeEntity, { where: { verblijfId: In([...ids]) }, order: { volgnummer: 'ASC' } }),
      (row) => row.verblijfId,
    ),
    betrokkenOrganisaties: rowsLoader(
      (ids) =>
        manager.find(BetrokkenOrganisatieEntity, {
          where: { verblijfId: In([...ids]) },
          order: { datum: 'ASC', organisatie: 'ASC' },
        }),
      (row) => row.verblijfId,
    ),
    screenings: rowsLoader(
      (ids) => manager.find(ScreeningEntity, { where: { verblijfId: In([...ids]) }, order: { datum: 'DESC' } }),
      (row) => row.verblijfId,
    ),
    hulpvragen: rowsLoader(
      (ids) => manager.find(HulpvraagEntity, { where: { screeningId: In([...ids]) }, order: { domein: 'ASC' } }),
      (row) => row.screeningId,
    ),
    drPlannen: rowsLoader(
      (ids) => manager.find(DrPlanEntity, { where: { verblijfId: In([...ids]) }, order: { versie: 'DESC' } }),
      (row) => row.verblijfId,
    ),
    afspraken: rowsLoader(
      (ids) => manager.find(DrAfspraakEntity, { where: { planId: In([...ids]) }, order: { volgnummer: 'ASC' } }),
      (row) => row.planId,
    ),
    mdos: rowsLoader(
      (ids) => manager.find(MdoEntity, { where: { verblijfId: In([...ids]) }, order: { datum: 'DESC' } }),
      (row) => row.verblijfId,
    ),
    terugkeerwijzigingen: rowsLoader(
      (ids) =>
        manager.find(TerugkeerwijzigingEntity, {
          where: { verblijfId: In([...ids]) },
          order: { datum: 'ASC', geregistreerdOp: 'ASC' },
        }),
      (row) => row.verblijfId,
    ),
    verloven: rowsLoader(
      (ids) => manager.find(VerlofEntity, { where: { verblijfId: In([...ids]) }, order: { van: 'ASC' } }),
      (row) => row.verblijfId,
    ),
    extramuraleFase: rowLoader(
      (ids) => manager.find(ExtramuraleFaseEntity, { where: { verblijfId: In([...ids]) } }),
      (row) => row.verblijfId,
    ),
    extramuraleRapportages: rowsLoader(
      (ids) =>
        manager.find(ExtramuraleRapportageEntity, {
          where: { verblijfId: In([...ids]) },
          order: { datum: 'DESC', geregistreerdOp: 'DESC' },
        }),
      (row) => row.verblijfId,
    ),
  };
}
