import { randomBytes } from 'node:crypto';

import {
  ANDERE_CASEMANAGER,
  ANDERE_GEMEENTE,
  codes,
  ENTITIES,
  gatewayOf,
  GEMEENTE,
  nazorg,
  OFFICIER,
  registrar,
  toezichthouder,
} from './keten-fixtures';
import { testBsn } from './meldingen-fixtures';
import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';
import { CASEMANAGER } from './werkstroom-fixtures';

/** The chain's changes (issue 12 point 5): verlof with its dates, through the gateway. */
let federation: TestStack;

const VANDAAG = '2026-11-01';

beforeAll(async () => {
  federation = await startTestStack('keten_verlof', { vandaag: VANDAAG });
});

afterAll(() => federation.stop());

const gateway = gatewayOf(() => federation);
const registreer = registrar(() => federation);

const VERLOF = /* GraphQL */ `
  mutation ($input: VerlofInput!) {
    registreerVerlof(input: $input) {
      versie
      verloven {
        soort
        van
        tot
      }
    }
  }
`;

const VERLOVEN_OF_PERSON = /* GraphQL */ `
  query ($bsn: BSN!) {
    justitiabeleOpBsn(bsn: $bsn) {
      huidigVerblijf {
        instroomdatum
        verloven {
          soort
          van
          tot
        }
      }
    }
  }
`;

