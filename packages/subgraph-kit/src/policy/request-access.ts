import type { GraphQLError } from 'graphql';

import { clientError } from '../errors/client-error';
import type { Caller } from '../identity/caller';

import type { AccessPolicy, Betrokkene, GroundResult, SubjectOf } from './access-policy';
import { grondenZonderBetrokkene, grondslagen } from './grondslag';
import type { AvgGrondslag, Grondslag } from './grondslag';
import type { Wijzigingsgrond } from './wijziging';

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

/** What a read would be granted on, as the dry run tells it: the ground, for the records of one owner. */
export interface WouldGrant {
  readonly grondslag: Grondslag;
  /** The owner (bronhouder) whose records the ground holds for; null where the subgraph keeps one owner's records. */
  readonly bronhouder: string | null;
}

/**
 * Decides, for one request, whether the caller may read a resource about a person, and keeps
 * every decision for the processing log. A ground is checked at most once per person per request.
 */
export class RequestAccess<TContext> {
  private readonly checked = new Map<string, Promise<GroundResult>>();
  /**
   * The checks already answered, per person (`personKey`) and ground, as the ground held (or null),
   * so a field of a person whose grounds are known is decided at once, without building a key
   * string or a held ground per field.
   */
  private readonly answered = new Map<string, Map<Grondslag, HeldGround | null>>();
  private readonly decided = new Map<string, AccessDecision>();
  /**
   * The object whose person was found last, and that person (`subjectOfSource`): graphql-js
   * resolves one object's fields one after another, so the fields after its first find it here.
   */
  private lastSubject: { readonly source: object; readonly of: SubjectOf; readonly betrokkene: Betrokkene } | null =
    null;
  /** The person last keyed, and its key (`personKey`): the fields of one object ask it in a row. */
  private lastKeyed: { readonly betrokkene: Betrokkene; readonly key: string } | null = null;
  /** The person as one owner's, per person (`personKey`) and owner: one object for every field decided so. */
  private readonly ownerSubjects = new Map<string, Map<string, OwnedSubject>>();
  /** The change the request is making, as its `@wijziging` declares it. */
  private change: ({ readonly resource: string } & Wijzigingsgrond) | null = null;

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

  /** The decisions so far, in the order made: one made again keeps its first place. */
  get decisions(): AccessDecision[] {
    return [...this.decided.values()];
  }

  /**
   * Whether the caller has one of a field's grounds for this person; records the decision either
   * way. A denied field becomes null, its denial one of its object's (`DeniedFields`). Answered at
   * once, without a promise, when this request has already checked the grounds it needs for the
   * person (every field of a person after the first): a page of fifty persons has hundreds of fields.
   */
  mayReadField(resource: string, gronden: readonly Grondslag[], betrokkene: Betrokkene): boolean | Promise<boolean> {
    const known = this.firstHoldingKnown(gronden, betrokkene);
    if (known !== undefined) {
      return this.recordDecision(resource, gronden, betrokkene, known, true) !== null;
    }
    return this.decide(resource, gronden, betrokkene).then((grondslag) => grondslag !== null);
  }

  /**
   * The person `source` is about, by `subjectOf`, found once per object of this request: the guard
   * asks it for every field of the object, and one `Betrokkene` for all of them lets their checks
   * and decisions share its keys.
   */
  subjectOfSource(subjectOf: SubjectOf, source: unknown): Betrokkene {
    const last = this.lastSubject;
    if (last !== null && last.source === source && last.of === subjectOf) return last.betrokkene;
    const betrokkene = subjectOf(source);
    if (typeof source === 'object' && source !== null) this.lastSubject = { source, of: subjectOf, betrokkene };
    return betrokkene;
  }

