import type { GraphQLFormattedError } from 'graphql';

import { errorOrderPlugin } from '../server/error-order-plugin';

/** The errors as the plugin sends them, given in the order they happened. */
async function sent(errors: GraphQLFormattedError[]): Promise<GraphQLFormattedError[] | undefined> {
  const response = { body: { kind: 'single' as const, singleResult: { errors } } };
  const hooks = await errorOrderPlugin().requestDidStart?.({} as never);
  await hooks?.willSendResponse?.({ response } as never);
  return response.body.singleResult.errors;
}

const refusal = (
  path: (string | number)[],
  serviceName?: string,
  message = 'Access denied',
): GraphQLFormattedError => ({
  message,
  path,
  extensions: { code: 'ACCESS_DENIED', ...(serviceName ? { serviceName } : {}) },
});

describe('the order of an answer’s errors', () => {
  it('is the order of their paths, list indices by number', async () => {
    const errors = [refusal(['a', 10]), refusal(['a', 2, 'b']), refusal(['a', 2]), refusal(['a'])];
    expect(await sent(errors)).toEqual([errors[3], errors[2], errors[1], errors[0]]);
  });

  it('does not follow which refusal at one path came first: by party, then by message', async () => {
    const om = refusal(['justitiabele'], 'om-burgemeester');
    const reclassering = refusal(['justitiabele'], 'reclassering');
    const [first, second] = [refusal(['x'], undefined, 'a'), refusal(['x'], undefined, 'b')];
    expect(await sent([reclassering, om, second, first])).toEqual([om, reclassering, first, second]);
    expect(await sent([om, reclassering, first, second])).toEqual([om, reclassering, first, second]);
  });
});
