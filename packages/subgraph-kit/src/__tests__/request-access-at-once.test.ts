import type { Caller } from '../identity/caller';
import type { AccessPolicy, Betrokkene } from '../policy/access-policy';
import { RequestAccess } from '../policy/request-access';

const caller = { organisatie: 'gemeente:0363', soort: 'gemeente', code: '0363', rol: 'nazorgcoordinator' } as Caller;
const persoon: Betrokkene = { soort: 'BSN', nummer: '111222333' };
const ander: Betrokkene = { soort: 'BSN', nummer: '444555666' };

/** A policy whose checks answer later, as a database lookup does, and count how often they ran. */
function slowPolicy(): { policy: AccessPolicy<unknown>; checks: string[] } {
  const checks: string[] = [];
  const later = <T>(value: T) => new Promise<T>((resolve) => setImmediate(() => resolve(value)));
  return {
    checks,
    policy: {
      party: 'test',
      subjects: {},
      grounds: {
        EIGEN_TAAK: (_caller, betrokkene) => {
          checks.push(`EIGEN_TAAK ${betrokkene.nummer}`);
          return later(betrokkene.nummer === persoon.nummer);
        },
        WGS: (_caller, betrokkene) => {
          checks.push(`WGS ${betrokkene.nummer}`);
          return later(false);
        },
      },
    },
  };
}

describe('a field whose grounds this request has already checked for the person', () => {
  it('is decided at once, without a promise, and recorded as the first field of the person was', async () => {
    const { policy, checks } = slowPolicy();
    const access = new RequestAccess(caller, policy, new Map(), () => undefined);
    const first = access.mayReadField('Persoon.naam', ['EIGEN_TAAK'], persoon);
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toBe(true);
    expect(access.mayReadField('Persoon.adres', ['EIGEN_TAAK'], persoon)).toBe(true);
    // A ground not yet checked for the person still waits for its check; then it too is known.
    expect(await access.mayReadField('Persoon.delict', ['WGS'], persoon)).toBe(false);
    expect(access.mayReadField('Persoon.geboortedatum', ['WGS', 'EIGEN_TAAK'], persoon)).toBe(true);
    expect(access.mayReadField('Persoon.strafzaak', ['WGS'], persoon)).toBe(false);
    expect(checks).toEqual(['EIGEN_TAAK 111222333', 'WGS 111222333']);
    expect(access.decisions).toEqual([
      { resource: 'Persoon.naam', betrokkene: persoon, grondslag: 'EIGEN_TAAK', gevraagd: ['EIGEN_TAAK'] },
      { resource: 'Persoon.adres', betrokkene: persoon, grondslag: 'EIGEN_TAAK', gevraagd: ['EIGEN_TAAK'] },
      { resource: 'Persoon.delict', betrokkene: persoon, grondslag: null, gevraagd: ['WGS'] },
      {
        resource: 'Persoon.geboortedatum',
        betrokkene: persoon,
        grondslag: 'EIGEN_TAAK',
        gevraagd: ['WGS', 'EIGEN_TAAK'],
      },
      { resource: 'Persoon.strafzaak', betrokkene: persoon, grondslag: null, gevraagd: ['WGS'] },
    ]);
  });

  it("is never decided from another person's checks, nor from a ground the party has no check for", async () => {
    const { policy, checks } = slowPolicy();
    const access = new RequestAccess(caller, policy, new Map(), () => undefined);
    expect(await access.mayReadField('Persoon.naam', ['EIGEN_TAAK'], persoon)).toBe(true);
    const other = access.mayReadField('Persoon.naam', ['EIGEN_TAAK'], ander);
    expect(other).toBeInstanceOf(Promise);
    expect(await other).toBe(false);
    expect(access.mayReadField('Persoon.naam', ['ART_18A_PBW'], persoon)).toBe(false);
    expect(checks).toEqual(['EIGEN_TAAK 111222333', 'EIGEN_TAAK 444555666']);
    expect(access.decisions.map(({ betrokkene, grondslag }) => [betrokkene?.nummer, grondslag])).toEqual([
      ['111222333', 'EIGEN_TAAK'],
      ['444555666', null],
      ['111222333', null],
    ]);
  });
});

describe("an object's person", () => {
  it('is found once for all the fields of one object, and again for another object', () => {
    const { policy } = slowPolicy();
    const access = new RequestAccess(caller, policy, new Map(), () => undefined);
    const found: string[] = [];
    const subjectOf = (source: unknown): Betrokkene => {
      const { bsn } = source as { bsn: string };
      found.push(bsn);
      return { soort: 'BSN', nummer: bsn };
    };
    const dossier = { bsn: persoon.nummer };
    const first = access.subjectOfSource(subjectOf, dossier);
    expect(access.subjectOfSource(subjectOf, dossier)).toBe(first);
    expect(access.subjectOfSource(subjectOf, { bsn: persoon.nummer })).toEqual(first);
    // Another type's subject of the same object is its own.
    expect(
      access.subjectOfSource((source) => ({ ...subjectOf(source), bronhouder: 'gemeente:0363' }), dossier),
    ).toEqual({ ...persoon, bronhouder: 'gemeente:0363' });
    expect(found).toEqual([persoon.nummer, persoon.nummer, persoon.nummer]);
  });

  it("is recorded as each owner's whose records grant the read, for every field alike", async () => {
    const policy: AccessPolicy<unknown> = {
      party: 'test',
      subjects: {},
      grounds: { EIGEN_TAAK: () => ['gemeente:0363', 'gemeente:0344'] },
    };
    const access = new RequestAccess(caller, policy, new Map(), () => undefined);
    expect(await access.mayReadField('Persoon.naam', ['EIGEN_TAAK'], persoon)).toBe(true);
    expect(access.mayReadField('Persoon.adres', ['EIGEN_TAAK'], persoon)).toBe(true);
    const owners = (bronhouder: string) => ({ ...persoon, bronhouder });
    expect(access.decisions).toEqual([
      {
        resource: 'Persoon.naam',
        betrokkene: owners('gemeente:0363'),
        grondslag: 'EIGEN_TAAK',
        gevraagd: ['EIGEN_TAAK'],
      },
      {
        resource: 'Persoon.naam',
        betrokkene: owners('gemeente:0344'),
        grondslag: 'EIGEN_TAAK',
        gevraagd: ['EIGEN_TAAK'],
      },
      {
        resource: 'Persoon.adres',
        betrokkene: owners('gemeente:0363'),
        grondslag: 'EIGEN_TAAK',
        gevraagd: ['EIGEN_TAAK'],
      },
      {
        resource: 'Persoon.adres',
        betrokkene: owners('gemeente:0344'),
        grondslag: 'EIGEN_TAAK',
        gevraagd: ['EIGEN_TAAK'],
      },
    ]);
  });
});
