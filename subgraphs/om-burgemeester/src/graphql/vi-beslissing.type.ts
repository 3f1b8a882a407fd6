import { DatumScalar, Doelbinding } from '@ketengraaf/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { ViBeslissingEntity } from '../entities/vi-beslissing.entity';

@ObjectType({ description: 'One condition of a voorwaardelijke invrijheidstelling.' })
export class ViVoorwaarde {
  @Field(() => Int)
  volgnummer: number;

  @Field()
  omschrijving: string;

  static list(voorwaarden: readonly string[]): ViVoorwaarde[] {
    return voorwaarden.map((omschrijving, index) =>
      Object.assign(new ViVoorwaarde(), { volgnummer: index + 1, omschrijving }),
    );
  }
}

@ObjectType({ description: 'The proeftijd of a voorwaardelijke invrijheidstelling, from its ingangsdatum.' })
export class Proeftijd {
  @Field(() => Int, { nullable: true, description: 'When OM gave it in months; the end date follows from it.' })
  maanden: number | null;

  @Field(() => DatumScalar)
  einddatum: string;
}

@ObjectType({ description: 'The herroeping of a voorwaardelijke invrijheidstelling.' })
export class Herroeping {
  @Field(() => DatumScalar)
  datum: string;

  @Field()
  reden: string;

  static from(entity: ViBeslissingEntity): Herroeping | null {
    return entity.herroepingDatum === null || entity.herroepingReden === null
      ? null
      : Object.assign(new Herroeping(), { datum: entity.herroepingDatum, reden: entity.herroepingReden });
  }
}

@ObjectType({
  description:
    "OM's decision on voorwaardelijke invrijheidstelling in one case. OM's own record; the toezichthouders of the reclassering organisation OM assigned to supervise its conditions read it too.",
})
export class ViBeslissing {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  zaakId: string;

  @Doelbinding('OPDRACHT_OM', 'EIGEN_TAAK')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('OPDRACHT_OM', 'EIGEN_TAAK')
  @Field(() => DatumScalar, { nullable: true, description: 'The day OM decided.' })
  datum: string;

  @Doelbinding('OPDRACHT_OM', 'EIGEN_TAAK')
  @Field(() => DatumScalar, {
    nullable: true,
    description: 'The day of the conditional release; the proeftijd starts here.',
  })
  ingangsdatum: string;

  @Doelbinding('OPDRACHT_OM', 'EIGEN_TAAK')
  @Field(() => [ViVoorwaarde], { nullable: true })
  voorwaarden: ViVoorwaarde[];

  @Doelbinding('OPDRACHT_OM', 'EIGEN_TAAK')
  @Field(() => Proeftijd, { nullable: true })
  proeftijd: Proeftijd;

  @Doelbinding('OPDRACHT_OM', 'EIGEN_TAAK')
  @Field(() => Herroeping, { nullable: true, description: 'Null unless the VI was revoked.' })
  herroeping: Herroeping | null;

  @Doelbinding('OPDRACHT_OM', 'EIGEN_TAAK')
  @Field(() => String, {
    nullable: true,
    description: 'The reclassering organisation OM assigned to supervise the conditions, e.g. reclassering:RN.',
  })
  toezichthoudendeOrganisatie: string | null;

  @Doelbinding('OPDRACHT_OM', 'EIGEN_TAAK')
  @Field(() => Int, { nullable: true, description: 'Pass back as `verwachteVersie` when revoking.' })
  versie: number;

  static from(entity: ViBeslissingEntity): ViBeslissing {
    return Object.assign(new ViBeslissing(), {
      justitiabeleId: entity.justitiabeleId,
      zaakId: entity.zaakId,
      id: entity.id,
      datum: entity.datum,
      ingangsdatum: entity.ingangsdatum,
      voorwaarden: ViVoorwaarde.list(entity.voorwaarden),
      proeftijd: proeftijdOf(entity),
      herroeping: Herroeping.from(entity),
      toezichthoudendeOrganisatie: entity.toezichthoudendeOrganisatie,
      versie: entity.versie,
    });
  }
}

export function proeftijdOf(entity: ViBeslissingEntity): Proeftijd {
  return Object.assign(new Proeftijd(), {
    maanden: entity.proeftijdMaanden,
    einddatum: entity.proeftijdEinddatum,
  });
}
