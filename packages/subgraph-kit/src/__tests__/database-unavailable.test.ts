import { GraphQLError } from 'graphql';

import { isDatabaseUnavailable } from '../database/database-unavailable';
import { maskError } from '../errors/mask-error';

const located = (originalError: Error): GraphQLError => new GraphQLError('boom', { originalError, path: ['verblijf'] });
const withCode = (message: string, code: string): Error => Object.assign(new Error(message), { code });

describe('a database that cannot be reached', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a connection the server ended', withCode('terminating connection due to administrator command', '57P01')],
    ['a server starting up', withCode('the database system is starting up', '57P03')],
    [
      'a database that takes no connections',
      withCode('database "dji" is not currently accepting connections', '55000'),
    ],
    ['a broken connection', new Error('Connection terminated unexpectedly')],
    [
      'TypeORM around a driver error',
      Object.assign(new Error('query failed'), { driverError: withCode('x', '08006') }),
    ],
  ])('is recognised in %s', (_case, error) => {
    expect(isDatabaseUnavailable(located(error))).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['a syntax error', withCode('syntax error at or near "SELEC"', '42601')],
    ['another unmet prerequisite', withCode('cannot refresh materialized view concurrently', '55000')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ])('is not confused with %s', (_case, error) => {
    expect(isDatabaseUnavailable(located(error))).toBe(false);
  });

  it('reaches the client as DATABASE_UNAVAILABLE, without what the driver said', () => {
    const error = located(withCode('connect ECONNREFUSED 10.0.0.7:5432', 'ECONNREFUSED'));
    expect(
      maskError({ message: error.message, path: ['verblijf'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error),
    ).toEqual({
      message: "This party's database cannot be reached. Try again later.",
      path: ['verblijf'],
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  });
});
