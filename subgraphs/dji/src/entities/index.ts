import { BetrokkenOrganisatieEntity } from './betrokken-organisatie.entity';
import { DrAfspraakEntity, DrPlanEntity } from './dr-plan.entity';
import { InrichtingEntity } from './inrichting.entity';
import { JustitiabeleEntity } from './justitiabele.entity';
import { MdoEntity } from './mdo.entity';
import { HulpvraagEntity, ScreeningEntity } from './screening.entity';
import { VerblijfEntity } from './verblijf.entity';
import { TerugkeerwijzigingEntity } from './terugkeerwijziging.entity';
import { VerblijfsperiodeEntity } from './verblijfsperiode.entity';

export const djiEntities = [
  InrichtingEntity,
  JustitiabeleEntity,
  VerblijfEntity,
  VerblijfsperiodeEntity,
  BetrokkenOrganisatieEntity,
  TerugkeerwijzigingEntity,
  ScreeningEntity,
  HulpvraagEntity,
  DrPlanEntity,
  DrAfspraakEntity,
  MdoEntity,
];
