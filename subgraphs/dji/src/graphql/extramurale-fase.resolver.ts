import { Doelbinding, Wijziging } from '@ketengraaf/subgraph-kit';
import type { Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { rapporteerExtramuraleFase, registreerExtramuraleFase } from '../domain/extramurale-fase-commands';

import type { DjiContext } from './context';
import { ExtramuraleFase, ExtramuraleRapportage } from './extramurale-fase.type';
import { ExtramuraleFaseInput, ExtramuraleRapportageInput } from './inputs';
import { Verblijf } from './verblijf.type';

/** A stay's extramural phase and the toezichthouder's reports on it to the director. */
@Resolver(() => Verblijf)
export class ExtramuraleFaseResolver {
  constructor(private readonly transactions: Transactions) {}

  // The gemeente pays the uitkering during the phase (seed 001 l. 628–632) and the toezichthouder
  // supervises it: both take part in the re-integration (art. 18a Pbw).
  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @FieldResolver(() => ExtramuraleFase, {
    nullable: true,
    description: 'The extramural phase, when the verblijf has one.',
  })
  async extramuraleFase(@Root() verblijf: Verblijf, @Ctx() { loaders }: DjiContext): Promise<ExtramuraleFase | null> {
    const entity = await loaders.extramuraleFase.load(verblijf.id);
    return entity && ExtramuraleFase.from(entity);
  }

  // The report is to the director (seed 001 l. 636–640): DJI's own task, no partner's.
  @Doelbinding('EIGEN_TAAK')
  @FieldResolver(() => [ExtramuraleRapportage], {
    nullable: true,
    description: "The toezichthouder's periodic reports to the director on the extramural phase, newest first.",
  })
  async extramuraleRapportages(
    @Root() verblijf: Verblijf,
    @Ctx() { loaders }: DjiContext,
  ): Promise<ExtramuraleRapportage[]> {
    return (await loaders.extramuraleRapportages.load(verblijf.id)).map((entity) => ExtramuraleRapportage.from(entity));
  }

  @Wijziging(['dji:casemanager'], 'EIGEN_TAAK')
  @Mutation(() => Verblijf, {
    description:
      'Records the extramural phase of a current verblijf (art. 43.3 Pbw, penitentiair programma, ISD), its toezichthouder and, when the director asks for them, how often it reports.',
  })
  async registreerExtramuraleFase(
    @Arg('input', () => ExtramuraleFaseInput) input: ExtramuraleFaseInput,
    @Ctx() request: DjiContext,
  ): Promise<Verblijf> {
    return Verblijf.from(
      await this.transactions.run(request, (manager) => registreerExtramuraleFase(manager, input, request.access)),
    );
  }

  // Answers with the stay, read on the caller's own ground: the report is the director's, so its
  // maker does not read it back either.
  @Wijziging(['reclassering:toezichthouder'], 'ART_18A_PBW')
  @Mutation(() => Verblijf, {
    description:
      "Files the supervising toezichthouder's periodic report to the director on the extramural phase, when the director asked for reports.",
  })
  async rapporteerExtramuraleFase(
    @Arg('input', () => ExtramuraleRapportageInput) input: ExtramuraleRapportageInput,
    @Ctx() request: DjiContext,
  ): Promise<Verblijf> {
    return Verblijf.from(
      await this.transactions.run(request, (manager) => rapporteerExtramuraleFase(manager, input, request.access)),
    );
  }
}
