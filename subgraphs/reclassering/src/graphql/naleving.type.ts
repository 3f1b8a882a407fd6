import { DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';

import type { NalevingEntity } from '../entities/naleving.entity';
import type { OvertredingsmeldingEntity } from '../entities/overtredingsmelding.entity';

import { MeldingStatus, NalevingUitkomst } from './enums';

@ObjectType({ description: 'The melding of an overtreding to OM, made with the naleving that records it.' })
export class Overtredingsmelding {
  @Field({ description: 'The organisation it goes to: om.' })
  gemeldAan: string;

  @Field(() => DatumScalar, { description: 'The day of the overtreding it reports.' })
  datum: string;

  @Field(() => MeldingStatus)
  status: MeldingStatus;

  static from(entity: OvertredingsmeldingEntity): Overtredingsmelding {
    return Object.assign(new Overtredingsmelding(), {
      gemeldAan: entity.gemeldAan,
      datum: entity.datum,
      status: entity.status,
    });
  }
}

@ObjectType({ description: 'One check of a bijzondere voorwaarde.' })
export class Naleving {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  /** The reclassering organisation that holds the toezicht, for the access policy. */
  bronhouder: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => DatumScalar, { nullable: true })
  datum: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => NalevingUitkomst, { nullable: true })
  uitkomst: NalevingUitkomst;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
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
