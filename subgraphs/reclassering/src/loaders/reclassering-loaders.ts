import { rowLoader, rowsLoader } from '@ketengraaf/subgraph-kit';
import type { MeldingStatus as OutboxStatus } from '@ketengraaf/subgraph-kit';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { DataSource } from 'typeorm';

import { AdviesEntity, GeadviseerdeVoorwaardeEntity } from '../entities/advies.entity';
import { AdviesopdrachtEntity } from '../entities/adviesopdracht.entity';
import { ScreeningmeldingEntity } from '../entities/screeningmelding.entity';
import { BijzondereVoorwaardeEntity } from '../entities/bijzondere-voorwaarde.entity';
import { NalevingEntity } from '../entities/naleving.entity';
import { MeldingStatus, OvertredingsmeldingEntity } from '../entities/overtredingsmelding.entity';
import { RisicotaxatieEntity } from '../entities/risicotaxatie.entity';
import { ToezichtEntity } from '../entities/toezicht.entity';

export interface ReclasseringLoaders {
  /** A person's toezichten by strafrechtsketennummer, newest first. */
  readonly toezichten: DataLoader<string, ToezichtEntity[]>;
  /** A person's adviezen by strafrechtsketennummer, newest first. */
  readonly adviezen: DataLoader<string, AdviesEntity[]>;
  /** OM's opdrachten tot advies on a person by strafrechtsketennummer, newest first. */
  readonly adviesopdrachten: DataLoader<string, AdviesopdrachtEntity[]>;
  /** DJI's screening meldingen per person, of every organisation DJI told. */
  readonly screeningmeldingen: DataLoader<string, ScreeningmeldingEntity[]>;
  /** A person's risicotaxaties by strafrechtsketennummer, newest first. */
  readonly risicotaxaties: DataLoader<string, RisicotaxatieEntity[]>;
  /** An advies' geadviseerde voorwaarden by advies id, in the advies' order. */
  readonly geadviseerdeVoorwaarden: DataLoader<string, GeadviseerdeVoorwaardeEntity[]>;
  /** A toezicht's bijzondere voorwaarden by toezicht id, oldest first. */
  readonly voorwaarden: DataLoader<string, BijzondereVoorwaardeEntity[]>;
  /** A voorwaarde's naleving by voorwaarde id, oldest first. */
  readonly naleving: DataLoader<string, NalevingEntity[]>;
  /** The melding to OM of an overtreding, by naleving id. */
  readonly melding: DataLoader<string, OvertredingsmeldingEntity | null>;
  /** A person's meldingen to OM by strafrechtsketennummer, newest first. */
  readonly meldingen: DataLoader<string, OvertredingsmeldingEntity[]>;
  /** One bijzondere voorwaarde by id: the access policy decides some grounds per voorwaarde. */
  readonly voorwaarde: DataLoader<string, BijzondereVoorwaardeEntity | null>;
  /** One naleving by id, for the melding that reports it. */
  readonly nalevingRecord: DataLoader<string, NalevingEntity | null>;
  /** Where an outgoing melding is (its outbox row's status), by outbox id. */
  readonly uitgaandeMeldingStatus: DataLoader<string, MeldingStatus | null>;
}

export function createReclasseringLoaders(dataSource: DataSource): ReclasseringLoaders {
  const manager = dataSource.manager;
  const voorwaarde = rowLoader(
    (ids: readonly string[]) => manager.find(BijzondereVoorwaardeEntity, { where: { id: In([...ids]) } }),
    (row) => row.id,
  );
  return {
    toezichten: rowsLoader(
      (ids) =>
        manager.find(ToezichtEntity, {
          where: { justitiabeleId: In([...ids]) },
          order: { begindatum: 'DESC', id: 'ASC' },
        }),
      (row) => row.justitiabeleId,
    ),
    adviezen: rowsLoader(
      (ids) =>
        manager.find(AdviesEntity, { where: { justitiabeleId: In([...ids]) }, order: { datum: 'DESC', id: 'ASC' } }),
      (row) => row.justitiabeleId,
    ),
    adviesopdrachten: rowsLoader(
      (ids) =>
        manager.find(AdviesopdrachtEntity, {
          where: { justitiabeleId: In([...ids]) },
          order: { datum: 'DESC', id: 'ASC' },
        }),
      (row) => row.justitiabeleId,
    ),
    screeningmeldingen: rowsLoader(
      (ids) =>
        manager.find(ScreeningmeldingEntity, {
          where: { justitiabeleId: In([...ids]) },
          order: { gemeldOp: 'ASC', id: 'ASC' },
        }),
      (row) => row.justitiabeleId,
    ),
    risicotaxaties: rowsLoader(
      (ids) =>
        manager.find(RisicotaxatieEntity, {
          where: { justitiabeleId: In([...ids]) },
          order: { datum: 'DESC', geregistreerdOp: 'DESC', id: 'ASC' },
        }),
      (row) => row.justitiabeleId,
    ),
    geadviseerdeVoorwaarden: rowsLoader(
      (ids) =>
        manager.find(GeadviseerdeVoorwaardeEntity, {
          where: { adviesId: In([...ids]) },
          order: { volgnummer: 'ASC' },
        }),
      (row) => row.adviesId,
    ),
    voorwaarden: rowsLoader(
      async (ids) => {
        const rows = await manager.find(BijzondereVoorwaardeEntity, {
          where: { toezichtId: In([...ids]) },
          order: { begindatum: 'ASC', id: 'ASC' },
        });
        // The access policy decides art. 18a per voorwaarde: it finds those read here without another statement.
        for (const row of rows) voorwaarde.prime(row.id, row);
        return rows;
      },
      (row) => row.toezichtId,
    ),
    naleving: rowsLoader(
      (ids) =>
        manager.find(NalevingEntity, {
          where: { voorwaardeId: In([...ids]) },
          order: { datum: 'ASC', geregistreerdOp: 'ASC' },
        }),
      (row) => row.voorwaardeId,
    ),
    melding: rowLoader(
      (ids) => manager.find(OvertredingsmeldingEntity, { where: { nalevingId: In([...ids]) } }),
      (row) => row.nalevingId,
    ),
    meldingen: rowsLoader(
      (ids) =>
        manager.find(OvertredingsmeldingEntity, {
          where: { justitiabeleId: In([...ids]) },
          order: { datum: 'DESC', id: 'ASC' },
        }),
      (row) => row.justitiabeleId,
    ),
    voorwaarde,
    nalevingRecord: rowLoader(
      (ids) => manager.find(NalevingEntity, { where: { id: In([...ids]) } }),
      (row) => row.id,
    ),
    uitgaandeMeldingStatus: new DataLoader(async (ids) => {
      const rows = await manager.query<{ id: string; status: OutboxStatus }[]>(
        'SELECT id, status FROM melding_outbox WHERE id = ANY($1::uuid[])',
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.id, STATUS_VAN_OUTBOX[row.status]]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

/** The outbox's state of a melding, in the words the reclassering's own API has used. */
const STATUS_VAN_OUTBOX: Record<OutboxStatus, MeldingStatus> = {
  TE_VERZENDEN: MeldingStatus.TE_VERZENDEN,
  AFGELEVERD: MeldingStatus.VERZONDEN,
  ONBESTELBAAR: MeldingStatus.ONBESTELBAAR,
};
