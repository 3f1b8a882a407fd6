import { deniedFieldsError } from '../policy/denied-fields';
import { deniedPaths, expectAllowed, expectDenied, valueAt } from '../testing/expectations';

const denied = {
  data: { justitiabele: { bsn: '111222333', huidigVerblijf: null, toezichten: null } },
  errors: [
    deniedFieldsError(['justitiabele'], 'Justitiabele', [
      { veld: 'huidigVerblijf', gronden: ['EIGEN_TAAK'] },
      { veld: 'toezichten', gronden: ['WGS'] },
    ]),
  ].map((error) => ({ ...error, path: [...error.path] })),
};

const refusedObject = {
  data: { justitiabele: null },
  errors: [
    {
      message: 'Access to Justitiabele denied',
      path: ['justitiabele'],
      extensions: { code: 'ACCESS_DENIED', resource: 'Justitiabele', gronden: ['EIGEN_TAAK'] },
    },
  ],
};

describe('the access expectations tests read as query → answer', () => {
  it('finds a value by its path', () => {
    expect(valueAt(denied, ['justitiabele', 'bsn'])).toBe('111222333');
  });

  it("passes an answered field and fails a denied one, also when the denial is its object's error", () => {
    expect(expectAllowed(denied, ['justitiabele', 'bsn'])).toBe('111222333');
    expect(() => expectAllowed(denied, ['justitiabele'])).toThrow('expected justitiabele to be answered');
    expect(() => expectAllowed(denied, ['justitiabele', 'huidigVerblijf'])).toThrow(
      'expected justitiabele.huidigVerblijf to be answered',
    );
    expect(() => expectAllowed(denied, ['justitiabele', 'huidigVerblijf', 'inrichting'])).toThrow();
  });

  it("passes a field listed in its object's error with its grounds, and fails an answered one or other grounds", () => {
    expect(() => expectDenied(denied, ['justitiabele', 'huidigVerblijf'], ['EIGEN_TAAK'])).not.toThrow();
    expect(() => expectDenied(denied, ['justitiabele', 'toezichten'], ['WGS'])).not.toThrow();
    expect(() => expectDenied(denied, ['justitiabele', 'huidigVerblijf'], ['WGS'])).toThrow();
    expect(() => expectDenied(denied, ['justitiabele', 'bsn'])).toThrow('expected justitiabele.bsn to be null');
  });

  it('passes an object refused as such at its own path, and no field of it by that refusal', () => {
    expect(() => expectDenied(refusedObject, ['justitiabele'], ['EIGEN_TAAK'])).not.toThrow();
    expect(() => expectDenied(denied, ['justitiabele'])).toThrow('expected justitiabele to be null');
  });

  it("lists every refused path: each field an object's error names, and a refused object's own", () => {
    expect(deniedPaths(denied)).toEqual(new Set(['justitiabele.huidigVerblijf', 'justitiabele.toezichten']));
    expect(deniedPaths(refusedObject)).toEqual(new Set(['justitiabele']));
  });
});
