import { Directive, Field, Int, ObjectType } from 'type-graphql';

import { aandeel } from '../domain/ketencijfers';

/** A share of the chain's figures: how many of how many met a norm. One type for every subgraph. */
@Directive('@shareable')
@ObjectType({
  description:
    'How many of how many met a norm. Counts from 1 to 4 are null (onderdrukt), and so is a count whose complement is: see the README, Ketencijfers.',
})
export class Aandeel {
  @Field(() => Int, { nullable: true, description: 'How many met the norm; null when suppressed.' })
  aantal: number | null;

  @Field(() => Int, { nullable: true, description: 'Of how many the norm was due; null when suppressed.' })
  van: number | null;

  @Field({ description: 'Whether a count of this share is suppressed.' })
  onderdrukt: boolean;

  /** The share `aantal` of `van`, small counts suppressed. */
  static of(aantal: number, van: number): Aandeel {
    return Object.assign(new Aandeel(), aandeel(aantal, van));
  }
}
