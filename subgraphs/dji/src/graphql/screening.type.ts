import { Basisvoorwaarde, DatumScalar } from '@ketengraaf/subgraph-kit';
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
  @Field(() => ID)
  id: string;

  @Field(() => DatumScalar)
  datum: string;

  @Field({ description: 'Whether the Reflector (risk and needs instrument) was used.' })
  reflectorAfgenomen: boolean;

  @Field(() => String, { nullable: true, description: 'Outcome of the language test, when taken.' })
  taaltoetsNiveau: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'SCIL score (screener for a mild intellectual disability), when taken.',
  })
  scilScore: number | null;

  static from(entity: ScreeningEntity): Screening {
    return Object.assign(new Screening(), {
      id: entity.id,
      datum: entity.datum,
      reflectorAfgenomen: entity.reflectorAfgenomen,
      taaltoetsNiveau: entity.taaltoetsNiveau,
      scilScore: entity.scilScore,
    });
  }
}
