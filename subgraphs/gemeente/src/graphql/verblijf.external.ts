import { DatumScalar } from '@ketengraaf/subgraph-kit';
import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * DJI's current stay, as far as the gemeente's signals need it: DJI owns and guards these fields
 * (`@external`); the gateway fetches them from DJI with the caller's own token and hands them to
 * this subgraph with the person (`@requires`). Nothing of it is stored here.
 */
@ObjectType({ description: 'One stay in detention, from instroom to uitstroom.' })
export class Verblijf {
  @Directive('@external')
  @Field(() => DatumScalar, { nullable: true })
  instroomdatum: string | null;

  @Directive('@external')
  @Field(() => DatumScalar, { nullable: true })
  verwachteUitstroomdatum: string | null;

  @Directive('@external')
  @Field(() => DatumScalar, { nullable: true })
  viDatum: string | null;

  @Directive('@external')
  @Field(() => DatumScalar, { nullable: true })
  uitstroomdatum: string | null;
}
