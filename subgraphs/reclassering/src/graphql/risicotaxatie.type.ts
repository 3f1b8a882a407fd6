import { DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';

import type { RisicotaxatieEntity } from '../entities/risicotaxatie.entity';

import { Risiconiveau } from './enums';

@ObjectType({ description: 'An assessment of the risk of recidive and of danger to others.' })
export class Risicotaxatie {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18B_PBW')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18B_PBW')
  @Field({ nullable: true, description: 'The reclassering organisation that made it.' })
  organisatie: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18B_PBW')
  @Field(() => DatumScalar, { nullable: true })
  datum: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18B_PBW')
  @Field({ nullable: true, description: 'The instrument used, e.g. RISc.' })
  instrument: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18B_PBW')
  @Field(() => Risiconiveau, { nullable: true })
  recidiverisico: Risiconiveau;

  @Doelbinding('EIGEN_TAAK', 'ART_18B_PBW')
  @Field(() => Risiconiveau, { nullable: true, description: 'The risk of a serious violent or sexual offence.' })
  gevaarrisico: Risiconiveau;

  static from(entity: RisicotaxatieEntity): Risicotaxatie {
    return Object.assign(new Risicotaxatie(), {
      justitiabeleId: entity.justitiabeleId,
      id: entity.id,
      organisatie: entity.organisatie,
      datum: entity.datum,
      instrument: entity.instrument,
      recidiverisico: entity.recidiverisico,
      gevaarrisico: entity.gevaarrisico,
    });
  }
}
