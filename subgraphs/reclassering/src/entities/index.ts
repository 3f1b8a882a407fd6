import { AdviesEntity, GeadviseerdeVoorwaardeEntity } from './advies.entity';
import { AdviesopdrachtEntity } from './adviesopdracht.entity';
import { BijzondereVoorwaardeEntity } from './bijzondere-voorwaarde.entity';
import { NalevingEntity } from './naleving.entity';
import { OvertredingsmeldingEntity } from './overtredingsmelding.entity';
import { RisicotaxatieEntity } from './risicotaxatie.entity';
import { ScreeningmeldingEntity } from './screeningmelding.entity';
import { ToezichtEntity } from './toezicht.entity';

export const reclasseringEntities = [
  AdviesEntity,
  GeadviseerdeVoorwaardeEntity,
  ToezichtEntity,
  BijzondereVoorwaardeEntity,
  NalevingEntity,
  OvertredingsmeldingEntity,
  RisicotaxatieEntity,
  AdviesopdrachtEntity,
  ScreeningmeldingEntity,
];
