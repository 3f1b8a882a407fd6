import { Directive } from 'type-graphql';

import type { Grondslag } from './grondslag';
import { WIJZIGING_DIRECTIVE } from './wijziging';

export const DOELBINDING_DIRECTIVE = 'doelbinding';

/**
 * The directive every subgraph defines and composes into the supergraph, so the supergraph
 * documents who may read what; the enforcement reads the same directive from the schema.
 */
export const DOELBINDING_SDL = `
extend schema
  @link(url: "https://ketengraaf.nl/spec/doelbinding/v1.0", import: ["@${DOELBINDING_DIRECTIVE}", "@${WIJZIGING_DIRECTIVE}"])
  @composeDirective(name: "@${DOELBINDING_DIRECTIVE}")
  @composeDirective(name: "@${WIJZIGING_DIRECTIVE}")

"""
The legal grounds on which this field may be read; the owning subgraph enforces them per person
and records every read in its processing log. A caller with none of them gets null and an
ACCESS_DENIED error naming them.
"""
directive @${DOELBINDING_DIRECTIVE}(gronden: [String!]!) repeatable on FIELD_DEFINITION

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
