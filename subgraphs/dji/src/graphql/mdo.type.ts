import { DatumScalar } from '@ketengraaf/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';

import type { MdoEntity } from '../entities/mdo.entity';

@ObjectType({ description: 'A multidisciplinair overleg reviewing the D&R-plan.' })
export class Mdo {
  @Field(() => ID)
  id: string;

  @Field(() => DatumScalar)
  datum: string;

  @Field(() => [String], { description: 'Organisation identifiers of those who attended.' })
  deelnemers: string[];

  @Field()
  justitiabeleAanwezig: boolean;

  static from(entity: MdoEntity): Mdo {
    return Object.assign(new Mdo(), {
      id: entity.id,
      datum: entity.datum,
      deelnemers: entity.deelnemers,
      justitiabeleAanwezig: entity.justitiabeleAanwezig,
    });
  }
}
