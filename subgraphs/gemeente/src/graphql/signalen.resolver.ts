import { byUrgency, Doelbinding, PerVeld, Signaal } from '@ketengraaf/subgraph-kit';
import type { Klok } from '@ketengraaf/subgraph-kit';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';

import { aangeleverdeSignalen } from './aangeleverde-signalen';
import type { GemeenteContext } from './context';
import { Justitiabele } from './justitiabele.type';
import { nazorgSignalenVan, SIGNAAL_GRONDEN } from './nazorg-signalen.resolver';
import { regieOver } from './regie.resolver';

/** Every field of a signal, as the other parties hand theirs over. */
const SIGNAAL = '{ soort deadline status afgerondOp eigenaar grondslag procesversie basisvoorwaarden }';

/**
 * One list of every party's signals on a person, joined where procesregie is kept: the gemeente's
 * own (its nazorg signals and regie's) on its own grounds, DJI's, the burgemeester's and OM's as each
 * owner showed them to the caller. The gateway fetches each part with the caller's own token, so
 * a part its owner refuses arrives as null and is left out; nothing of it is stored.
 */
@Resolver(() => Justitiabele)
export class SignalenResolver {
  constructor(private readonly vandaag: Klok) {}

  @Doelbinding(...SIGNAAL_GRONDEN)
  @PerVeld({ samengesteld: true })
  @Directive(
    `@requires(fields: "huidigVerblijf { instroomdatum verwachteUitstroomdatum } laatsteVerblijf { instroomdatum viDatum uitstroomdatum } detentieSignalen ${SIGNAAL} bijSignalen ${SIGNAAL} bijVerwachtSignalen ${SIGNAAL} zaakSignalen ${SIGNAAL}")`,
  )
  @FieldResolver(() => [Signaal], {
    nullable: true,
    description:
      "Every party's signals on the person the caller may see, most urgent first (overdue, then by deadline): DJI's on the current stay, the gemeente's before uitstroom and on regie, the burgemeester's BIJ norm, the BIJ-melding due before it arrives (for Justid), OM's on its opdrachten tot advies. Each part is shown on its owner's grounds and left out where its owner refuses it; `eigenaar` and `grondslag` say whose and on which.",
  })
  async signalen(@Root() justitiabele: Justitiabele, @Ctx() context: GemeenteContext): Promise<Signaal[]> {
    const vandaag = this.vandaag();
    // A person the gateway could name only without a BSN (the caller may not have it) has no part here.
    const grondslag =
      typeof justitiabele.bsn === 'string'
        ? await context.access.groundOf('Justitiabele.signalen', SIGNAAL_GRONDEN, justitiabele)
        : null;
    const eigen = grondslag
      ? [
          ...(await nazorgSignalenVan(justitiabele, context, vandaag, grondslag)),
          ...(await regieOver(justitiabele, context, vandaag, grondslag)).signalen,
        ]
      : [];
    const aangeleverd = [
      justitiabele.detentieSignalen,
      justitiabele.bijSignalen,
      justitiabele.bijVerwachtSignalen,
      justitiabele.zaakSignalen,
    ].flatMap(aangeleverdeSignalen);
    return [...eigen, ...aangeleverd].sort(byUrgency);
  }
}
