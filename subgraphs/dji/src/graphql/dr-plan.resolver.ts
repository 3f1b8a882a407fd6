import { Doelbinding, Wijziging } from '@ketengraaf/subgraph-kit';
import type { Transactions } from '@ketengraaf/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { stelDrPlanVast } from '../domain/dr-plan-commands';

import type { DjiContext } from './context';
import { DrAfspraak, DrPlan } from './dr-plan.type';
import { DrPlanInput } from './inputs';

@Resolver(() => DrPlan)
export class DrPlanResolver {
  constructor(private readonly transactions: Transactions) {}

  @Doelbinding('EIGEN_TAAK', 'ART_18A_PBW')
  @FieldResolver(() => [DrAfspraak], { nullable: true })
  async afspraken(@Root() plan: DrPlan, @Ctx() { loaders }: DjiContext): Promise<DrAfspraak[]> {
    return (await loaders.afspraken.load(plan.id)).map((entity) => DrAfspraak.from(entity));
  }

  @Wijziging(['dji:casemanager'], 'EIGEN_TAAK')
  @Mutation(() => DrPlan, {
    description: 'Sets a new version of the D&R-plan; refused with VERSION_CONFLICT when based on a stale version.',
  })
  async stelDrPlanVast(
    @Arg('input', () => DrPlanInput) input: DrPlanInput,
    @Ctx() request: DjiContext,
  ): Promise<DrPlan> {
    const { record, justitiabeleId } = await this.transactions.run(request, (manager) =>
      stelDrPlanVast(manager, input, request.access),
    );
    return DrPlan.from(record, justitiabeleId);
  }
}
