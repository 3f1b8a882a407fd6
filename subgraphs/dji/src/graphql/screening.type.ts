import { Basisvoorwaarde, DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { HulpvraagEntity, ScreeningEntity } from '../entities/screening.entity';

@ObjectType({ description: 'Whether the person needs help on one basisvoorwaarde or on sociaal netwerk.' })
export class Hulpvraag {
  @Field(() => Basisvoorwaarde)
  domein: Basisvoorwaarde;

  @Field()
  hulpvraag: boolean;

  @Field(() => String, { nullable: true })
  toelichting: string | null;

  static from(entity: HulpvraagEntity): Hulpvraag {
    return Object.assign(new Hulpvraag(), {
      domein: entity.domein,
      hulpvraag: entity.hulpvraag,
      toelichting: entity.toelichting,
    });
  }
}

@ObjectType({ description: 'The screening on the basisvoorwaarden, due within 10 days of instroom.' })
export class Screening {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => DatumScalar, { nullable: true })
  datum: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field({ nullable: true, description: 'Whether the Reflector (risk and needs instrument) was used.' })
  reflectorAfgenomen: boolean;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => String, { nullable: true, description: 'Outcome of the language test, when taken.' })
  taaltoetsNiveau: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => Int, {
    nullable: true,
    description: 'SCIL score (screener for a mild intellectual disability), when taken.',
  })
  scilScore: number | null;

  static from(entity: ScreeningEntity, justitiabeleId: string): Screening {
    return Object.assign(new Screening(), {
      justitiabeleId,
      id: entity.id,
      datum: entity.datum,
      reflectorAfgenomen: entity.reflectorAfgenomen,
      taaltoetsNiveau: entity.taaltoetsNiveau,
      scilScore: entity.scilScore,
    });
  }
}
