import { GraphQLScalarType, Kind } from 'graphql';
import type { ValueNode } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

import { parseBsn } from '../domain/bsn';
import { parseGemeentecode } from '../domain/gemeenten';
import { clientError } from '../errors/client-error';

function stringLiteral(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) {
    throw clientError('BAD_USER_INPUT', `${scalar} is written as a string.`);
  }
  return ast.value;
}

function stringValue(value: unknown, scalar: string): string {
  if (typeof value !== 'string') {
    throw clientError('BAD_USER_INPUT', `${scalar} is written as a string.`);
  }
  return value;
}

/** A burgerservicenummer: nine digits that pass the elfproef. Checked on every input. */
export const BsnScalar = new GraphQLScalarType<string, string>({
  name: 'BSN',
  description: 'Burgerservicenummer: nine digits passing the elfproef (11-check). Travels only in request bodies.',
  serialize: (value) => stringValue(value, 'BSN'),
  parseValue: (value) => parseBsn(stringValue(value, 'BSN')),
  parseLiteral: (ast) => parseBsn(stringLiteral(ast, 'BSN')),
});

/**
 * A gemeentecode as the BRP writes it (four digits, `0363`). Input must name a gemeente of the
 * current CBS indeling; output may carry a historic code a record was made with.
 */
export const GemeentecodeScalar = new GraphQLScalarType<string, string>({
  name: 'Gemeentecode',
  description:
    'Gemeentecode, four digits as in the BRP (0363 = Amsterdam). Input must be a gemeente of the CBS indeling of 2025; stored records keep the code they were made with.',
  serialize: (value) => stringValue(value, 'Gemeentecode'),
  parseValue: (value) => parseGemeentecode(stringValue(value, 'Gemeentecode')),
  parseLiteral: (ast) => parseGemeentecode(stringLiteral(ast, 'Gemeentecode')),
});

const DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date without time zone, `YYYY-MM-DD`, as PostgreSQL's `date`: graphql-scalars'
 * `LocalDate`, every input checked in full. An answer's dates come from the parties' `date`
 * columns (calendar dates by construction), so one in that format is sent as it is, without
 * `LocalDate`'s round trip through a `Date` and its ISO string for every date of every row.
 */
export const DatumScalar = new GraphQLScalarType<string, string>({
  ...GraphQLLocalDate.toConfig(),
  serialize: (value) =>
    typeof value === 'string' && DATE_FORMAT.test(value) ? value : GraphQLLocalDate.serialize(value),
});
