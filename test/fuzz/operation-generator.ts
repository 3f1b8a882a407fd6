import {
  buildASTSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  Kind,
  parse,
} from 'graphql';
import type { GraphQLArgument, GraphQLCompositeType, GraphQLField, GraphQLInputType, GraphQLSchema } from 'graphql';

import { demoPopulation, djiLocaties } from '@ketengraaf/subgraph-kit';
import type { SeededRandom } from '@ketengraaf/subgraph-kit';

/** A GraphQL operation as a client sends it in a JSON body. */
export interface GeneratedOperation {
  readonly query: string;
  readonly variables?: unknown;
  readonly operationName?: unknown;
}

/**
 * A schema to generate operations from: the gateway's supergraph or a subgraph's SDL. Federation's
 * directives are not defined in these files; the schema is only read, never served, so they go
 * unchecked. `entityKeys` are the key fields of each entity type a subgraph resolves by reference.
 */
export interface FuzzSchema {
  readonly schema: GraphQLSchema;
  readonly entityKeys: ReadonlyMap<string, readonly string[]>;
}

export function fuzzSchemaOf(sdl: string): FuzzSchema {
  const document = parse(sdl);
  const entityKeys = new Map<string, string[]>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const directive of definition.directives ?? []) {
      const fields = directive.arguments?.find((argument) => argument.name.value === 'fields')?.value;
      if (directive.name.value === 'key' && fields?.kind === Kind.STRING) {
        entityKeys.set(definition.name.value, [...(entityKeys.get(definition.name.value) ?? []), fields.value]);
      }
    }
  }
  return { schema: buildASTSchema(document, { assumeValidSDL: true }), entityKeys };
}

const persons = demoPopulation(300);

/** One of `items`, which may hold `null` and `undefined` (the PRNG's own `pick` refuses those). */
export function choose<T>(random: SeededRandom, items: readonly T[]): T {
  return items[random.integer(0, items.length - 1)] as T;
}

/** Strings a client might send: real identifiers of the demo chain, and everything odd. */
const ODD_STRINGS = [
  '',
  ' ',
  'a',
  '0363',
  '9999',
  '036',
  '123456789',
  '12345678',
  '1234567890',
  'PI-VUGHT',
  'HVB-NOWHERE',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '1900-01-01',
  '9999-12-31',
  '2026-11-01T00:00:00Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'not-a-uuid',
  "' OR 1=1 --",
  "'; DROP TABLE verblijf; --",
  '\\',
  '"',
  '\n\r\t',
  '\u0000',
  'a\u0000b',
  '\u202Egnp.exe',
  'Zoë Ünal-Çelik',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🚀🔥',
  '\uFEFF0363',
  '\uD800',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'eyJhbGciOiJub25lIn0.e30.',
  'YWZ0ZXI=',
  '%00%2e%2e',
] as const;

const ODD_INTS = [0, 1, -1, 2, 25, 100, 101, 1000, 2_147_483_647, 2_147_483_648, -2_147_483_649, 1e15] as const;
const ODD_FLOATS = [0.5, -0.0, 1e308, 3.14, 1.5e-300] as const;

/** A value with its GraphQL literal and its JSON form (for variables). */
interface Value {
  readonly literal: string;
  readonly json: unknown;
}

const value = (literal: string, json: unknown): Value => ({ literal, json });
const stringValue = (text: string): Value => value(JSON.stringify(text), text);

interface Draft {
  readonly variables: string[];
  readonly values: Record<string, unknown>;
  readonly fragments: string[];
  fields: number;
  maxDepth: number;
}

/** Field budget per document: enough for deep and wide queries, small enough to stay fast. */
const MAX_FIELDS = 160;

/**
 * Generates operations from a schema with a seeded PRNG: valid ones with odd values (real and
 * unknown identifiers, huge and unicode strings, null bytes, out-of-range numbers), random field
 * selections, deep nesting, many aliases, fragments, directives and variables of the right and the
 * wrong types; and, as `broken`, syntactically broken mutations of them.
 */
export class OperationGenerator {
  private variableCount = 0;
  /** Whether the operation being generated may break the schema's rules, or only use odd values. */
  private odd = true;

  constructor(
    private readonly random: SeededRandom,
    private readonly target: FuzzSchema,
  ) {}

