import { connectionOf, DatumScalar, Doelbinding, GemeentecodeScalar } from '@ketengraaf/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { BijMeldingEntity } from '../entities/bij-melding.entity';
import { BIJ_NORM_DAGEN } from '../domain/bij-doelgroep';

import { BijGrondslag, BijMeldingSoort, Delictcategorie } from './enums';

@ObjectType({
  description:
    'A BIJ-melding as received from Justid (art. 11a Bjsg): a person of the BIJ target group returns, or goes on verlof, to a gemeente. For the burgemeester of that gemeente only.',
})
export class BijMelding {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  @Doelbinding('ART_11A_BJSG')
  @Field(() => ID, { nullable: true })
  id: string;

  @Doelbinding('ART_11A_BJSG')
  @Field({ nullable: true, description: "Justid's reference of the melding." })
  kenmerk: string;

  @Doelbinding('ART_11A_BJSG')
  @Field(() => BijMeldingSoort, { nullable: true })
  soort: BijMeldingSoort;

  @Doelbinding('ART_11A_BJSG')
  @Field(() => DatumScalar, { nullable: true, description: 'The day of return, or of the verlof.' })
  terugkeerdatum: string;

  @Doelbinding('ART_11A_BJSG')
  @Field(() => GemeentecodeScalar, { nullable: true })
  terugkeergemeente: string;

  @Doelbinding('ART_11A_BJSG')
  @Field(() => Delictcategorie, { nullable: true })
  delictcategorie: Delictcategorie;

  @Doelbinding('ART_11A_BJSG')
  @Field(() => BijGrondslag, { nullable: true })
  grondslag: BijGrondslag;

  @Doelbinding('ART_11A_BJSG')
  @Field({ nullable: true, description: 'Whether the judgment is irrevocable; always so for a melding received.' })
  onherroepelijk: boolean;

  @Doelbinding('ART_11A_BJSG')
  @Field({ nullable: true, description: 'Whether the terugkeergemeente takes part in BIJ.' })
  gemeenteNeemtDeel: boolean;

  @Doelbinding('ART_11A_BJSG')
  @Field(() => DatumScalar, { nullable: true })
  ontvangenOp: string;

  @Doelbinding('ART_11A_BJSG')
  @Field(() => Int, {
    nullable: true,
    description: 'Days between receipt and the terugkeerdatum; negative when the melding arrived after it.',
  })
  dagenVoorTerugkeer: number;

  @Doelbinding('ART_11A_BJSG')
  @Field(() => Boolean, {
    nullable: true,
    description: `Whether the melding arrived at least ${BIJ_NORM_DAGEN} days before the terugkeerdatum, the working norm of the gemeenten taking part in BIJ (seed 004); null when the gemeente does not take part.`,
  })
  binnenNorm: boolean | null;

  static from(entity: BijMeldingEntity): BijMelding {
    return Object.assign(new BijMelding(), {
      justitiabeleId: entity.justitiabeleId,
      id: entity.id,
      kenmerk: entity.kenmerk,
      soort: entity.soort,
      terugkeerdatum: entity.terugkeerdatum,
      terugkeergemeente: entity.terugkeergemeente,
      delictcategorie: entity.delictcategorie,
      grondslag: entity.grondslag,
      onherroepelijk: entity.onherroepelijk,
      gemeenteNeemtDeel: entity.gemeenteNeemtDeel,
      ontvangenOp: entity.ontvangenOp,
      dagenVoorTerugkeer: entity.dagenVoorTerugkeer,
      binnenNorm: entity.gemeenteNeemtDeel ? entity.dagenVoorTerugkeer >= BIJ_NORM_DAGEN : null,
    });
  }
}

export const BijMeldingConnection = connectionOf(BijMelding, 'BijMelding');

@ObjectType({ description: "Justid's receipt of a delivered BIJ-melding; it carries nothing of the melding." })
export class BijMeldingOntvangst {
  @Field()
  kenmerk: string;

  @Field({
    description: 'False when this kenmerk was received before: the delivery was a repeat and nothing was written.',
  })
  nieuw: boolean;
}
