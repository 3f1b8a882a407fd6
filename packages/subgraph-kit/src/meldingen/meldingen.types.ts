import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { connectionOf } from '../graphql/pagination';

export enum MeldingStatusEnum {
  TE_VERZENDEN = 'TE_VERZENDEN',
  AFGELEVERD = 'AFGELEVERD',
  ONBESTELBAAR = 'ONBESTELBAAR',
}

registerEnumType(MeldingStatusEnum, {
  name: 'AfleverStatus',
  description:
    'TE_VERZENDEN: waiting for (another) attempt; AFGELEVERD: the receiver took it; ONBESTELBAAR: a dead letter.',
});

export enum BevestigingEnum {
  ONTVANGEN = 'ONTVANGEN',
  IN_BEHANDELING = 'IN_BEHANDELING',
}

registerEnumType(BevestigingEnum, {
  name: 'MeldingBevestiging',
  description: 'How far the receiver confirmed a melding.',
});

// Every subgraph has an outbox, so the supergraph shares one type.
@Directive('@shareable')
@ObjectType({ description: 'A melding in this party’s outbox, for its operators: where it is, not what it says.' })
export class UitgaandeMelding {
  @Field(() => ID, { description: 'The CloudEvent id.' })
  id: string;

  @Field()
  type: string;

  @Field()
  afzender: string;

  @Field()
  ontvanger: string;

  @Field({ description: 'The reference the melding is about; never a BSN.' })
  subject: string;

  @Field(() => MeldingStatusEnum)
  status: MeldingStatusEnum;

  @Field(() => Int)
  pogingen: number;

  @Field(() => String, { nullable: true })
  laatsteFout: string | null;

  @Field()
  aangemaaktOp: Date;

  @Field(() => Date, { nullable: true })
  afgeleverdOp: Date | null;

  @Field(() => BevestigingEnum, { nullable: true })
  bevestiging: BevestigingEnum | null;

  @Field(() => Date, { nullable: true, description: 'When it became a signal: not confirmed in time.' })
  gesignaleerdOp: Date | null;
}

@Directive('@shareable')
@ObjectType({ description: 'A melding this party received, for its operators.' })
export class InkomendeMelding {
  @Field(() => ID, { description: 'The CloudEvent id, unique per source.' })
  id: string;

  @Field({ description: 'The CloudEvent source: the sending organisation’s URI.' })
  bron: string;

  @Field()
  type: string;

  @Field()
  afzender: string;

  @Field()
  ontvanger: string;

  @Field()
  subject: string;

  @Field({ description: 'The legal ground it came on.' })
  grondslag: string;

  @Field(() => BevestigingEnum)
  status: BevestigingEnum;

  @Field(() => Int, { description: 'Deliveries received; it was applied once.' })
  keerOntvangen: number;

  @Field()
  ontvangenOp: Date;
}

@Directive('@shareable')
@ObjectType({ description: 'How many meldingen are in each state.' })
export class MeldingTelling {
  @Field(() => Int)
  teVerzenden: number;

  @Field(() => Int)
  afgeleverd: number;

  @Field(() => Int)
  onbestelbaar: number;

  @Field(() => Int, { description: 'Not confirmed in time.' })
  gesignaleerd: number;

  @Field(() => Int)
  ontvangen: number;
}

export const UitgaandeMeldingConnection = connectionOf(UitgaandeMelding, 'UitgaandeMelding', { shareable: true });
export const InkomendeMeldingConnection = connectionOf(InkomendeMelding, 'InkomendeMelding', { shareable: true });
