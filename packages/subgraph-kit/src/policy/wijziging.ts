import { Directive } from 'type-graphql';
import { Kind } from 'graphql';
import type { GraphQLField } from 'graphql';

import type { OrganisatieSoort } from '../domain/organisatie';
import type { Rol } from '../identity/caller';

import { isGrondslag } from './grondslag';
import type { Grondslag } from './grondslag';

export const WIJZIGING_DIRECTIVE = 'wijziging';

/** Who may make a change: a kind of organisation and a role in it, as `dji:casemanager`. */
export type Wijziger = `${OrganisatieSoort}:${Rol}`;

/** A change's declaration: who may make it, and the legal grounds it rests on. */
export interface Wijzigingsgrond {
  readonly door: readonly Wijziger[];
  readonly gronden: readonly Grondslag[];
}

/**
 * Declares who may make the change a mutation makes and on which legal grounds, beside the read
 * grounds, so the supergraph documents writes as it documents reads. The kit refuses anyone else
 * before the mutation runs; the party's domain refuses a record the caller may not change by
 * naming only the record, the grounds coming from this declaration.
 */
export function Wijziging(
  door: [Wijziger, ...Wijziger[]],
  ...gronden: [Grondslag, ...Grondslag[]]
): MethodDecorator & PropertyDecorator {
  const list = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');
  return Directive(`@${WIJZIGING_DIRECTIVE}(door: [${list(door)}], gronden: [${list(gronden)}])`);
}

/** The declaration a mutation carries with `@wijziging`, read from the schema itself. */
export function declaredChange(field: GraphQLField<unknown, unknown>): Wijzigingsgrond | null {
  const directive = field.astNode?.directives?.find((node) => node.name.value === WIJZIGING_DIRECTIVE);
  if (!directive) {
    return null;
  }
  const strings = (name: string): string[] => {
    const argument = directive.arguments?.find((node) => node.name.value === name);
    const values = argument?.value.kind === Kind.LIST ? argument.value.values : [];
    return values.map((value) => (value.kind === Kind.STRING ? value.value : ''));
  };
  const gronden = strings('gronden').map((name) => {
    if (!isGrondslag(name)) {
      throw new Error(`${field.name} declares a change on an unknown legal ground: ${name || '(not a string)'}`);
    }
    return name;
  });
  const door = strings('door') as Wijziger[];
  if (door.length === 0 || gronden.length === 0) {
    throw new Error(`${field.name} declares @wijziging without anyone who may make it or a ground.`);
  }
  return { door, gronden };
}
