import { DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';

import type { MdoEntity } from '../entities/mdo.entity';

@ObjectType({ description: 'A multidisciplinair overleg reviewing the D&R-plan.' })
export class Mdo {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => DatumScalar, { nullable: true })
  datum: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => [String], { nullable: true, description: 'Organisation identifiers of those who attended.' })
  deelnemers: string[];

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field({ nullable: true })
  justitiabeleAanwezig: boolean;

  static from(entity: MdoEntity, justitiabeleId: string): Mdo {
    return Object.assign(new Mdo(), {
      justitiabeleId,
      id: entity.id,
      datum: entity.datum,
      deelnemers: entity.deelnemers,
      justitiabeleAanwezig: entity.justitiabeleAanwezig,
    });
  }
}
