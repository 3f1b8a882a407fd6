import { GraphQLError } from 'graphql';

import type { Caller } from '../identity/caller';

import type { AccessPolicy, Betrokkene } from './access-policy';
import { grondslagen } from './grondslag';
import type { Grondslag } from './grondslag';

/** One access decision, as the processing log records it. */
export interface AccessDecision {
  /** `Type.field` read, or `Type` for a whole object reached by reference or list. */
  readonly resource: string;
  readonly betrokkene: Betrokkene;
  /** The ground that allowed it; null when denied. */
  readonly grondslag: Grondslag | null;
  /** The grounds the resource declares. */
  readonly gevraagd: readonly Grondslag[];
}

/**
 * Decides, for one request, whether the caller may read a resource about a person, and keeps
 * every decision for the processing log. A ground is checked at most once per person per request.
 */
export class RequestAccess<TContext> {
  private readonly checked = new Map<string, Promise<boolean>>();
  private readonly decided = new Map<string, AccessDecision>();

  constructor(
    readonly caller: Caller,
    private readonly policy: AccessPolicy<TContext>,
    /** Grounds per GraphQL type: every ground any of its fields declares. */
    private readonly groundsOfType: ReadonlyMap<string, readonly Grondslag[]>,
    private readonly context: () => TContext,
  ) {}

  get party(): string {
    return this.policy.party;
  }

  get decisions(): AccessDecision[] {
    return [...this.decided.values()];
  }

  /** Allows a field read when the caller has one of its grounds; records the decision either way. */
  async authorize(resource: string, gronden: readonly Grondslag[], betrokkene: Betrokkene): Promise<void> {
    const grondslag = await this.firstGround(gronden, betrokkene);
    this.record({ resource, betrokkene, grondslag, gevraagd: gronden });
    if (!grondslag) {
      throw accessDenied(resource, gronden, this.caller);
    }
  }

  /** Whether the caller has any ground to see an object of `typeName`, recorded; for lists and references. */
  async mayRead(typeName: string, source: unknown): Promise<boolean> {
    const subjectOf = this.policy.subjects[typeName];
    if (!subjectOf) {
      return true;
    }
    const gronden = this.groundsOfType.get(typeName) ?? [];
    const betrokkene = subjectOf(source);
    const grondslag = await this.firstGround(gronden, betrokkene);
    this.record({ resource: typeName, betrokkene, grondslag, gevraagd: gronden });
    return grondslag !== null;
  }

  /** Like `mayRead`, but refuses with ACCESS_DENIED: for a single object reached by id or reference. */
  async assertMayRead(typeName: string, source: unknown): Promise<void> {
    if (!(await this.mayRead(typeName, source))) {
      throw accessDenied(typeName, this.groundsOfType.get(typeName) ?? [], this.caller);
    }
  }

  private async firstGround(gronden: readonly Grondslag[], betrokkene: Betrokkene): Promise<Grondslag | null> {
    for (const grondslag of gronden) {
      const check = this.policy.grounds[grondslag];
      if (!check) {
        continue;
      }
      const key = `${grondslag}|${betrokkene.soort}:${betrokkene.nummer}|${betrokkene.bronhouder ?? ''}`;
      let allowed = this.checked.get(key);
      if (!allowed) {
        allowed = Promise.resolve(check(this.caller, betrokkene, this.context()));
        this.checked.set(key, allowed);
      }
      if (await allowed) {
        return grondslag;
      }
    }
    return null;
  }

  private record(decision: AccessDecision): void {
    const { resource, betrokkene, grondslag } = decision;
    this.decided.set(
      `${resource}|${betrokkene.soort}:${betrokkene.nummer}|${betrokkene.bronhouder ?? ''}|${grondslag ?? '-'}`,
      decision,
    );
  }
}

/** ACCESS_DENIED naming the grounds the caller lacks. */
export function accessDenied(resource: string, gronden: readonly Grondslag[], caller: Caller): GraphQLError {
  const names = gronden.map((grond) => grondslagen[grond].omschrijving).join('; or ');
  return new GraphQLError(
    `Access to ${resource} denied: ${caller.organisatie} (${caller.rol}) has no legal ground for this person. It requires ${names}.`,
    { extensions: { code: 'ACCESS_DENIED', resource, gronden } },
  );
}
