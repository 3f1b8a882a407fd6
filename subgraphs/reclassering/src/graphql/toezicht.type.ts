import { connectionOf, Contactpersoon, DatumScalar, Doelbinding, GemeentecodeScalar } from '@ketengraaf/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { ToezichtEntity } from '../entities/toezicht.entity';

import { ToezichtStatus } from './enums';

@ObjectType({ description: "A reclassering organisation's toezicht on one person's bijzondere voorwaarden." })
export class Toezicht {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field({
    nullable: true,
    description: 'The reclassering organisation that holds the toezicht, e.g. reclassering:RN.',
  })
  organisatie: string;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true, description: 'Organisation identifier of whoever ordered the toezicht, e.g. om.' })
  opdrachtgever: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => DatumScalar, { nullable: true })
  begindatum: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => DatumScalar, { nullable: true, description: 'The planned end while lopend; the actual end once ended.' })
  einddatum: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => ToezichtStatus, { nullable: true })
  status: ToezichtStatus;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => Contactpersoon, { nullable: true, description: 'The toezichthouder: how to reach them.' })
  toezichthouder: Contactpersoon;

  @Doelbinding('EIGEN_TAAK')
  @Field({ nullable: true, description: "The toezichthouder's user id, whose werkvoorraad holds this toezicht." })
  toezichthouderGebruiker: string;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => [String], {
    nullable: true,
    description:
      "Organisation identifiers of the DJI location and gemeenten the reclassering works with on the person's D&R.",
  })
  ketenpartners: string[];

  @Doelbinding('EIGEN_TAAK')
  @Field(() => GemeentecodeScalar, { nullable: true, description: 'Where the person lives or returns to.' })
  woongemeente: string | null;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => String, {
    nullable: true,
    description: 'The DJI inrichting where the person is held while the toezicht is prepared before release.',
  })
  inrichting: string | null;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => DatumScalar, {
    nullable: true,
    description: "The day of an unexpected early release, as DJI's melding told it, sent ahead of its other meldingen.",
  })
  gemeldeVervroegdeInvrijheidstelling: string | null;

  @Doelbinding('EIGEN_TAAK')
  @Field(() => Int, {
    nullable: true,
    description: 'Pass back as `verwachteVersie` when changing this toezicht or adding a voorwaarde to it.',
  })
  versie: number;

  static from(entity: ToezichtEntity): Toezicht {
    return Object.assign(new Toezicht(), {
      justitiabeleId: entity.justitiabeleId,
      id: entity.id,
      organisatie: entity.organisatie,
      opdrachtgever: entity.opdrachtgever,
      begindatum: entity.begindatum,
      einddatum: entity.einddatum,
      status: entity.status,
      toezichthouder: Contactpersoon.from(entity.toezichthouder),
      toezichthouderGebruiker: entity.toezichthouderGebruiker,
      ketenpartners: entity.ketenpartners,
      woongemeente: entity.woongemeente,
      inrichting: entity.inrichting,
      gemeldeVervroegdeInvrijheidstelling: entity.gemeldeVervroegdeInvrijheidstelling,
      versie: entity.versie,
    });
  }
}

export const ToezichtConnection = connectionOf(Toezicht, 'Toezicht');
