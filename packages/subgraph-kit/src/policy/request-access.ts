import { GraphQLError } from 'graphql';

import type { OrganisatieSoort } from '../domain/organisatie';
import type { Caller, Rol } from '../identity/caller';

import type { AccessPolicy, Betrokkene, GroundResult } from './access-policy';
import { grondslagen } from './grondslag';
import type { Grondslag } from './grondslag';

/** One access decision, as the processing log records it. */
export interface AccessDecision {
  /** `Type.field` read, or `Type` for a whole object reached by reference or list, or a refused action. */
  readonly resource: string;
  /** The person concerned; null for a refusal that concerns no one person (a list, a change). */
  readonly betrokkene: Betrokkene | null;
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
  private readonly checked = new Map<string, Promise<GroundResult>>();
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
    const grondslag = await this.decide(resource, gronden, betrokkene);
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
    return (await this.decide(typeName, gronden, betrokkene)) !== null;
  }

  /**
   * Records a refusal that concerns no one person (listing another party's worklist, changing its
   * records) and returns the ACCESS_DENIED error to throw.
   */
  refuse(resource: string, gronden: readonly Grondslag[]): GraphQLError {
    this.record({ resource, betrokkene: null, grondslag: null, gevraagd: gronden });
    return accessDenied(resource, gronden, this.caller);
  }

  /**
   * Refuses a change unless the caller works at an organisation of `soort` in one of `rollen`: a
   * party's records are written only by that party's own staff.
   */
  requireRole(soort: OrganisatieSoort, ...rollen: [Rol, ...Rol[]]): void {
    if (this.caller.soort !== soort || !rollen.includes(this.caller.rol)) {
      this.record({
        resource: `change by ${rollen.join(' or ')} of ${soort}`,
        betrokkene: null,
        grondslag: null,
        gevraagd: ['EIGEN_TAAK'],
      });
      throw new GraphQLError(
        `Only ${rollen.join(' or ')} staff of a ${soort} organisation may do this; ${this.caller.organisatie} (${this.caller.rol}) may not.`,
        { extensions: { code: 'ACCESS_DENIED' } },
      );
    }
  }

  /** Like `mayRead`, but refuses with ACCESS_DENIED: for a single object reached by id or reference. */
  async assertMayRead(typeName: string, source: unknown): Promise<void> {
    if (!(await this.mayRead(typeName, source))) {
      throw accessDenied(typeName, this.groundsOfType.get(typeName) ?? [], this.caller);
    }
  }

  /**
   * Refuses a single object of `typeName` asked for by an identifier that names nothing this party
   * holds, recorded like any refusal. The answer is the one `assertMayRead` gives for an object the
   * caller has no ground for: otherwise the difference would tell whether the party holds the person.
   */
  refuseUnknown(typeName: string): GraphQLError {
    return this.refuse(typeName, this.groundsOfType.get(typeName) ?? []);
  }

  /**
   * Finds the first ground that holds and records the decision: per owner whose records granted
   * it when the person as such was read in a subgraph of several owners, otherwise once.
   */
  private async decide(
    resource: string,
    gronden: readonly Grondslag[],
    betrokkene: Betrokkene,
  ): Promise<Grondslag | null> {
    for (const grondslag of gronden) {
      const check = this.policy.grounds[grondslag];
      if (!check) {
        continue;
      }
      const key = `${grondslag}|${betrokkene.soort}:${betrokkene.nummer}|${betrokkene.bronhouder ?? ''}|${betrokkene.record ?? ''}`;
      let result = this.checked.get(key);
      if (!result) {
        result = Promise.resolve(check(this.caller, betrokkene, this.context()));
        this.checked.set(key, result);
      }
      const granted = await result;
      if (granted === true || (Array.isArray(granted) && granted.length > 0)) {
        const owners: readonly string[] = betrokkene.bronhouder || granted === true ? [] : granted;
        if (owners.length === 0) {
          this.record({ resource, betrokkene, grondslag, gevraagd: gronden });
        }
        for (const bronhouder of owners) {
          this.record({ resource, betrokkene: { ...betrokkene, bronhouder }, grondslag, gevraagd: gronden });
        }
        return grondslag;
      }
    }
    this.record({ resource, betrokkene, grondslag: null, gevraagd: gronden });
    return null;
  }

  private record(decision: AccessDecision): void {
    const { resource, betrokkene, grondslag } = decision;
    const person = betrokkene
      ? `${betrokkene.soort}:${betrokkene.nummer}|${betrokkene.bronhouder ?? ''}|${betrokkene.record ?? ''}`
      : '-';
    this.decided.set(`${resource}|${person}|${grondslag ?? '-'}`, decision);
  }
}

/** What a domain command needs to refuse a change and have the refusal recorded. */
export type Refusals = Pick<RequestAccess<unknown>, 'caller' | 'refuse'>;

/** ACCESS_DENIED naming the grounds the caller lacks. */
export function accessDenied(resource: string, gronden: readonly Grondslag[], caller: Caller): GraphQLError {
  const names = gronden.map((grond) => grondslagen[grond].omschrijving).join('; or ');
  return new GraphQLError(
    `Access to ${resource} denied: ${caller.organisatie} (${caller.rol}) has no legal ground for this person. It requires ${names}.`,
    { extensions: { code: 'ACCESS_DENIED', resource, gronden } },
  );
}
