import { BijMeldingEntity } from './bij-melding.entity';
import { OmgevingsanalyseEntity } from './omgevingsanalyse.entity';
import { OntvangenStukEntity } from './ontvangen-stuk.entity';
import { OpdrachtTotAdviesEntity } from './opdracht-tot-advies.entity';
import { ReclasseringsmeldingEntity } from './reclasseringsmelding.entity';
import { StrafzaakEntity } from './strafzaak.entity';
import { VerstrekkingEntity } from './verstrekking.entity';
import { ViBeslissingEntity } from './vi-beslissing.entity';
import { ZienswijzeEntity } from './zienswijze.entity';

/** OM's entities, all in schema `om`. */
export const omEntities = [
  StrafzaakEntity,
  ViBeslissingEntity,
  OpdrachtTotAdviesEntity,
  VerstrekkingEntity,
  ReclasseringsmeldingEntity,
  OntvangenStukEntity,
];

/** The burgemeesters' entities, all in schema `burgemeester`. */
export const burgemeesterEntities = [BijMeldingEntity, ZienswijzeEntity, OmgevingsanalyseEntity];

export const omBurgemeesterEntities = [...omEntities, ...burgemeesterEntities];