  operation(): GeneratedOperation {
    const r = this.random;
    const roll = r.next();
    if (roll < 0.04) return { query: this.manyAliases() };
    if (roll < 0.07) return this.severalOperations();
    if (roll < 0.15 && this.target.entityKeys.size > 0) return this.entities();
    this.odd = r.chance(0.5);
    const draft: Draft = {
      variables: [],
      values: {},
      fragments: [],
      fields: 0,
      maxDepth: r.chance(0.15) ? r.integer(8, 30) : r.integer(1, 5),
    };
    const mutationType = this.target.schema.getMutationType();
    const queryType = this.target.schema.getQueryType();
    const useMutation = mutationType && (r.chance(0.15) || !queryType);
    const rootType = useMutation ? mutationType : queryType;
    if (!rootType) return { query: '{ __typename }' };
    const selection = this.selectionOf(rootType, 1, draft);
    const name = r.chance(0.6) ? ` Fuzz${r.integer(0, 999)}` : '';
    const keyword = useMutation ? 'mutation' : this.oddly(0.05) ? 'subscription' : 'query';
    const header = draft.variables.length > 0 ? `(${draft.variables.join(', ')})` : '';
    const query = `${keyword}${name}${header} ${selection}\n${draft.fragments.join('\n')}`;
    return { query, ...this.variablesFor(draft.values) };
  }

