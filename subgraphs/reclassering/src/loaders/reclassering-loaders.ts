import { keyedSelect, perDataSource, preparedStatement, rowLoader, rowsLoader } from '@ketengraaf/subgraph-kit';
import type { MeldingStatus as OutboxStatus } from '@ketengraaf/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { AdviesEntity, GeadviseerdeVoorwaardeEntity } from '../entities/advies.entity';
import { AdviesopdrachtEntity } from '../entities/adviesopdracht.entity';
import { ScreeningmeldingEntity } from '../entities/screeningmelding.entity';
import { BijzondereVoorwaardeEntity } from '../entities/bijzondere-voorwaarde.entity';
import { NalevingEntity } from '../entities/naleving.entity';
import { MeldingStatus, OvertredingsmeldingEntity } from '../entities/overtredingsmelding.entity';
import { RisicotaxatieEntity } from '../entities/risicotaxatie.entity';
import type { Risiconiveau } from '../entities/risicotaxatie.entity';
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
  /**
   * The person's records the access policy decides on, by strafrechtsketennummer, read once per
   * request: every check of a ground asks them, a caseload's page checks hundreds of records of its
   * fifty persons, and each DataLoader `load`, even of a key it holds, makes promises of its own.
   */
  readonly personRecords: (nummer: string) => Promise<PersonRecords>;
}

/** What the access policy decides a person's grounds on. */
export interface PersonRecords {
  readonly toezichten: ToezichtEntity[];
  readonly adviezen: AdviesEntity[];
  readonly adviesopdrachten: { organisatie: string }[];
  /** DJI told the organisation of the screening: DJI recorded it as involved (art. 18a Pbw). */
  readonly screeningmeldingen: { organisatie: string }[];
  readonly risicotaxaties: { id: string; organisatie: string; gevaarrisico: Risiconiveau }[];
}

const NEWEST_FIRST = { datum: 'DESC', id: 'ASC' } as const;

const statements = perDataSource((dataSource) => ({
  toezichten: keyedSelect(dataSource, ToezichtEntity, {
    by: ['justitiabeleId'],
    order: { begindatum: 'DESC', id: 'ASC' },
  }),
  adviezen: keyedSelect(dataSource, AdviesEntity, { by: ['justitiabeleId'], order: NEWEST_FIRST }),
  adviesopdrachten: keyedSelect(dataSource, AdviesopdrachtEntity, { by: ['justitiabeleId'], order: NEWEST_FIRST }),
  screeningmeldingen: keyedSelect(dataSource, ScreeningmeldingEntity, {
    by: ['justitiabeleId'],
    order: { gemeldOp: 'ASC', id: 'ASC' },
  }),
  risicotaxaties: keyedSelect(dataSource, RisicotaxatieEntity, {
    by: ['justitiabeleId'],
    order: { datum: 'DESC', geregistreerdOp: 'DESC', id: 'ASC' },
  }),
  geadviseerdeVoorwaarden: keyedSelect(dataSource, GeadviseerdeVoorwaardeEntity, {
    by: ['adviesId'],
    order: { volgnummer: 'ASC' },
  }),
  voorwaardenVanToezicht: keyedSelect(dataSource, BijzondereVoorwaardeEntity, {
    by: ['toezichtId'],
    order: { begindatum: 'ASC', id: 'ASC' },
  }),
  voorwaarden: keyedSelect(dataSource, BijzondereVoorwaardeEntity, { by: ['id'] }),
  nalevingVanVoorwaarde: keyedSelect(dataSource, NalevingEntity, {
    by: ['voorwaardeId'],
    order: { datum: 'ASC', geregistreerdOp: 'ASC' },
  }),
  naleving: keyedSelect(dataSource, NalevingEntity, { by: ['id'] }),
  meldingVanNaleving: keyedSelect(dataSource, OvertredingsmeldingEntity, { by: ['nalevingId'] }),
  meldingen: keyedSelect(dataSource, OvertredingsmeldingEntity, { by: ['justitiabeleId'], order: NEWEST_FIRST }),
  outboxStatus: preparedStatement<{ id: string; status: OutboxStatus }>(
    dataSource,
    'SELECT id, status FROM melding_outbox WHERE id = ANY($1::uuid[])',
  ),
}));

