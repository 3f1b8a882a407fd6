import { Contactpersoon, DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';

import type { VerblijfsperiodeEntity } from '../entities/verblijfsperiode.entity';

import { PeriodeReden } from './enums';

@ObjectType({ description: 'A period in one inrichting, with the casemanager of that period.' })
export class Verblijfsperiode {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => Int, { nullable: true })
  volgnummer: number;

  inrichtingCode: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => DatumScalar, { nullable: true })
  begindatum: string;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => DatumScalar, { nullable: true })
  einddatum: string | null;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => PeriodeReden, { nullable: true })
  reden: PeriodeReden;

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @Field(() => Contactpersoon, { nullable: true })
  casemanager: Contactpersoon;

  static from(entity: VerblijfsperiodeEntity, justitiabeleId: string): Verblijfsperiode {
    return Object.assign(new Verblijfsperiode(), {
      justitiabeleId,
      volgnummer: entity.volgnummer,
      inrichtingCode: entity.inrichting,
      begindatum: entity.begindatum,
      einddatum: entity.einddatum,
      reden: entity.reden,
      casemanager: Contactpersoon.from(entity.casemanager),
    });
  }
}
