import { Directive, Field, ObjectType } from 'type-graphql';

import { Basisvoorwaarde } from '../domain/basisvoorwaarde';
import { SignaalSoort, SignaalStatus } from '../domain/signaal';

import { DatumScalar } from './scalars';

/**
 * A deadline of the werkstroom and where it stands, computed by the party that owns the deciding
 * data. One type for every subgraph, so the supergraph shares it.
 */
@Directive('@shareable')
@ObjectType({ description: 'A deadline of the werkstroom and where it stands, from the party that owns it.' })
export class Signaal {
  @Field(() => SignaalSoort)
  soort: SignaalSoort;

  @Field(() => DatumScalar)
  deadline: string;

  @Field(() => SignaalStatus)
  status: SignaalStatus;

  @Field(() => DatumScalar, { nullable: true, description: 'The day the deadline was met, once it was.' })
  afgerondOp: string | null;

  @Field({ description: 'The party that computed the signal from its own data (`dji`, `gemeente`, …).' })
  eigenaar: string;

  @Field({ description: 'The legal ground the caller is shown the signal on (`ART_18A_PBW`, …).' })
  grondslag: string;

  @Field({ description: 'The process version whose deadline this is (`WERKSTROOM_2021`, `DR_2_0`).' })
  procesversie: string;

  @Field(() => [Basisvoorwaarde], {
    description: 'For BASISVOORWAARDEN_BIJ_UITSTROOM: what is not arranged yet. Empty for the other kinds.',
  })
  basisvoorwaarden: Basisvoorwaarde[];

  /** A signal as one party shows it to one caller, on the ground the caller reads it on. */
  static of(values: Omit<Signaal, 'basisvoorwaarden'> & { basisvoorwaarden?: Basisvoorwaarde[] }): Signaal {
    return Object.assign(new Signaal(), { basisvoorwaarden: [], ...values });
  }
}