  /**
   * Allows a read of figures about no one person when the caller has one of its grounds, decided
   * from who the caller is (`grondenZonderBetrokkene`); records the decision either way, as the
   * caller's organisation's, so each query of the figures is accounted for.
   */
  authorizeFigures(resource: string, gronden: readonly Grondslag[]): void {
    const grondslag = gronden.find((grond) => grondenZonderBetrokkene[grond]?.(this.caller)) ?? null;
    this.record({ resource, betrokkene: null, grondslag, gevraagd: gronden });
    if (!grondslag) {
      throw accessDenied(resource, gronden, this.caller, 'these figures');
    }
  }

  /**
   * Whether the caller has any ground to see an object of `typeName`, for lists and references; a
   * permit is recorded, and a denial unless `recordDenial` is false (a refused single object is
   * recorded by its caller, as about no one person).
   */
  async mayRead(typeName: string, source: unknown, recordDenial = true): Promise<boolean> {
    const subjectOf = this.policy.subjects[typeName];
    if (!subjectOf) {
      return true;
    }
    const gronden = this.groundsOfType.get(typeName) ?? [];
    const betrokkene = subjectOf(source);
    return (await this.decide(typeName, gronden, betrokkene, recordDenial)) !== null;
  }

  /**
   * The ground on which the caller reads `resource` (`Type.field`) of this object: the first of
   * `gronden` that holds, as the guard decided it for the field; null when none holds.
   */
  async groundOf(resource: string, gronden: readonly Grondslag[], source: unknown): Promise<Grondslag | null> {
    const subjectOf = this.policy.subjects[resource.split('.')[0] ?? ''];
    return subjectOf ? this.decide(resource, gronden, subjectOf(source), false) : null;
  }

  /**
   * The grounds on which the caller would read data declared with `gronden` about this person,
   * decided by the policy exactly as a read is, but recorded nowhere: the dry run of "mag ik dit
   * delen?". Per owner whose records grant one, the first that does; empty when none holds.
   */
  async wouldGrant(gronden: readonly Grondslag[], betrokkene: Betrokkene): Promise<WouldGrant[]> {
    const grants = new Map<string | null, Grondslag>();
    for (const grondslag of gronden) {
      const granted = await this.check(grondslag, betrokkene);
      if (granted === true) {
        return grants.size === 0 ? [{ grondslag, bronhouder: betrokkene.bronhouder ?? null }] : toGrants(grants);
      }
      for (const bronhouder of granted === false ? [] : granted) {
        if (!grants.has(bronhouder)) grants.set(bronhouder, grondslag);
      }
    }
    return toGrants(grants);
  }

  /**
   * Records, as permitted, a processing about the person that the AVG itself grounds: a betrokkene
   * reading their own trail, a caller's dry run of sharing. The caller checked who may.
   */
  permitUnderAvg(resource: string, betrokkene: Betrokkene, grondslag: AvgGrondslag): void {
    this.record({ resource, betrokkene, grondslag, gevraagd: [grondslag] });
  }

  /**
   * Records, as permitted on `grondslag`, the read of one entry about a person of a list whose query
   * itself holds the caller to that ground (a Zorg- en Veiligheidshuis' own gemeenten): the read is
   * accounted for in the processing log as a guarded field's is.
   */
  permitListed(resource: string, betrokkene: Betrokkene, grondslag: Grondslag): void {
    this.record({ resource, betrokkene, grondslag, gevraagd: [grondslag] });
  }

  /**
   * Records the refusal of a query that concerns no one person (listing another party's worklist,
   * reading its processing log) and returns the ACCESS_DENIED error to throw: it says the caller
   * has no ground for this query, refused for who the caller is, whatever it would have found.
   */
  refuse(resource: string, gronden: readonly Grondslag[]): GraphQLError {
    return this.refuseRecorded(resource, gronden, 'this query');
  }

  /**
   * Lets a change through when the caller is one of those its `@wijziging` declares, and keeps the
   * declaration for the refusals of the records the change touches; refuses anyone else, recorded.
   */
  authorizeChange(resource: string, declaration: Wijzigingsgrond): void {
    const { caller } = this;
    if (!declaration.door.includes(`${caller.soort}:${caller.rol}`)) {
      this.record({ resource, betrokkene: null, grondslag: null, gevraagd: declaration.gronden });
      throw clientError(
        'ACCESS_DENIED',
        `${resource} is done by ${declaration.door.join(' or ')} on ${groundNames(declaration.gronden)}; ${caller.organisatie} (${caller.rol}) may not.`,
        { resource, gronden: declaration.gronden },
      );
    }
    this.change = { resource, ...declaration };
  }

