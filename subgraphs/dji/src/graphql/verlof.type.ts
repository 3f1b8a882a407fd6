import { DatumScalar } from '@ketengraaf/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';

import type { VerlofEntity } from '../entities/verlof.entity';

import { VerlofSoort } from './enums';

@ObjectType({ description: 'A verlof granted during a verblijf, from its first to its last day.' })
export class Verlof {
  @Field(() => VerlofSoort)
  soort: VerlofSoort;

  @Field(() => DatumScalar, { description: 'The first day of the verlof.' })
  van: string;

  @Field(() => DatumScalar, { description: 'The last day of the verlof.' })
  tot: string;

  static from(entity: VerlofEntity): Verlof {
    return Object.assign(new Verlof(), { soort: entity.soort, van: entity.van, tot: entity.tot });
  }
}
