import { Doelbinding, procesversieVoor, Signaal } from '@ketengraaf/subgraph-kit';
import type { Grondslag, Klok } from '@ketengraaf/subgraph-kit';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';

import { regieVan } from '../domain/regie';
import type { NazorgdossierEntity } from '../entities/nazorgdossier.entity';

import type { GemeenteContext } from './context';
import { Justitiabele } from './justitiabele.type';
import { Nazorgdossier } from './nazorgdossier.type';
import { Regie } from './regie.type';

export const REGIE_GRONDEN = ['EIGEN_TAAK', 'ART_18A_PBW', 'WGS'] as const satisfies readonly Grondslag[];

/**
 * Regie over a person from DJI's last stay (handed over by the gateway) and the dossiers the
 * caller may see, its signals shown on `grondslag` (empty when the caller reads it on none).
 */
export async function regieOver(
  justitiabele: Justitiabele,
  { loaders, access }: GemeenteContext,
  vandaag: string,
  grondslag: Grondslag | null,
): Promise<Regie> {
  const dossiers: NazorgdossierEntity[] = [];
  for (const entity of await loaders.nazorgdossiers.load(justitiabele.bsn)) {
    if (await access.mayRead('Nazorgdossier', Nazorgdossier.from(entity))) {
      dossiers.push(entity);
    }
  }
  const uitkomst = regieVan({ laatsteVerblijf: justitiabele.laatsteVerblijf, dossiers }, vandaag);
  return Object.assign(new Regie(), {
    ...uitkomst,
    signalen: uitkomst.signalen.map((signaal) =>
      Signaal.of({
        ...signaal,
        eigenaar: 'gemeente',
        grondslag: grondslag ?? '',
        procesversie: procesversieVoor(justitiabele.laatsteVerblijf?.instroomdatum ?? signaal.deadline).code,
      }),
    ),
  });
}

/** Regie over a person, derived where procesregie is kept: in the gemeente's dossiers, with DJI's last stay. */
@Resolver(() => Justitiabele)
export class RegieResolver {
  constructor(private readonly vandaag: Klok) {}

  @Doelbinding(...REGIE_GRONDEN)
  @Directive('@requires(fields: "laatsteVerblijf { instroomdatum viDatum uitstroomdatum }")')
  @FieldResolver(() => Regie, {
    nullable: true,
    description:
      "Who has casusregie and procesregie now and since when, from DJI's last stay (handed over by the gateway) and the dossiers the caller may see; a gap or a conflict after uitstroom is a signal.",
  })
  async regie(@Root() justitiabele: Justitiabele, @Ctx() context: GemeenteContext): Promise<Regie> {
    const grondslag = await context.access.groundOf('Justitiabele.regie', REGIE_GRONDEN, justitiabele);
    return regieOver(justitiabele, context, this.vandaag(), grondslag);
  }
}