  /**
   * Allows the change under way to touch this person's records when the caller has one of its
   * declared grounds for the person, decided by the policy as for a read; refuses it otherwise,
   * recorded as `refuseChange` records a record that does not exist, so neither the answer nor the
   * caller's log tells the two apart.
   */
  async authorizeChangeOf(betrokkene: Betrokkene, what: string): Promise<void> {
    const change = this.currentChange();
    if (!(await this.decide(change.resource, change.gronden, betrokkene, false))) {
      throw this.refuseChange(what);
    }
  }

  /**
   * Lets the change under way touch an existing object of `typeName` when the caller has one of
   * its declared grounds for the person and owner the policy's subject names (the bronhouder and
   * record included), decided as for a read; refuses it otherwise. The decision is made in the
   * command, so the change's transaction logs it with the change.
   */
  async authorizeChangeOfRecord(typeName: string, source: unknown, what: string): Promise<void> {
    await this.authorizeChangeOf(this.subjectOfType(typeName, source), what);
  }

  /**
   * Records the change under way as permitted, on its first declared ground, for a record of
   * `typeName` the command creates for an owner it has checked: the declaration names who may create
   * it, and no policy can read the record before its transaction commits.
   */
  permitCreationOf(typeName: string, source: unknown): void {
    const change = this.currentChange();
    const [grondslag] = change.gronden;
    if (!grondslag) {
      throw new Error(`${change.resource} declares no ground.`);
    }
    this.record({
      resource: change.resource,
      betrokkene: this.subjectOfType(typeName, source),
      grondslag,
      gevraagd: change.gronden,
    });
  }

  /** Refuses, recorded, the change under way for a record the caller may not change: `what` names the record. */
  refuseChange(what: string): GraphQLError {
    const change = this.currentChange();
    this.record({ resource: change.resource, betrokkene: null, grondslag: null, gevraagd: change.gronden });
    return this.changeDenied(what, change.gronden);
  }

  /**
   * Refuses, recorded, a list of objects of `typeName` the caller may not list at all (another
   * party's worklist), naming the grounds the type's fields declare.
   */
  refuseList(resource: string, typeName: string): GraphQLError {
    return this.refuse(resource, this.groundsOfType.get(typeName) ?? []);
  }

  /**
   * Like `mayRead`, but refuses a single object reached by id or reference with ACCESS_DENIED, as
   * `refuseUnknown` refuses one that does not exist.
   */
  async assertMayRead(typeName: string, source: unknown): Promise<void> {
    if (!(await this.mayRead(typeName, source, false))) {
      throw this.refuseUnknown(typeName);
    }
  }

  /**
   * Refuses a single object of `typeName` asked for by an identifier that names nothing this party
   * holds. It is answered and recorded exactly as `assertMayRead` refuses an object the caller has
   * no ground for: the same error, saying the caller has no ground for this person, and a denial
   * about no one person that belongs to the caller's own organisation. Otherwise the answer, or the
   * caller's privacy officer reading the log, would tell whether the party holds the person.
   */
  refuseUnknown(typeName: string): GraphQLError {
    return this.refuseRecorded(typeName, this.groundsOfType.get(typeName) ?? [], 'this person');
  }

  /**
   * Finds the first ground that holds and records the decision: per owner whose records granted
   * it when the person as such was read in a subgraph of several owners, otherwise once.
   */
  private async decide(
    resource: string,
    gronden: readonly Grondslag[],
    betrokkene: Betrokkene,
    recordDenial = true,
  ): Promise<Grondslag | null> {
    return this.recordDecision(
      resource,
      gronden,
      betrokkene,
      await this.firstHolding(gronden, betrokkene),
      recordDenial,
    );
  }

