import type { Caller } from '../identity/caller';

import type { Grondslag } from './grondslag';

/** The person a piece of data is about, as the owning party knows them. */
export interface Betrokkene {
  readonly soort: 'BSN' | 'SKN';
  readonly nummer: string;
  /**
   * The organisation that owns the record, where a party keeps records of several owners (a
   * gemeente deployment holds many gemeenten's dossiers); absent when the record is the person.
   */
  readonly bronhouder?: string;
  /**
   * The one record of the person's data the read concerns, where a ground holds per record rather
   * than per person (art. 51c WJSG opens the stays a gemeente is gemeente of origin or return of).
   */
  readonly record?: string;
}

/**
 * Whether a ground holds: `true` or `false`, or the owners (bronhouders) whose records grant it,
 * an empty list meaning it does not hold. A subgraph that keeps several owners' records names the
 * owners when the object read is the person as such, so that read is logged as each owner's.
 */
export type GroundResult = boolean | readonly string[];

/** Whether the caller has this ground for this person, decided from the party's own records. */
export type GroundCheck<TContext> = (
  caller: Caller,
  betrokkene: Betrokkene,
  context: TContext,
) => Promise<GroundResult> | GroundResult;

/** Finds the person an object of one GraphQL type is about. */
export type SubjectOf = (source: unknown) => Betrokkene;

/** Declares how `extract` finds the person of objects of one type. */
// The type parameter is named at each call site: it types `extract` against the GraphQL class.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function subjectOf<TSource>(extract: (source: TSource) => Betrokkene): SubjectOf {
  return extract as SubjectOf;
}

/**
 * A party's access policy. The grounds per field are declared in the schema with `@doelbinding`;
 * the policy says only how to find the person of each type and how to decide each ground.
 */
export interface AccessPolicy<TContext> {
  /** The owning party, in activity URIs and to recognise foreign requests (`dji`, `gemeente`). */
  readonly party: string;
  /** GraphQL type name to the person its objects are about. Every field of these types must declare grounds. */
  readonly subjects: Readonly<Record<string, SubjectOf>>;
  readonly grounds: Readonly<Partial<Record<Grondslag, GroundCheck<TContext>>>>;
}
