import { connectionOf, DatumScalar, Doelbinding, GemeentecodeScalar, Signaal } from '@ketengraaf/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { BijMeldingEntity } from '../entities/bij-melding.entity';
import { bijNormDagen } from '../domain/bij-doelgroep';
import { bijSignaal } from '../domain/bij-signaal';

import { BijGrondslag, BijMeldingSoort, Delictcategorie } from './enums';

@ObjectType({
  description:
    'A BIJ-melding as received from Justid (art. 11a Bjsg): a person of the BIJ target group returns, or goes on verlof, to a gemeente. For the burgemeester of that gemeente only.',
})
export class BijMelding {
  /** The person this is about, for the access policy. */
  justitiabeleId: string;

  /** The melding as received, for its signal. */
  entity?: BijMeldingEntity;

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
    description:
      'Whether the melding arrived at least the BIJ norm (60 days in the process versions so far) before the terugkeerdatum, the working norm of the gemeenten taking part in BIJ (seed 004); null when the gemeente does not take part.',
  })
  binnenNorm: boolean | null;

  static from(entity: BijMeldingEntity): BijMelding {
    return Object.assign(new BijMelding(), {
      entity,
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
      binnenNorm: entity.gemeenteNeemtDeel ? entity.dagenVoorTerugkeer >= bijNormDagen(entity.terugkeerdatum) : null,
    });
  }
}

/** The signal of a melding's BIJ norm, shown on art. 11a Bjsg to the burgemeester of its terugkeergemeente. */
export function signalenVan(melding: BijMelding): Signaal[] {
  const signaal = melding.entity && bijSignaal(melding.entity);
  return signaal
    ? [Signaal.of({ ...signaal, eigenaar: `burgemeester:${melding.terugkeergemeente}`, grondslag: 'ART_11A_BJSG' })]
    : [];
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
