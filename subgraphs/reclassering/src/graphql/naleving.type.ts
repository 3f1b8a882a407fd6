import { DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';

import type { NalevingEntity } from '../entities/naleving.entity';

import { NalevingUitkomst } from './enums';

@ObjectType({
  description:
    'One check of a bijzondere voorwaarde: whether it was kept tells of the delict, so only for the own task.',
})
export class Naleving {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  /** The reclassering organisation that holds the toezicht, for the access policy. */
  bronhouder: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => DatumScalar, { nullable: true })
  datum: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => NalevingUitkomst, { nullable: true })
  uitkomst: NalevingUitkomst;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => String, { nullable: true })
  toelichting: string | null;

  static from(entity: NalevingEntity, justitiabeleId: string, bronhouder: string): Naleving {
    return Object.assign(new Naleving(), {
      justitiabeleId,
      bronhouder,
      id: entity.id,
      datum: entity.datum,
      uitkomst: entity.uitkomst,
      toelichting: entity.toelichting,
    });
  }
}
