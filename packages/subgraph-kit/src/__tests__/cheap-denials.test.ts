import type { GraphQLResolveInfo } from 'graphql';

import { clientError } from '../errors/client-error';
import { DeniedFields } from '../policy/denied-fields';

type Path = GraphQLResolveInfo['path'];

const pathOf = (...keys: (string | number)[]): Path =>
  keys.reduce<Path | undefined>((prev, key) => ({ prev, key, typename: undefined }), undefined) as Path;

/** The fields of one object share their parent's path, as graphql-js hands them out. */
const fieldOf = (object: Path, veld: string) => ({
  path: { prev: object, key: veld, typename: 'Justitiabele' },
  parentType: { name: 'Justitiabele' } as GraphQLResolveInfo['parentType'],
});

/** How many stack frames `build` captures: the stack trace limit in force at each capture. */
function framesCaptured(build: () => unknown): number[] {
  const capture = Error.captureStackTrace.bind(Error);
  const limits: number[] = [];
  const spy = jest.spyOn(Error, 'captureStackTrace').mockImplementation((target, constructor) => {
    limits.push(Error.stackTraceLimit);
    capture(target, constructor);
  });
  try {
    build();
  } finally {
    spy.mockRestore();
  }
  return limits;
}

describe('a denial costs no stack trace', () => {
  it('builds the errors of a page of denied fields without one Error, so without one stack', () => {
    const denied = new DeniedFields();
    const objects = Array.from({ length: 50 }, (_item, index) => pathOf('nazorgdossiers', 'edges', index, 'node'));
    expect(
      framesCaptured(() => {
        for (const object of objects) {
          denied.add(fieldOf(object, 'strafzaken'), ['AANWIJZING_WJSG']);
          denied.add(fieldOf(object, 'bijMeldingen'), ['ART_11A_BJSG']);
        }
        return denied.errors();
      }),
    ).toEqual([]);
    const errors = denied.errors();
    expect(errors).toHaveLength(50);
    expect(errors.some((error) => error instanceof Error || 'stack' in error)).toBe(false);
    expect(errors[3]).toEqual({
      message:
        "Access to bijMeldingen, strafzaken of this Justitiabele denied: no legal ground for this person. bijMeldingen requires art. 11a Bjsg (BIJ-melding to the burgemeester); strafzaken requires Aanwijzing WJSG (officier van justitie's disclosure).",
      path: ['nazorgdossiers', 'edges', 3, 'node'],
      extensions: {
        code: 'ACCESS_DENIED',
        resource: 'Justitiabele',
        velden: [
          { veld: 'bijMeldingen', gronden: ['ART_11A_BJSG'] },
          { veld: 'strafzaken', gronden: ['AANWIJZING_WJSG'] },
        ],
      },
    });
  });

  it('builds any other expected client error without capturing a frame', () => {
    let error: Error | undefined;
    expect(framesCaptured(() => (error = clientError('INVALID_BSN', 'Not a BSN.')))).toEqual([0]);
    expect(error?.stack).toBe('GraphQLError: Not a BSN.');
  });
});