describe('verlof with its dates (DJI)', () => {
  const bsn = testBsn(1201);
  let verblijf: { id: string; versie: number };

  beforeAll(async () => {
    verblijf = await registreer(1201);
  });

  const input = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    verblijfId: verblijf.id,
    verwachteVersie: verblijf.versie,
    soort: 'KORTDUREND_REINTEGRATIEVERLOF',
    van: '2026-10-10',
    tot: '2026-10-12',
    ...overrides,
  });

  it('is refused on a stale version, to anyone but the own casemanager, and on bad dates, writing nothing', async () => {
    expect(
      codes(await gateway(CASEMANAGER, VERLOF, { input: input({ verwachteVersie: verblijf.versie + 1 }) })),
    ).toEqual(['VERSION_CONFLICT']);
    expect(codes(await gateway(ANDERE_CASEMANAGER, VERLOF, { input: input() }))).toEqual(['ACCESS_DENIED']);
    expect(codes(await gateway(nazorg(GEMEENTE), VERLOF, { input: input() }))).toEqual(['ACCESS_DENIED']);
    expect(codes(await gateway(CASEMANAGER, VERLOF, { input: input({ tot: '2026-10-09' }) }))).toEqual([
      'INVALID_PERIOD',
    ]);
    expect(codes(await gateway(CASEMANAGER, VERLOF, { input: input({ van: '2026-02-20' }) }))).toEqual([
      'INVALID_PERIOD',
    ]);
    expect(codes(await gateway(CASEMANAGER, VERLOF, { input: input({ tot: '2026-12-20' }) }))).toEqual([
      'INVALID_PERIOD',
    ]);
    expect(await federation.rows('dji', 'SELECT 1 FROM verlof')).toEqual([]);
  });

  it('records the verlof under a new version, and refuses one that overlaps it', async () => {
    const granted = await gateway(CASEMANAGER, VERLOF, { input: input() });
    expect(granted.errors).toBeUndefined();
    expect(granted.data?.['registreerVerlof']).toEqual({
      versie: verblijf.versie + 1,
      verloven: [{ soort: 'KORTDUREND_REINTEGRATIEVERLOF', van: '2026-10-10', tot: '2026-10-12' }],
    });
    verblijf = { ...verblijf, versie: verblijf.versie + 1 };
    const overlapping = await gateway(CASEMANAGER, VERLOF, {
      input: input({ soort: 'LANGDUREND_REINTEGRATIEVERLOF', van: '2026-10-12', tot: '2026-10-20' }),
    });
    expect(codes(overlapping)).toEqual(['INVALID_INPUT']);
  });

  it('is read by the casemanager and the gemeente taking part (art. 18a), on every path', async () => {
    const expected = { verloven: [{ soort: 'KORTDUREND_REINTEGRATIEVERLOF', van: '2026-10-10', tot: '2026-10-12' }] };
    for (const caller of [CASEMANAGER, nazorg(GEMEENTE)]) {
      const nested = await gateway(caller, VERLOVEN_OF_PERSON, { bsn });
      expect(nested.errors).toBeUndefined();
      expect(nested.data?.['justitiabeleOpBsn']).toEqual({
        huidigVerblijf: { instroomdatum: '2026-03-01', ...expected },
      });
    }
    const root = await gateway(nazorg(GEMEENTE), `{ verblijf(id: "${verblijf.id}") { verloven { van } } }`);
    expect(root.data?.['verblijf']).toEqual({ verloven: [{ van: '2026-10-10' }] });
    const list = await gateway(
      nazorg(GEMEENTE),
      `{ verblijven(filter: { terugkeergemeente: "${GEMEENTE}" }, first: 100) { edges { node { id verloven { van } } } } }`,
    );
    expect(list.errors).toBeUndefined();
    expect(JSON.stringify(list.data)).toContain(`{"id":"${verblijf.id}","verloven":[{"van":"2026-10-10"}]}`);
  });

  it('is read by no one else: another gemeente, another inrichting, a reclassering not involved, OM', async () => {
    for (const caller of [nazorg(ANDERE_GEMEENTE), ANDERE_CASEMANAGER, toezichthouder('RN'), OFFICIER]) {
      const nested = await gateway(caller, VERLOVEN_OF_PERSON, { bsn });
      expect(nested.data?.['justitiabeleOpBsn']).toBeNull();
      expect(codes(nested)).toEqual(['ACCESS_DENIED']);
      const root = await gateway(caller, `{ verblijf(id: "${verblijf.id}") { verloven { van } } }`);
      expect(root.data?.['verblijf']).toBeNull();
      expect(codes(root)).toEqual(['ACCESS_DENIED']);
    }
    const entities = await federation.ask(federation.stack.subgraphUrls.dji, nazorg(ANDERE_GEMEENTE), ENTITIES, {
      representations: [{ __typename: 'Justitiabele', id: '9000001201' }],
    });
    // `huidigVerblijf` is a part of the joined `signalen`: refused by itself, the person held or not alike.
    expect(entities.data?.['_entities']).toEqual([{ huidigVerblijf: null }]);
    expect(codes(entities)).toEqual(['ACCESS_DENIED']);
    const list = await gateway(
      ANDERE_CASEMANAGER,
      '{ verblijven(filter: { inrichting: "PI-VUGHT" }, first: 100) { edges { node { id verloven { van } } } } }',
    );
    expect(JSON.stringify(list.data)).not.toContain(verblijf.id);
  });

  it("is not the business of a gemeente that holds only an earlier stay's dates (art. 51c)", async () => {
    const n = 1202;
    const first = await registreer(n, {
      herkomst: { soort: 'GEMEENTE', gemeentecode: ANDERE_GEMEENTE },
      terugkeer: { soort: 'GEMEENTE', gemeentecode: ANDERE_GEMEENTE },
    });
    const granted = await gateway(CASEMANAGER, VERLOF, {
      input: {
        ...input({ verblijfId: first.id, verwachteVersie: first.versie }),
        van: '2026-04-01',
        tot: '2026-04-03',
      },
    });
    expect(granted.errors).toBeUndefined();
    const ended = await gateway(CASEMANAGER, UITSTROOM, {
      input: { verblijfId: first.id, verwachteVersie: first.versie + 1, uitstroomdatum: '2026-05-01' },
    });
    expect(ended.errors).toBeUndefined();
    await registreer(n, { instroomdatum: '2026-06-01' });

    const trace = randomBytes(16).toString('hex');
    const earlier = await gateway(
      nazorg(ANDERE_GEMEENTE),
      `{ verblijf(id: "${first.id}") { instroomdatum verloven { van } } }`,
      undefined,
      trace,
    );
    expect(earlier.data?.['verblijf']).toEqual({ instroomdatum: '2026-03-01', verloven: null });
    expect(codes(earlier)).toEqual(['ACCESS_DENIED']);
    expect(earlier.errors?.[0]?.message).toMatch(/art\. 18a Pbw/);
    const decisions = await federation.rows<{ resource: string; decision: string; policy: string }>(
      'dji',
      `SELECT DISTINCT resource, decision, policy FROM access_decision
        WHERE trace_id = $1 AND resource IN ('Verblijf.instroomdatum', 'Verblijf.verloven') ORDER BY resource`,
      [trace],
    );
    expect(decisions).toEqual([
      {
        resource: 'Verblijf.instroomdatum',
        decision: 'PERMIT',
        policy: 'https://ketengraaf.nl/verwerkingsactiviteiten/dji/art-51c-wjsg',
      },
      { resource: 'Verblijf.verloven', decision: 'DENY', policy: 'no-legal-ground' },
    ]);
  });
});

const UITSTROOM = /* GraphQL */ `
  mutation ($input: UitstroomInput!) {
    registreerUitstroom(input: $input) {
      status
    }
  }
`;
