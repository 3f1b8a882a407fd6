import { Field, ID, ObjectType } from 'type-graphql';

import type { InrichtingEntity } from '../entities/inrichting.entity';

import { InrichtingSoort } from './enums';

@ObjectType({ description: 'A DJI location.' })
export class Inrichting {
  @Field(() => ID, { description: 'Code as used in organisation identifiers, e.g. PI-ALMELO.' })
  code: string;

  @Field()
  naam: string;

  @Field(() => InrichtingSoort)
  soort: InrichtingSoort;

  @Field()
  plaats: string;

  static from(entity: InrichtingEntity): Inrichting {
    return Object.assign(new Inrichting(), entity);
  }
}