  /** A generated operation with one to three random edits: cut short, characters dropped, inserted or doubled. */
  broken(): GeneratedOperation {
    const r = this.random;
    let query = this.operation().query;
    const edits = r.integer(1, 3);
    for (let edit = 0; edit < edits; edit += 1) {
      const at = r.integer(0, query.length);
      switch (r.integer(0, 5)) {
        case 0:
          query = query.slice(0, at);
          break;
        case 1:
          query = query.slice(0, at) + query.slice(at + r.integer(1, 8));
          break;
        case 2:
          query =
            query.slice(0, at) +
            r.pick([
              '{',
              '}',
              '(',
              ')',
              '"',
              '"""',
              '$',
              '...',
              '@',
              ':',
              '!',
              '[',
              '#',
              '\u0000',
              '\\u',
              '😀',
              'query',
              'on',
            ]) +
            query.slice(at);
          break;
        case 3:
          query =
            query.slice(0, at) + query.slice(at, at + r.integer(1, 40)).repeat(r.integer(2, 20)) + query.slice(at);
          break;
        case 4:
          query = query.replace(/\{/g, () => (r.chance(0.2) ? '' : '{'));
          break;
        default:
          query = query.slice(0, at) + String.fromCharCode(r.integer(0, 0xffff)) + query.slice(at);
          break;
      }
    }
    return { query, variables: r.chance(0.5) ? {} : undefined };
  }

  private selectionOf(type: GraphQLCompositeType, depth: number, draft: Draft): string {
    const r = this.random;
    const parts: string[] = [];
    if (isUnionType(type) || (isInterfaceType(type) && r.chance(0.5))) {
      parts.push('__typename');
      const members = isUnionType(type) ? type.getTypes() : this.target.schema.getPossibleTypes(type);
      for (const member of members.slice(0, r.integer(1, 2))) {
        parts.push(`... on ${member.name} ${this.selectionOf(member, depth + 1, draft)}`);
      }
      return `{ ${parts.join(' ')} }`;
    }
    const fields = Object.values(type.getFields());
    const count = Math.min(fields.length, r.integer(1, 4));
    for (let index = 0; index < count && draft.fields < MAX_FIELDS; index += 1) {
      const field = r.pick(fields);
      draft.fields += 1;
      parts.push(this.fieldSelection(field, depth, draft));
    }
    if (r.chance(0.15)) parts.push('__typename');
    if (this.oddly(0.02))
      parts.push(r.pick(['doesNotExist', '__schema { types { name } }', '__type(name: "Query") { name }']));
    if (r.chance(0.08) && depth > 1) {
      const fragment = `F${this.variableCount++}`;
      draft.fragments.push(`fragment ${fragment} on ${type.name} { __typename ${parts[0] ?? ''} }`);
      parts.push(`...${fragment}`);
    }
    if (r.chance(0.05)) parts.push(`... on ${type.name} { __typename }`);
    return `{ ${parts.length > 0 ? parts.join(' ') : '__typename'} }`;
  }

  private fieldSelection(field: GraphQLField<unknown, unknown>, depth: number, draft: Draft): string {
    const r = this.random;
    const alias = r.chance(0.15) ? `a${r.integer(0, 99)}: ` : '';
    const args = this.argumentsOf(field.args, draft);
    const directive = this.oddly(0.08) ? this.directive(draft) : r.chance(0.05) ? ' @include(if: true)' : '';
    const type = getNamedType(field.type);
    let selection = '';
    if (isCompositeType(type)) {
      selection =
        depth >= draft.maxDepth || draft.fields >= MAX_FIELDS
          ? '{ __typename }'
          : this.selectionOf(type, depth + 1, draft);
    } else if (this.oddly(0.01)) {
      selection = '{ __typename }';
    }
    return `${alias}${field.name}${args}${directive} ${selection}`;
  }

  private directive(draft: Draft): string {
    const r = this.random;
    switch (r.integer(0, 4)) {
      case 0:
        return ` @include(if: ${String(r.chance(0.5))})`;
      case 1:
        return ` @skip(if: ${this.variable('Boolean!', value(String(r.chance(0.5)), r.chance(0.9) ? r.chance(0.5) : 'yes'), draft)})`;
      case 2:
        return ' @deprecated';
      case 3:
        return ` @skip(if: true) @include(if: false)${' @include(if: true)'.repeat(r.integer(0, 30))}`;
      default:
        return ' @unknownDirective(x: 1)';
    }
  }

  private argumentsOf(args: readonly GraphQLArgument[], draft: Draft): string {
    const r = this.random;
    const given = args.filter((argument) => (isNonNullType(argument.type) ? !this.oddly(0.03) : r.chance(0.5)));
    if (this.oddly(0.02)) return '(doesNotExist: 1)';
    if (given.length === 0) return '';
    const written = given.map((argument) => {
      const generated = this.valueOf(argument.type, 0);
      const asVariable = r.chance(0.3);
      return `${argument.name}: ${asVariable ? this.variable(this.declaredType(argument.type), generated, draft) : generated.literal}`;
    });
    return `(${written.join(', ')})`;
  }

  /** Mostly the argument's own type; sometimes another, so the variable does not fit where it is used. */
  private declaredType(type: GraphQLInputType): string {
    return this.oddly(0.1)
      ? this.random.pick(['String', 'Int!', '[ID]', 'Boolean', 'NoSuchType', 'BSN', 'LocalDate!'])
      : String(type);
  }

  private variable(declared: string, generated: Value, draft: Draft): string {
    const r = this.random;
    const name = `v${this.variableCount++}`;
    draft.variables.push(`$${name}: ${declared}`);
    const roll = this.odd ? r.next() : 0;
    if (roll < 0.75) {
      draft.values[name] = generated.json;
    } else if (roll < 0.9) {
      draft.values[name] = this.wrongJson();
    }
    // Otherwise the variable is declared and left out.
    return `$${name}`;
  }

  private wrongJson(): unknown {
    const r = this.random;
    return choose<unknown>(r, [
      null,
      42,
      -1.5,
      true,
      'text',
      [],
      [1, 'a', null],
      {},
      { nested: { deeper: [1, 2, 3] } },
      'x'.repeat(r.integer(1000, 100_000)),
      Array.from({ length: r.integer(100, 5000) }, (_unused, index) => index),
    ]);
  }

  private variablesFor(values: Record<string, unknown>): Pick<GeneratedOperation, 'variables'> {
    const r = this.random;
    const roll = this.odd ? r.next() : 0;
    if (roll < 0.9) return { variables: values };
    if (roll < 0.93) return {};
    return { variables: choose<unknown>(r, [null, 'not an object', [values], 7]) };
  }

  private valueOf(type: GraphQLInputType, depth: number): Value {
    const r = this.random;
    if (this.oddly(0.03)) return value('null', null);
    if (isNonNullType(type)) return this.valueOf(type.ofType, depth);
    if (isListType(type)) {
      if (r.chance(0.2)) return this.valueOf(type.ofType, depth + 1);
      const items = Array.from({ length: r.chance(0.05) ? r.integer(50, 300) : r.integer(0, 3) }, () =>
        this.valueOf(type.ofType, depth + 1),
      );
      return value(
        `[${items.map((item) => item.literal).join(', ')}]`,
        items.map((item) => item.json),
      );
    }
    if (isInputObjectType(type)) {
      if (depth > 4) return value('{}', {});
      const fields = Object.values(type.getFields()).filter((field) =>
        isNonNullType(field.type) ? !this.oddly(0.05) : r.chance(0.5),
      );
      const entries = fields.map((field) => [field.name, this.valueOf(field.type, depth + 1)] as const);
      if (this.oddly(0.03)) entries.push(['unknownField', stringValue('x')]);
      return value(
        `{ ${entries.map(([name, entry]) => `${name}: ${entry.literal}`).join(', ')} }`,
        Object.fromEntries(entries.map(([name, entry]) => [name, entry.json])),
      );
    }
    if (isEnumType(type)) {
      const name = !this.oddly(0.1) ? r.pick(type.getValues()).name : r.pick(['NOPE', 'null', 'true', 'gemeente']);
      return value(name, name);
    }
    if (this.oddly(0.05)) return this.wrongLiteral();
    return this.scalarValue(type.name);
  }

  private oddly(probability: number): boolean {
    return this.odd && this.random.chance(probability);
  }

  private wrongLiteral(): Value {
    const r = this.random;
    return r.pick([
      value('1', 1),
      value('1.5', 1.5),
      value('true', true),
      value('"text"', 'text'),
      value('[]', []),
      value('{ a: 1 }', { a: 1 }),
      value('SOME_ENUM', 'SOME_ENUM'),
    ]);
  }

  private scalarValue(name: string): Value {
    const r = this.random;
    const person = r.pick(persons);
    switch (name) {
      case 'Int':
        if (this.oddly(0.3)) return this.number(r.pick(ODD_INTS));
        return this.number(r.integer(-2, 60));
      case 'Float':
        return this.number(r.pick([...ODD_FLOATS, ...ODD_INTS]));
      case 'Boolean':
        return value(String(r.chance(0.5)), r.chance(0.5));
      case 'BSN':
        return stringValue(this.oddly(0.4) ? r.pick(ODD_STRINGS) : person.bsn);
      case 'Gemeentecode':
        return stringValue(this.oddly(0.4) ? r.pick(ODD_STRINGS) : r.pick(['0363', '0599', '0518', '0344', '0014']));
      case 'LocalDate':
      case 'DateTimeISO':
        return stringValue(this.oddly(0.4) ? r.pick(ODD_STRINGS) : person.instroomdatum);
      default:
        return stringValue(this.text(person.skn, person.bsn));
    }
  }

  private number(n: number): Value {
    return value(String(n), n);
  }

  private text(skn: string, bsn: string): string {
    const r = this.random;
    const roll = r.next();
    if (roll < 0.35) return skn;
    if (roll < 0.45) return bsn;
    if (roll < 0.55) return r.pick(djiLocaties);
    if (roll < 0.9) return r.pick(ODD_STRINGS);
    if (roll < 0.97) return 'x'.repeat(r.integer(1000, 200_000));
    return Array.from({ length: r.integer(10, 2000) }, () => String.fromCodePoint(r.integer(0x20, 0x2fff))).join('');
  }

  private manyAliases(): string {
    const r = this.random;
    const queryType = this.target.schema.getQueryType();
    const leaf =
      queryType &&
      Object.values(queryType.getFields()).find(
        (field) => isLeafType(getNamedType(field.type)) && field.args.length === 0,
      );
    const field = r.chance(0.5) || !leaf ? '__typename' : leaf.name;
    return `{ ${Array.from({ length: r.integer(20, 600) }, (_unused, index) => `a${index}: ${field}`).join(' ')} }`;
  }

  private severalOperations(): GeneratedOperation {
    const r = this.random;
    const names = ['A', 'B', 'C'];
    const query = r.chance(0.5)
      ? '{ __typename } { __typename }'
      : names.map((name) => `query ${name} { __typename }`).join(' ');
    const operationName = choose<unknown>(r, [undefined, 'A', 'C', 'D', '', 7, null, { name: 'A' }]);
    return { query, operationName };
  }

  /** An `_entities` call as the gateway makes them, with representations right, wrong and too many. */
  private entities(): GeneratedOperation {
    const r = this.random;
    const types = [...this.target.entityKeys.keys()];
    const typename = r.pick(types);
    const representations = Array.from({ length: r.chance(0.1) ? r.integer(50, 500) : r.integer(0, 5) }, () =>
      this.representation(typename),
    );
    const type = this.target.schema.getType(typename);
    const selection =
      type && isObjectType(type)
        ? this.selectionOf(type, 2, { variables: [], values: {}, fragments: [], fields: 0, maxDepth: 4 })
        : '{ __typename }';
    return {
      query: `query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} ${selection} } }`,
      variables: { representations: r.chance(0.95) ? representations : this.wrongJson() },
    };
  }

  private representation(typename: string): unknown {
    const r = this.random;
    const person = r.pick(persons);
    const keys = this.target.entityKeys.get(typename) ?? ['id'];
    const key = r.pick(keys);
    const roll = r.next();
    if (roll < 0.6) {
      return { __typename: typename, [key]: key === 'bsn' ? person.bsn : key === 'id' ? person.skn : 'x' };
    }
    return choose<unknown>(r, [
      { __typename: typename },
      { __typename: 'NoSuchType', id: person.skn },
      { __typename: typename, [key]: r.pick(ODD_STRINGS) },
      { __typename: typename, [key]: 42 },
      { __typename: typename, [key]: null },
      { __typename: typename, [key]: { nested: true } },
      { id: person.skn },
      null,
      'string',
      7,
      [],
    ]);
  }
}
