import { Contactpersoon, DatumScalar } from '@ketengraaf/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';

import type { VerblijfsperiodeEntity } from '../entities/verblijfsperiode.entity';

import { PeriodeReden } from './enums';

@ObjectType({ description: 'A period in one inrichting, with the casemanager of that period.' })
export class Verblijfsperiode {
  @Field(() => Int)
  volgnummer: number;

  inrichtingCode: string;

  @Field(() => DatumScalar)
  begindatum: string;

  @Field(() => DatumScalar, { nullable: true })
  einddatum: string | null;

  @Field(() => PeriodeReden)
  reden: PeriodeReden;

  @Field(() => Contactpersoon)
  casemanager: Contactpersoon;

  static from(entity: VerblijfsperiodeEntity): Verblijfsperiode {
    return Object.assign(new Verblijfsperiode(), {
      volgnummer: entity.volgnummer,
      inrichtingCode: entity.inrichting,
      begindatum: entity.begindatum,
      einddatum: entity.einddatum,
      reden: entity.reden,
      casemanager: Contactpersoon.from(entity.casemanager),
    });
  }
}
