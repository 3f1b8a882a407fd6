import { DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';

import type { OpdrachtTotAdviesEntity } from '../entities/opdracht-tot-advies.entity';

@ObjectType({ description: "OM's order to a reclassering organisation to advise in a case. OM's own record." })
export class OpdrachtTotAdvies {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true, description: 'The reclassering organisation asked, e.g. reclassering:RN.' })
  organisatie: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => DatumScalar, { nullable: true })
  datum: string;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true, description: 'What OM asks the reclassering to advise on.' })
  vraag: string;

  static from(entity: OpdrachtTotAdviesEntity): OpdrachtTotAdvies {
    return Object.assign(new OpdrachtTotAdvies(), {
      justitiabeleId: entity.justitiabeleId,
      id: entity.id,
      organisatie: entity.organisatie,
      datum: entity.datum,
      vraag: entity.vraag,
    });
  }
}
