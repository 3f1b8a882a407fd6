import { DatumScalar } from '@ketengraaf/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';

import type { TerugkeerwijzigingEntity } from '../entities/terugkeerwijziging.entity';

import { TerugkeerwijzigingReden } from './enums';
import { GemeenteRegistratie } from './gemeente-registratie.type';

@ObjectType({ description: "A change of a verblijf's gemeente of return, with DJI's reason." })
export class Terugkeerwijziging {
  @Field(() => DatumScalar, { description: 'From when the new gemeente of return applies.' })
  datum: string;

  @Field(() => GemeenteRegistratie)
  vorige: GemeenteRegistratie;

  @Field(() => GemeenteRegistratie)
  nieuwe: GemeenteRegistratie;

  @Field(() => TerugkeerwijzigingReden)
  reden: TerugkeerwijzigingReden;

  static from(entity: TerugkeerwijzigingEntity): Terugkeerwijziging {
    return Object.assign(new Terugkeerwijziging(), {
      datum: entity.datum,
      vorige: GemeenteRegistratie.from(entity.vorige),
      nieuwe: GemeenteRegistratie.from(entity.nieuwe),
      reden: entity.reden,
    });
  }
}
