import { expectAllowed, expectDenied, valueAt } from '../testing/expectations';

const denied = {
  data: { justitiabele: { bsn: '111222333', huidigVerblijf: null } },
  errors: [
    {
      message: 'Access to Justitiabele.huidigVerblijf denied',
      path: ['justitiabele', 'huidigVerblijf'],
      extensions: { code: 'ACCESS_DENIED', gronden: ['EIGEN_TAAK'] },
    },
  ],
};

describe('the access expectations tests read as query → answer', () => {
  it('finds a value by its path', () => {
    expect(valueAt(denied, ['justitiabele', 'bsn'])).toBe('111222333');
  });

  it('passes an answered field and fails a denied one', () => {
    expect(expectAllowed(denied, ['justitiabele', 'bsn'])).toBe('111222333');
    expect(() => expectAllowed(denied, ['justitiabele'])).toThrow('expected justitiabele to be answered');
  });

  it('passes a denied field naming its grounds, and fails an answered one or other grounds', () => {
    expect(() => expectDenied(denied, ['justitiabele', 'huidigVerblijf'], ['EIGEN_TAAK'])).not.toThrow();
    expect(() => expectDenied(denied, ['justitiabele', 'huidigVerblijf'], ['WGS'])).toThrow();
    expect(() => expectDenied(denied, ['justitiabele', 'bsn'])).toThrow('expected justitiabele.bsn to be null');
  });
});
