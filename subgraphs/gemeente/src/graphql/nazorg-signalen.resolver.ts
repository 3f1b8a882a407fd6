import { byUrgency, Doelbinding, Signaal } from '@ketengraaf/subgraph-kit';
import type { Grondslag, Klok } from '@ketengraaf/subgraph-kit';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';

import { uitstroomSignaal } from '../domain/nazorg-signalen';
import { DossierStatus } from '../entities/nazorgdossier.entity';

import type { GemeenteContext } from './context';
import { Justitiabele } from './justitiabele.type';
import { Nazorgdossier } from './nazorgdossier.type';

/** The grounds of the gemeente's signals: those of the dossier and its basisvoorwaarden they come from. */
export const SIGNAAL_GRONDEN = ['EIGEN_TAAK', 'ART_18A_PBW', 'WGS'] as const satisfies readonly Grondslag[];

/**
 * The gemeente's signals on a person, shown on `grondslag`: per open dossier the caller may see,
 * what is not arranged by the preparation term before DJI's expected uitstroom. All of the
 * person's dossiers at once, so their statuses load in the page's one batch, not one per dossier.
 */
export async function nazorgSignalenVan(
  justitiabele: Justitiabele,
  { loaders, access }: GemeenteContext,
  vandaag: string,
  grondslag: Grondslag,
): Promise<Signaal[]> {
  const verblijf = justitiabele.huidigVerblijf;
  if (!verblijf) {
    return [];
  }
  const signalen = await Promise.all(
    (await loaders.nazorgdossiers.load(justitiabele.bsn)).map(async (entity) => {
      // Only dossiers the caller may see: another gemeente's dossier says nothing to this one.
      if (
        entity.status !== DossierStatus.OPEN ||
        !(await access.mayRead('Nazorgdossier', Nazorgdossier.from(entity)))
      ) {
        return [];
      }
      const signaal = uitstroomSignaal(verblijf, await loaders.basisvoorwaarden.load(entity.id), vandaag);
      return signaal ? [Signaal.of({ ...signaal, eigenaar: `gemeente:${entity.gemeentecode}`, grondslag })] : [];
    }),
  );
  return signalen.flat().sort(byUrgency);
}

/** The gemeente's signals on a person, one per open dossier the caller may see. */
@Resolver(() => Justitiabele)
export class NazorgSignalenResolver {
  constructor(private readonly vandaag: Klok) {}

  @Doelbinding(...SIGNAAL_GRONDEN)
  @Directive('@requires(fields: "huidigVerblijf { instroomdatum verwachteUitstroomdatum }")')
  @FieldResolver(() => [Signaal], {
    nullable: true,
    description:
      "The gemeente's signals, most urgent first: per open dossier the caller may see, ID, onderdak, inkomen and zorgverzekering not arranged by the preparation term before DJI's expected uitstroom. Each names the gemeente that owns it. `signalen` joins them with the other parties'.",
  })
  async nazorgSignalen(@Root() justitiabele: Justitiabele, @Ctx() context: GemeenteContext): Promise<Signaal[]> {
    const grondslag = await context.access.groundOf('Justitiabele.nazorgSignalen', SIGNAAL_GRONDEN, justitiabele);
    return grondslag ? nazorgSignalenVan(justitiabele, context, this.vandaag(), grondslag) : [];
  }
}
