import { Doelbinding, PerVeld, Signaal } from '@ketengraaf/subgraph-kit';
import type { Klok } from '@ketengraaf/subgraph-kit';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';

import { bijMeldingVerwacht, inBijDoelgroep } from '../domain/bij-melding-verwacht';
import { isBijMedewerker, OM } from '../policy/bronhouder';

import type { OmBurgemeesterContext } from './context';
import { Justitiabele } from './justitiabele.type';

/**
 * The BIJ-melding due before the melding arrives: OM's target group against DJI's expected
 * uitstroom and gemeente of return, which the gateway fetches from DJI with the caller's token.
 */
@Resolver(() => Justitiabele)
export class JustitiabeleBijVerwachtResolver {
  constructor(
    private readonly vandaag: Klok,
    private readonly bijGemeenten: ReadonlySet<string>,
  ) {}

  @PerVeld()
  @Doelbinding('ART_11A_BJSG')
  @Directive('@requires(fields: "huidigVerblijf { instroomdatum verwachteUitstroomdatum terugkeer { gemeentecode } }")')
  @FieldResolver(() => [Signaal], {
    nullable: true,
    description:
      "The BIJ-melding Justid owes the burgemeester of a participating gemeente of return before the current stay's expected uitstroom, for a person OM's cases put in the BIJ target group: OPEN, TE_LAAT, NIET_HAALBAAR (a stay shorter than the norm) or AFGEROND once the melding was received. For Justid's BIJ desk; a burgemeester sees the melding it received in `bijSignalen`. `signalen` joins it with the other parties'.",
  })
  async bijVerwachtSignalen(
    @Root() justitiabele: Justitiabele,
    @Ctx() { loaders, access }: OmBurgemeesterContext,
  ): Promise<Signaal[]> {
    // Sending the melding is Justid's task; a burgemeester's ground here is the melding it received, shown as its own norm.
    const verblijf = justitiabele.huidigVerblijf;
    if (!isBijMedewerker(access.caller) || !verblijf) {
      return [];
    }
    const [strafzaken, meldingen] = await Promise.all([
      loaders.strafzaken.load(justitiabele.id),
      loaders.bijMeldingen.load(justitiabele.id),
    ]);
    const signaal =
      inBijDoelgroep(strafzaken) &&
      bijMeldingVerwacht(
        {
          instroomdatum: verblijf.instroomdatum,
          verwachteUitstroomdatum: verblijf.verwachteUitstroomdatum,
          terugkeergemeente: verblijf.terugkeer?.gemeentecode ?? null,
        },
        meldingen,
        this.bijGemeenten,
        this.vandaag(),
      );
    return signaal ? [Signaal.of({ ...signaal, eigenaar: OM, grondslag: 'ART_11A_BJSG' })] : [];
  }
}