  /** Records what `decide` found, `held` or none, and returns its ground. */
  private recordDecision(
    resource: string,
    gronden: readonly Grondslag[],
    betrokkene: Betrokkene,
    held: HeldGround | null,
    recordDenial: boolean,
  ): Grondslag | null {
    const person = this.keyOf(betrokkene);
    if (!held) {
      if (recordDenial) {
        this.record({ resource, betrokkene, grondslag: null, gevraagd: gronden }, person);
      }
      return null;
    }
    const { grondslag } = held;
    const bronhouders = betrokkene.bronhouder || held.granted === true ? NO_OWNERS : held.granted;
    if (bronhouders.length === 0) {
      this.record({ resource, betrokkene, grondslag, gevraagd: gronden }, person);
    }
    for (const bronhouder of bronhouders) {
      const owned = this.asOwners(betrokkene, person, bronhouder);
      this.record({ resource, betrokkene: owned.betrokkene, grondslag, gevraagd: gronden }, owned.key);
    }
    return grondslag;
  }

  /** The person as `bronhouder`'s, and its key: one object per person and owner in this request. */
  private asOwners(betrokkene: Betrokkene, person: string, bronhouder: string): OwnedSubject {
    let owners = this.ownerSubjects.get(person);
    if (!owners) {
      owners = new Map();
      this.ownerSubjects.set(person, owners);
    }
    let owned = owners.get(bronhouder);
    if (!owned) {
      const asOwner = { ...betrokkene, bronhouder };
      owned = { betrokkene: asOwner, key: personKey(asOwner) };
      owners.set(bronhouder, owned);
    }
    return owned;
  }

  /** `personKey`, built once for the fields of one object in a row. */
  private keyOf(betrokkene: Betrokkene): string {
    const last = this.lastKeyed;
    if (last?.betrokkene === betrokkene) return last.key;
    const key = personKey(betrokkene);
    this.lastKeyed = { betrokkene, key };
    return key;
  }

  /** The first of `gronden` the policy grants for this person. */
  private async firstHolding(gronden: readonly Grondslag[], betrokkene: Betrokkene): Promise<HeldGround | null> {
    for (const grondslag of gronden) {
      const held = holding(grondslag, await this.check(grondslag, betrokkene));
      if (held) return held;
    }
    return null;
  }

  /**
   * What `firstHolding` would find, when every check it makes has been answered already (a ground
   * the party has no check for never holds); undefined while one is still to be made or awaited.
   */
  private firstHoldingKnown(gronden: readonly Grondslag[], betrokkene: Betrokkene): HeldGround | null | undefined {
    const answered = this.answered.get(this.keyOf(betrokkene));
    for (const grondslag of gronden) {
      const held = this.policy.grounds[grondslag] ? answered?.get(grondslag) : null;
      if (held === undefined) return undefined;
      if (held) return held;
    }
    return null;
  }

  /** Whether one ground holds for this person, checked by the policy at most once per request. */
  private check(grondslag: Grondslag, betrokkene: Betrokkene): Promise<GroundResult> {
    const check = this.policy.grounds[grondslag];
    if (!check) {
      return Promise.resolve(false);
    }
    const person = this.keyOf(betrokkene);
    const key = `${grondslag}|${person}`;
    let result = this.checked.get(key);
    if (!result) {
      result = Promise.resolve(check(this.caller, betrokkene, this.context())).then((granted) => {
        let answered = this.answered.get(person);
        if (!answered) {
          answered = new Map();
          this.answered.set(person, answered);
        }
        answered.set(grondslag, holding(grondslag, granted));
        return granted;
      });
      this.checked.set(key, result);
    }
    return result;
  }

  private subjectOfType(typeName: string, source: unknown): Betrokkene {
    const subjectOf = this.policy.subjects[typeName];
    if (!subjectOf) {
      throw new Error(`The ${this.party} policy names no subject for ${typeName}.`);
    }
    return subjectOf(source);
  }

