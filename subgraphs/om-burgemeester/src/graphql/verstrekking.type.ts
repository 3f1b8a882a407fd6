import { DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';

import type { VerstrekkingEntity } from '../entities/verstrekking.entity';

import { VerstrekkingBesluit, VerstrekkingOnderdeel } from './enums';
import { Herroeping, Proeftijd } from './vi-beslissing.type';

@ObjectType({
  description: 'The VI-beslissing as a disclosure gives it: without its conditions, which are an item of their own.',
})
export class VerstrekteViBeslissing {
  @Field(() => DatumScalar)
  datum: string;

  @Field(() => DatumScalar)
  ingangsdatum: string;

  @Field(() => Proeftijd)
  proeftijd: Proeftijd;

  @Field(() => Herroeping, { nullable: true })
  herroeping: Herroeping | null;
}

/**
 * A disclosure from the strafdossier to one burgemeester under the Aanwijzing WJSG, or its
 * refusal. The items it gives are read through it, from OM's current records: each is null
 * unless the decision is VERSTREKT and `onderdelen` names it.
 */
@ObjectType({
  description:
    "The officier van justitie's decision on giving information from the strafdossier to a burgemeester (Aanwijzing WJSG). The burgemeester reads OM's data only through a disclosure VERSTREKT to it: each item field is null unless `onderdelen` names it.",
})
export class Verstrekking {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  zaakId: string;

  @Doelbinding('EIGEN_TAAK', 'AANWIJZING_WJSG')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('EIGEN_TAAK', 'AANWIJZING_WJSG')
  @Field(() => DatumScalar, { nullable: true, description: 'The day the officier decided.' })
  datum: string;

  @Doelbinding('EIGEN_TAAK', 'AANWIJZING_WJSG')
  @Field({ nullable: true, description: 'The burgemeester, e.g. burgemeester:0363.' })
  burgemeester: string;

  @Doelbinding('EIGEN_TAAK', 'AANWIJZING_WJSG')
  @Field(() => VerstrekkingBesluit, { nullable: true })
  besluit: VerstrekkingBesluit;

  @Doelbinding('EIGEN_TAAK', 'AANWIJZING_WJSG')
  @Field({
    nullable: true,
    description: 'Why giving (or refusing) this is proportional and subsidiary: the purpose the data is bound to.',
  })
  reden: string;

  @Doelbinding('EIGEN_TAAK', 'AANWIJZING_WJSG')
  @Field(() => [VerstrekkingOnderdeel], { nullable: true, description: 'The items asked for or given.' })
  onderdelen: VerstrekkingOnderdeel[];

  static from(entity: VerstrekkingEntity): Verstrekking {
    return Object.assign(new Verstrekking(), {
      justitiabeleId: entity.justitiabeleId,
      zaakId: entity.zaakId,
      id: entity.id,
      datum: entity.datum,
      burgemeester: entity.burgemeester,
      besluit: entity.besluit,
      reden: entity.reden,
      onderdelen: entity.onderdelen,
    });
  }

  /** Whether this disclosure gives `onderdeel`. */
  geeft(onderdeel: VerstrekkingOnderdeel): boolean {
    return this.besluit === VerstrekkingBesluit.VERSTREKT && this.onderdelen.includes(onderdeel);
  }
}
