import { grondslagen, pseudonym, verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';
import type { Grondslag, TokenClaims } from '@ketengraaf/subgraph-kit';
import {
  askMagIkDelen,
  dryRunGround,
  expectAllowed,
  expectDenied,
  expectRecorded,
} from '@ketengraaf/subgraph-kit/testing';

import {
  A,
  ALMELO,
  AMSTERDAM,
  B,
  BIJ,
  C,
  CASEMANAGER,
  D,
  decisionsOf,
  E,
  GRONINGEN,
  P,
  PERSON_QUERY,
  PRIVACY_OFFICER,
  RN_TOEZICHTHOUDER,
  ROTTERDAM,
  startDjiWithPersons,
  W,
} from './dji-fixtures';
import type { DjiTestSubgraph, Person } from './dji-fixtures';

let dji: DjiTestSubgraph;

beforeAll(async () => {
  ({ dji } = await startDjiWithPersons('dji_access_matrix'));
});

afterAll(() => dji.stop());

/** The fields of the matrix: where each sits under `justitiabele` in the answer, and its resource name in the log. */
const FIELDS = {
  'Justitiabele.bsn': ['bsn'],
  'Justitiabele.personalia': ['personalia'],
  'Verblijf.instroomdatum': ['huidigVerblijf', 'instroomdatum'],
  'Verblijf.verwachteUitstroomdatum': ['huidigVerblijf', 'verwachteUitstroomdatum'],
  'Verblijf.terugkeer': ['huidigVerblijf', 'terugkeer'],
  'Verblijf.titel': ['huidigVerblijf', 'titel'],
  'Verblijf.inrichting': ['huidigVerblijf', 'inrichting'],
  'Verblijf.verblijfsperioden': ['huidigVerblijf', 'verblijfsperioden'],
  'Verblijf.screening': ['huidigVerblijf', 'screening'],
  'Verblijf.drPlan': ['huidigVerblijf', 'drPlan'],
} as const;
type Field = keyof typeof FIELDS;

/** Per field, the ground expected to open it; absent means denied. */
const allOwnTask: Record<Field, Grondslag> = Object.fromEntries(
  Object.keys(FIELDS).map((field) => [field, E]),
) as Record<Field, Grondslag>;
/** A gemeente of origin or return of the current stay: its dates by art. 51c, the rest by art. 18a, plan or not. */
const gemeenteOfStay: Partial<Record<Field, Grondslag>> = {
  ...Object.fromEntries(Object.keys(FIELDS).map((field) => [field, P])),
  'Justitiabele.bsn': W,
  'Verblijf.instroomdatum': W,
  'Verblijf.verwachteUitstroomdatum': W,
  'Verblijf.terugkeer': W,
};
const inPlanAsReclassering: Partial<Record<Field, Grondslag>> = Object.fromEntries(
  Object.keys(FIELDS).map((field) => [field, P]),
);
/**
 * Justid's BIJ desk, of anyone with a current stay (DJI cannot tell the BIJ target group): when
 * they leave and to which gemeente, by art. 11a Bjsg, nothing else.
 */
const bijDesk: Partial<Record<Field, Grondslag>> = {
  'Verblijf.instroomdatum': BIJ,
  'Verblijf.verwachteUitstroomdatum': BIJ,
  'Verblijf.terugkeer': BIJ,
};
const nothing: Partial<Record<Field, Grondslag>> = {};

const MATRIX: [TokenClaims, Person, Partial<Record<Field, Grondslag>>][] = [
  [CASEMANAGER, A, allOwnTask],
  [CASEMANAGER, B, allOwnTask],
  [ALMELO, A, nothing],
  [ALMELO, D, allOwnTask],
  [CASEMANAGER, D, nothing],
  [{ org: 'dji:HVB-VUGHT', role: 'casemanager', sub: 'cm-hvb-vught' }, A, nothing],
  [PRIVACY_OFFICER, A, nothing],
  [AMSTERDAM, A, gemeenteOfStay],
  [AMSTERDAM, B, nothing],
  [{ org: 'gemeente:0344', role: 'nazorgcoordinator', sub: 'nc-0344' }, A, gemeenteOfStay],
  [ROTTERDAM, B, gemeenteOfStay],
  [{ org: 'gemeente:0034', role: 'nazorgcoordinator', sub: 'nc-0034' }, C, gemeenteOfStay],
  [ROTTERDAM, A, nothing],
  [{ org: 'gemeente:0363', role: 'privacy-officer', sub: 'po-0363' }, A, nothing],
  [RN_TOEZICHTHOUDER, A, inPlanAsReclassering],
  [{ org: 'reclassering:RN', role: 'adviseur', sub: 'adv-rn' }, A, inPlanAsReclassering],
  [RN_TOEZICHTHOUDER, B, nothing],
  [{ org: 'reclassering:SVG', role: 'toezichthouder', sub: 'th-svg' }, A, nothing],
  [{ org: 'burgemeester:0363', role: 'oov-adviseur', sub: 'oov-0363' }, A, nothing],
  [{ org: 'om', role: 'officier', sub: 'ovj-1' }, A, nothing],
  [{ org: 'justid', role: 'bij-medewerker', sub: 'justid-1' }, A, bijDesk],
  [{ org: 'justid', role: 'bij-medewerker', sub: 'justid-1' }, C, bijDesk],
  [{ org: 'zvh:amsterdam-amstelland', role: 'procesregisseur', sub: 'zvh-1' }, A, nothing],
];

describe('the DJI access matrix: organisation × role × field × person', () => {
  it.each(
    MATRIX.map(
      ([caller, person, expected]) => [`${caller.org} ${caller.role}`, person.id, caller, person, expected] as const,
    ),
  )('%s reading person %s', async (_name, _id, caller, person, expected) => {
    const { response, traceId } = await dji.askTraced(PERSON_QUERY, { id: person.id }, caller);
    const decisions = await decisionsOf(dji, traceId);
    const subject = pseudonym(dji.pseudonymKey, { soort: 'SKN', nummer: person.id });
    if (Object.keys(expected).length === 0) {
      // No ground at all: the person is refused as a whole, and nothing of them is returned.
      expectDenied(response, ['justitiabele']);
      expect(response.errors).toHaveLength(1);
      expect(response.errors?.[0]?.message).toContain(grondslagen.EIGEN_TAAK.omschrijving);
      await expectRecorded(dji.subgraph.database.dataSource, 'dji', traceId, [
        { resource: 'Justitiabele', grondslag: null },
      ]);
      // A refused whole object is recorded about no one person, as an unknown identifier is: the log
      // must not tell the caller's privacy officer whether the party holds the person.
      expect(decisions.map((decision) => decision.data_subject_id)).toEqual([null]);
      return;
    }
    for (const [field, path] of Object.entries(FIELDS) as [Field, readonly string[]][]) {
      const ground = expected[field];
      const recorded = decisions.filter((decision) => decision.resource === field);
      if (ground) {
        // Allowed: no error at the field (its value may be null when DJI has no such record yet).
        expectAllowed(response, ['justitiabele', ...path]);
        expect([field, recorded]).toEqual([
          field,
          [
            {
              resource: field,
              decision: 'PERMIT',
              policy: verwerkingsactiviteit('dji', ground),
              data_subject_id: subject,
            },
          ],
        ]);
      } else {
        const refusal = expectDenied(response, ['justitiabele', ...path]);
        expect(refusal.message).toContain(`${String(path.at(-1))} requires `);
        expect([field, recorded.map((decision) => decision.decision)]).toEqual([field, ['DENY']]);
      }
    }
  });

  it.each(
    MATRIX.map(
      ([caller, person, expected]) => [`${caller.org} ${caller.role}`, person.id, caller, person, expected] as const,
    ),
  )(
    '"mag ik dit delen?" tells %s on person %s what the guard decides',
    async (_name, _id, caller, person, expected) => {
      const answer = await askMagIkDelen(dji, 'dji', caller, { soort: 'SKN', nummer: person.id });
      for (const field of Object.keys(FIELDS) as Field[]) {
        expect([field, dryRunGround(answer, field)]).toEqual([field, expected[field] ?? null]);
      }
    },
  );

  it('names the missing ground: the gemeente of an ended stay reading personalia is told it needs art. 18a Pbw', async () => {
    const { response } = await dji.askTraced(PERSON_QUERY, { id: C.id }, GRONINGEN);
    const refusal = expectDenied(response, ['justitiabele', 'personalia'], ['EIGEN_TAAK', 'ART_18A_PBW']);
    expect(refusal.message).toContain(
      `personalia requires ${grondslagen.EIGEN_TAAK.omschrijving} or ${grondslagen.ART_18A_PBW.omschrijving}`,
    );
  });
});