  private currentChange(): { readonly resource: string } & Wijzigingsgrond {
    if (!this.change) {
      throw new Error('A change is refused outside a mutation declared with @wijziging.');
    }
    return this.change;
  }

  /** A refusal recorded as about no one person, whatever `refused` says it was about. */
  private refuseRecorded(resource: string, gronden: readonly Grondslag[], refused: Refused): GraphQLError {
    this.record({ resource, betrokkene: null, grondslag: null, gevraagd: gronden });
    return accessDenied(resource, gronden, this.caller, refused);
  }

  private changeDenied(what: string, gronden: readonly Grondslag[]): GraphQLError {
    const { caller } = this;
    return clientError(
      'ACCESS_DENIED',
      `Change of ${what} denied: ${caller.organisatie} (${caller.rol}) may not change it. It requires ${groundNames(gronden)}.`,
      { resource: this.change?.resource, gronden },
    );
  }

  /** Keeps a decision, once per resource, person and outcome; `person` is its `personKey`, when known. */
  private record(decision: AccessDecision, person?: string): void {
    this.decided.set(person === undefined ? decisionKey(decision) : keyOfDecision(decision, person), decision);
  }
}

/** A ground that holds, and for whom: every owner's records, or those of the owners listed. */
interface HeldGround {
  readonly grondslag: Grondslag;
  readonly granted: true | readonly string[];
}

const NO_OWNERS: readonly string[] = [];

/** The ground as held when the policy `granted` it (for any owner), else null. */
function holding(grondslag: Grondslag, granted: GroundResult): HeldGround | null {
  if (granted === true) return { grondslag, granted };
  return Array.isArray(granted) && granted.length > 0 ? { grondslag, granted: granted as readonly string[] } : null;
}

/** The person as one owner's, with its `personKey`. */
interface OwnedSubject {
  readonly betrokkene: Betrokkene;
  readonly key: string;
}

/** One person (and owner and record, where the policy's subject names them), as checks and decisions are keyed. */
function personKey(betrokkene: Betrokkene): string {
  return `${betrokkene.soort}:${betrokkene.nummer}|${betrokkene.bronhouder ?? ''}|${betrokkene.record ?? ''}`;
}

function toGrants(grants: ReadonlyMap<string | null, Grondslag>): WouldGrant[] {
  return [...grants].map(([bronhouder, grondslag]) => ({ grondslag, bronhouder }));
}

/** What makes a decision one: a request records, and logs, each resource, person and outcome once. */
function decisionKey(decision: AccessDecision): string {
  return keyOfDecision(decision, decision.betrokkene ? personKey(decision.betrokkene) : '-');
}

function keyOfDecision({ resource, grondslag }: AccessDecision, person: string): string {
  return `${resource}|${person}|${grondslag ?? '-'}`;
}

/** What a domain command needs to refuse a change or a list and have the refusal recorded. */
export type Refusals = Pick<
  RequestAccess<unknown>,
  'caller' | 'refuseChange' | 'refuseList' | 'authorizeChangeOf' | 'authorizeChangeOfRecord' | 'permitCreationOf'
>;

/**
 * What a refusal is about, as its message says it: one person's object (whether or not the party
 * holds the person), a query about no one person, or figures.
 */
type Refused = 'this person' | 'this query' | 'these figures';

/** ACCESS_DENIED naming the grounds the caller lacks for what was `refused`. */
function accessDenied(resource: string, gronden: readonly Grondslag[], caller: Caller, refused: Refused): GraphQLError {
  return clientError(
    'ACCESS_DENIED',
    `Access to ${resource} denied: ${caller.organisatie} (${caller.rol}) has no legal ground for ${refused}. It requires ${groundNames(gronden)}.`,
    { resource, gronden },
  );
}

function groundNames(gronden: readonly Grondslag[]): string {
  return gronden.map((grond) => grondslagen[grond].omschrijving).join('; or ');
}
