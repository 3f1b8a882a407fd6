import { connectionOf, GemeentecodeScalar } from '@ketengraaf/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "DJI's melding about a detention to a gemeente the Zorg- en Veiligheidshuis serves, not confirmed by the gemeente in time: where it is, never what it says.",
})
export class ZvhEscalatie {
  @Field(() => ID, { description: 'The melding (CloudEvent id).' })
  id: string;

  @Field({ description: 'Its event type, e.g. nl.ketengraaf.dji.detentie.begonnen.' })
  type: string;

  @Field(() => GemeentecodeScalar, { description: 'The gemeente that did not confirm it.' })
  gemeentecode: string;

  @Field({ description: 'The DJI location that sent it, e.g. dji:PI-VUGHT: whom to call.' })
  afzender: string;

  @Field({ description: "DJI's reference to the stay (verblijf/<id>); never a BSN." })
  subject: string;

  @Field()
  aangemaaktOp: Date;

  @Field({ description: 'When it became a signal: not confirmed in time.' })
  gesignaleerdOp: Date;
}

export const ZvhEscalatieConnection = connectionOf(ZvhEscalatie, 'ZvhEscalatie');
