import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

import { connectionOf } from '../graphql/pagination';

export enum BetrokkeneSoort {
  BSN = 'BSN',
  SKN = 'SKN',
}

registerEnumType(BetrokkeneSoort, {
  name: 'BetrokkeneSoort',
  description: 'How a party knows the person: by burgerservicenummer or strafrechtsketennummer.',
});

@InputType({ description: 'A person whose trail to look up; the number is pseudonymised before it is searched for.' })
export class BetrokkeneInput {
  @Field(() => BetrokkeneSoort)
  soort: BetrokkeneSoort;

  @Field()
  nummer: string;
}

@InputType({ description: 'Which processing records to list; at least one criterion.' })
export class VerwerkingFilter {
  @Field(() => String, { nullable: true, description: 'All records of one question, across this party.' })
  traceId?: string | null;

  @Field(() => BetrokkeneInput, {
    nullable: true,
    description: "One person's trail: who read what about them, and why.",
  })
  betrokkene?: BetrokkeneInput | null;

  @Field(() => String, { nullable: true, description: 'One processing activity (its URI).' })
  verwerkingsactiviteit?: string | null;
}

@Directive('@shareable')
@ObjectType({ description: 'Who asked, from the separate audit record linked by trace and span id.' })
export class Aanvrager {
  @Field()
  gebruiker: string;

  @Field()
  organisatie: string;

  @Field()
  rol: string;
}

@Directive('@shareable')
@ObjectType({ description: 'One processing of one person’s data, after Logboek Dataverwerkingen.' })
export class Verwerking {
  @Field(() => ID)
  id: string;

  @Field()
  traceId: string;

  @Field()
  spanId: string;

  @Field(() => String, { nullable: true })
  parentSpanId: string | null;

  @Field({ description: 'The operation, e.g. `graphql query Werkvoorraad`.' })
  naam: string;

  @Field()
  startTijd: Date;

  @Field()
  eindTijd: Date;

  @Field({ description: 'OK or ERROR.' })
  status: string;

  @Field({ description: 'dpl.core.processing_activity_id: the activity and its legal ground, as a URI.' })
  verwerkingsactiviteit: string;

  @Field({ description: 'dpl.core.data_subject_id: pseudonymised, never a plain number.' })
  betrokkene: string;

  @Field()
  betrokkeneType: string;

  @Field(() => String, {
    nullable: true,
    description: 'dpl.core.foreign_operation.processor: the organisation that asked, when not this party.',
  })
  verwerker: string | null;

  @Field(() => Aanvrager, { nullable: true })
  aanvrager: Aanvrager | null;
}

@Directive('@shareable')
@ObjectType({ description: 'One access decision, permit or deny, with the policy that made it.' })
export class Toegangsbesluit {
  @Field(() => ID)
  id: string;

  @Field()
  traceId: string;

  @Field()
  spanId: string;

  @Field({ description: 'The field or type asked for, e.g. `Verblijf.screening`.' })
  resource: string;

  @Field()
  betrokkene: string;

  @Field({ description: 'PERMIT or DENY.' })
  besluit: string;

  @Field({ description: 'The processing activity that allowed it, or no-legal-ground.' })
  beleid: string;

  @Field(() => [String])
  gevraagdeGronden: string[];

  @Field()
  tijdstip: Date;
}

export const VerwerkingConnection = connectionOf(Verwerking, 'Verwerking', { shareable: true });
export const ToegangsbesluitConnection = connectionOf(Toegangsbesluit, 'Toegangsbesluit', { shareable: true });
