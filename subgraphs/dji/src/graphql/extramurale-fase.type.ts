import { DatumScalar } from '@ketengraaf/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';

import type { ExtramuraleFaseEntity, ExtramuraleRapportageEntity } from '../entities/extramurale-fase.entity';

import { ExtramuraleFaseSoort } from './enums';

@ObjectType({ description: 'The part of a verblijf served outside the walls, under DJI and a toezichthouder.' })
export class ExtramuraleFase {
  @Field(() => ExtramuraleFaseSoort)
  soort: ExtramuraleFaseSoort;

  @Field(() => DatumScalar, { description: 'The day the extramural phase began.' })
  van: string;

  @Field({ description: 'The reclassering organisation that supervises it (`reclassering:RN`).' })
  toezichthouder: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Every how many days the toezichthouder reports to the director; null when the director asked for none.',
  })
  rapportageIntervalDagen: number | null;

  static from(entity: ExtramuraleFaseEntity): ExtramuraleFase {
    return Object.assign(new ExtramuraleFase(), {
      soort: entity.soort,
      van: entity.van,
      toezichthouder: entity.toezichthouder,
      rapportageIntervalDagen: entity.rapportageIntervalDagen,
    });
  }
}

@ObjectType({ description: "The toezichthouder's report to the director of the inrichting on the extramural phase." })
export class ExtramuraleRapportage {
  @Field(() => DatumScalar)
  datum: string;

  @Field({ description: 'The reclassering organisation whose toezichthouder made it.' })
  organisatie: string;

  @Field({ description: 'How the extramural detention goes.' })
  verloop: string;

  static from(entity: ExtramuraleRapportageEntity): ExtramuraleRapportage {
    return Object.assign(new ExtramuraleRapportage(), {
      datum: entity.datum,
      organisatie: entity.organisatie,
      verloop: entity.verloop,
    });
  }
}
