import { Directive, Field, Int, ObjectType } from 'type-graphql';

import { connectionOf } from '../graphql/pagination';

@Directive('@shareable')
@ObjectType({
  description:
    "One processing of the asking person's data in one party's log (AVG art. 15): which organisation, which activity, on which legal ground, when.",
})
export class InzageRegel {
  @Field({ description: 'When it was processed.' })
  tijdstip: Date;

  @Field({ description: 'The organisation that processed (asked for) the data; never the employee.' })
  organisatie: string;

  @Field({ description: 'The processing activity, as a URI (Logboek Dataverwerkingen).' })
  verwerkingsactiviteit: string;

  @Field({ description: 'The legal ground, e.g. ART_51C_WJSG.' })
  grondslag: string;

  @Field({ description: 'The legal ground in words.' })
  grondslagOmschrijving: string;

  @Field(() => String, {
    nullable: true,
    description: "Whose records were processed, where the party keeps several owners' (gemeente:0363).",
  })
  bronhouder: string | null;

  @Field({ description: 'The question it belonged to: the same trace id at every party that was asked.' })
  traceId: string;
}

export const InzageRegelConnection = connectionOf(InzageRegel, 'InzageRegel', { shareable: true });

@Directive('@shareable')
@ObjectType({
  description:
    'Whether the caller may read one field of the person, and what reading it would log: the dry run of "mag ik dit delen?", from the @doelbinding declarations, without reading the data.',
})
export class Deelbaarheid {
  @Field({ description: 'The field, as access decisions name it: `Verblijf.instroomdatum`.' })
  veld: string;

  @Field(() => [String], { description: 'The legal grounds the field declares.' })
  gronden: string[];

  @Field({ description: 'PERMIT or DENY, as the access decision would be logged.' })
  besluit: string;

  @Field(() => String, { nullable: true, description: 'The ground that would open it; null when none does.' })
  grondslag: string | null;

  @Field({
    description: 'The policy the decision would be logged with: the processing activity URI, or no-legal-ground.',
  })
  beleid: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The owner whose records the ground holds for, as the read would be logged, where the party keeps several owners' records (one answer per owner); null otherwise.",
  })
  bronhouder: string | null;
}

@Directive('@shareable')
@ObjectType({
  description:
    'How many processing records one party logged in one month, for one owner and one legal ground: no person in it, counts from 1 to 4 suppressed.',
})
export class Verwerkingsaantal {
  @Field({ description: 'The month, YYYY-MM (in the Netherlands).' })
  maand: string;

  @Field({ description: 'The owner of the data processed: the party, or one of its owners (gemeente:0363).' })
  partij: string;

  @Field({ description: 'The legal ground, e.g. ART_51C_WJSG.' })
  grondslag: string;

  @Field(() => Int, { nullable: true, description: 'How many records; null when from 1 to 4 (onderdrukt).' })
  aantal: number | null;

  @Field({ description: 'Whether the count is suppressed.' })
  onderdrukt: boolean;
}
