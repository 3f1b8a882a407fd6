import { Kind } from 'graphql';
import type { GraphQLField } from 'graphql';
import { Directive } from 'type-graphql';

import type { Grondslag } from './grondslag';
import { WIJZIGING_DIRECTIVE } from './wijziging';

export const DOELBINDING_DIRECTIVE = 'doelbinding';

export const PER_VELD_DIRECTIVE = 'perVeld';

/**
 * The directive every subgraph defines and composes into the supergraph, so the supergraph
 * documents who may read what; the enforcement reads the same directive from the schema.
 */
export const DOELBINDING_SDL = `
extend schema
  @link(url: "https://ketengraaf.nl/spec/doelbinding/v1.0", import: ["@${DOELBINDING_DIRECTIVE}", "@${WIJZIGING_DIRECTIVE}", "@${PER_VELD_DIRECTIVE}"])
  @composeDirective(name: "@${DOELBINDING_DIRECTIVE}")
  @composeDirective(name: "@${PER_VELD_DIRECTIVE}")
  @composeDirective(name: "@${WIJZIGING_DIRECTIVE}")

"""
The legal grounds on which this field may be read; the owning subgraph enforces them per person
and records every read in its processing log. A caller with none of them gets null and an
ACCESS_DENIED error naming them.
"""
directive @${DOELBINDING_DIRECTIVE}(gronden: [String!]!) repeatable on FIELD_DEFINITION

"""
A part of a field that joins several parties' parts by @requires: refused by this field alone,
never with the person. A reference that asks this subgraph for nothing but such fields is resolved
for any caller (a person the party does not hold alike), so each part reaches the joining field,
null where its owner refuses it. \`samengesteld\` marks the joining field itself: it is never refused
as a whole and shows its own part only on its \`@doelbinding\` grounds.
"""
directive @${PER_VELD_DIRECTIVE}(samengesteld: Boolean! = false) on FIELD_DEFINITION

"""
Who may make this change (\`soort:rol\`, e.g. \`dji:casemanager\`) and the legal grounds it rests on; the
owning subgraph refuses anyone else, and a record the caller may not change, with ACCESS_DENIED
naming these grounds, and records every refusal.
"""
directive @${WIJZIGING_DIRECTIVE}(door: [String!]!, gronden: [String!]!) on FIELD_DEFINITION
`;

/** Declares the legal grounds of a field that carries personal data. */
export function Doelbinding(...gronden: [Grondslag, ...Grondslag[]]): PropertyDecorator & MethodDecorator {
  return Directive(`@${DOELBINDING_DIRECTIVE}(gronden: [${gronden.map((grond) => `"${grond}"`).join(', ')}])`);
}

/**
 * Declares a field a part of a joined field (`PerVeld()`), or the joining field itself
 * (`PerVeld({ samengesteld: true })`): see the directive's description in `DOELBINDING_SDL`.
 */
export function PerVeld({ samengesteld = false }: { samengesteld?: boolean } = {}): PropertyDecorator &
  MethodDecorator {
  return Directive(`@${PER_VELD_DIRECTIVE}(samengesteld: ${String(samengesteld)})`);
}

/** Whether a field is declared `@perVeld`, and whether as the joining field. */
export function declaredPerVeld(field: GraphQLField<unknown, unknown>): { samengesteld: boolean } | null {
  const directive = field.astNode?.directives?.find((node) => node.name.value === PER_VELD_DIRECTIVE);
  if (!directive) {
    return null;
  }
  const argument = directive.arguments?.find((node) => node.name.value === 'samengesteld');
  return { samengesteld: argument?.value.kind === Kind.BOOLEAN && argument.value.value };
}
