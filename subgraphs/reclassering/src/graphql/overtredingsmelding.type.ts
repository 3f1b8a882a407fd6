import { connectionOf, Contactpersoon, DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';

import type { OvertredingsmeldingEntity } from '../entities/overtredingsmelding.entity';
import type { ToezichtEntity } from '../entities/toezicht.entity';

import { MeldingStatus } from './enums';

@ObjectType({
  description:
    'The melding to OM of an overtreding of a bijzondere voorwaarde, made with the naleving that records it: for OM, which decides on the consequences, and the organisation that made it.',
})
export class Overtredingsmelding {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  /** The naleving it reports. */
  nalevingId: string;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field({
    nullable: true,
    description: 'The reclassering organisation that supervises and reports, e.g. reclassering:RN.',
  })
  organisatie: string;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field({ nullable: true, description: 'The organisation it goes to: om.' })
  gemeldAan: string;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field(() => DatumScalar, { nullable: true, description: 'The day of the overtreding it reports.' })
  datum: string;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field(() => MeldingStatus, { nullable: true, description: 'Where its delivery to OM is.' })
  status: MeldingStatus;

  @Doelbinding('EIGEN_TAAK', 'OPDRACHT_OM')
  @Field(() => Contactpersoon, { nullable: true, description: 'The toezichthouder: whom OM asks about it.' })
  toezichthouder: Contactpersoon;

  static from(entity: OvertredingsmeldingEntity, toezicht: ToezichtEntity, status: MeldingStatus): Overtredingsmelding {
    return Object.assign(new Overtredingsmelding(), {
      justitiabeleId: entity.justitiabeleId,
      nalevingId: entity.nalevingId,
      id: entity.id,
      organisatie: toezicht.organisatie,
      gemeldAan: entity.gemeldAan,
      datum: entity.datum,
      status,
      toezichthouder: Contactpersoon.from(toezicht.toezichthouder),
    });
  }
}

export const OvertredingsmeldingConnection = connectionOf(Overtredingsmelding, 'Overtredingsmelding');
