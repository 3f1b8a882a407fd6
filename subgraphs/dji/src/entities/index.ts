import { BetrokkenOrganisatieEntity } from './betrokken-organisatie.entity';
import { DrAfspraakEntity, DrPlanEntity } from './dr-plan.entity';
import { InrichtingEntity } from './inrichting.entity';
import { JustitiabeleEntity } from './justitiabele.entity';
import { MdoEntity } from './mdo.entity';
import { HulpvraagEntity, ScreeningEntity } from './screening.entity';
import { ExtramuraleFaseEntity, ExtramuraleRapportageEntity } from './extramurale-fase.entity';
import { VerblijfEntity } from './verblijf.entity';
import { VerlofEntity } from './verlof.entity';
import { TerugkeerwijzigingEntity } from './terugkeerwijziging.entity';
import { VerblijfsperiodeEntity } from './verblijfsperiode.entity';

export const djiEntities = [
  InrichtingEntity,
  JustitiabeleEntity,
  VerblijfEntity,
  VerblijfsperiodeEntity,
  BetrokkenOrganisatieEntity,
  TerugkeerwijzigingEntity,
  VerlofEntity,
  ExtramuraleFaseEntity,
  ExtramuraleRapportageEntity,
  ScreeningEntity,
  HulpvraagEntity,
  DrPlanEntity,
  DrAfspraakEntity,
  MdoEntity,
];