export function createReclasseringLoaders(dataSource: DataSource): ReclasseringLoaders {
  const select = statements(dataSource);
  const voorwaarde = rowLoader(select.voorwaarden, (row) => row.id);
  const ofPerson = {
    toezichten: rowsLoader(select.toezichten, (row) => row.justitiabeleId),
    adviezen: rowsLoader(select.adviezen, (row) => row.justitiabeleId),
    adviesopdrachten: rowsLoader(select.adviesopdrachten, (row) => row.justitiabeleId),
    screeningmeldingen: rowsLoader(select.screeningmeldingen, (row) => row.justitiabeleId),
    risicotaxaties: rowsLoader(select.risicotaxaties, (row) => row.justitiabeleId),
  };
  return {
    ...ofPerson,
    personRecords: personRecordsOnce(ofPerson),
    geadviseerdeVoorwaarden: rowsLoader(select.geadviseerdeVoorwaarden, (row) => row.adviesId),
    voorwaarden: rowsLoader(
      async (ids) => {
        const rows = await select.voorwaardenVanToezicht(ids);
        // The access policy decides art. 18a per voorwaarde: it finds those read here without another statement.
        for (const row of rows) voorwaarde.prime(row.id, row);
        return rows;
      },
      (row) => row.toezichtId,
    ),
    naleving: rowsLoader(select.nalevingVanVoorwaarde, (row) => row.voorwaardeId),
    melding: rowLoader(select.meldingVanNaleving, (row) => row.nalevingId),
    meldingen: rowsLoader(select.meldingen, (row) => row.justitiabeleId),
    voorwaarde,
    nalevingRecord: rowLoader(select.naleving, (row) => row.id),
    uitgaandeMeldingStatus: new DataLoader(async (ids) => {
      const rows = await select.outboxStatus([ids]);
      const byId = new Map(rows.map((row) => [row.id, STATUS_VAN_OUTBOX[row.status]]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

/** Each person's records (`readPersonRecords`), read once for the loaders' request; a failed read is read again, as the loaders would. */
function personRecordsOnce(loaders: PersonRecordLoaders): (nummer: string) => Promise<PersonRecords> {
  const read = new Map<string, Promise<PersonRecords>>();
  return (nummer) => {
    let records = read.get(nummer);
    if (!records) {
      records = readPersonRecords(nummer, loaders);
      records.catch(() => read.delete(nummer));
      read.set(nummer, records);
    }
    return records;
  };
}

type PersonRecordLoaders = Pick<
  ReclasseringLoaders,
  'toezichten' | 'adviezen' | 'adviesopdrachten' | 'screeningmeldingen' | 'risicotaxaties'
>;

/**
 * The person's toezichten, adviezen and risicotaxaties, always asked for together: whichever
 * ground a person's first check tries, every person of a request then shares one statement per table.
 */
async function readPersonRecords(nummer: string, loaders: PersonRecordLoaders): Promise<PersonRecords> {
  const [toezichten, adviezen, adviesopdrachten, screeningmeldingen, risicotaxaties] = await Promise.all([
    loaders.toezichten.load(nummer),
    loaders.adviezen.load(nummer),
    loaders.adviesopdrachten.load(nummer),
    loaders.screeningmeldingen.load(nummer),
    loaders.risicotaxaties.load(nummer),
  ]);
  return { toezichten, adviezen, adviesopdrachten, screeningmeldingen, risicotaxaties };
}

/** The outbox's state of a melding, in the words the reclassering's own API has used. */
const STATUS_VAN_OUTBOX: Record<OutboxStatus, MeldingStatus> = {
  TE_VERZENDEN: MeldingStatus.TE_VERZENDEN,
  AFGELEVERD: MeldingStatus.VERZONDEN,
  ONBESTELBAAR: MeldingStatus.ONBESTELBAAR,
};
