import { errorCodes } from '@ketengraaf/subgraph-kit/testing';

import {
  ADVIES,
  advies,
  countRows,
  must,
  RN_ADVIES,
  RN_TOEZICHT,
  startReclassering,
  startToezicht,
  SVG_TOEZICHT,
} from './reclassering-fixtures';
import type { ReclasseringTestSubgraph } from './reclassering-fixtures';

let reclassering: ReclasseringTestSubgraph;

/** RN advises and supervises person 4000000001, and supervises 4000000002; SVG neither. */
beforeAll(async () => {
  reclassering = await startReclassering('reclassering_risicotaxatie');
  await must(reclassering, RN_ADVIES, ADVIES, { input: advies() });
  await startToezicht(reclassering);
  await startToezicht(reclassering, { justitiabeleId: '4000000002' });
});

afterAll(() => reclassering.stop());

describe('risicotaxatie', () => {
  const REGISTREER = `mutation ($input: RisicotaxatieInput!) { registreerRisicotaxatie(input: $input) { organisatie datum instrument recidiverisico gevaarrisico } }`;
  const taxatie = (overrides: Record<string, unknown> = {}) => ({
    input: {
      justitiabeleId: '4000000001',
      datum: '2026-05-20',
      instrument: 'RISc',
      recidiverisico: 'GEMIDDELD',
      gevaarrisico: 'LAAG',
      ...overrides,
    },
  });

  it('is recorded by an adviseur or toezichthouder of an organisation that advises or supervises the person', async () => {
    const byAdviseur = await reclassering.ask(REGISTREER, taxatie(), RN_ADVIES);
    expect(byAdviseur.data?.['registreerRisicotaxatie']).toEqual({
      organisatie: 'reclassering:RN',
      datum: '2026-05-20',
      instrument: 'RISc',
      recidiverisico: 'GEMIDDELD',
      gevaarrisico: 'LAAG',
    });
    const byToezichthouder = await reclassering.ask(REGISTREER, taxatie({ datum: '2026-09-01', gevaarrisico: 'HOOG' }));
    expect(byToezichthouder.errors).toBeUndefined();
  });

  it.each([
    ['an empty instrument', { instrument: '' }, RN_TOEZICHT, 'INVALID_INPUT'],
    ['a level the schema does not know', { recidiverisico: 'ZEER_HOOG' }, RN_TOEZICHT, 'BAD_USER_INPUT'],
    [
      'a person the organisation neither advises nor supervises',
      { justitiabeleId: '4000000002' },
      SVG_TOEZICHT,
      'ACCESS_DENIED',
    ],
  ])('refuses %s, and writes nothing', async (_case, overrides, caller, code) => {
    const before = await countRows(reclassering, 'risicotaxatie');
    expect(errorCodes(await reclassering.ask(REGISTREER, taxatie(overrides), caller))).toEqual([code]);
    expect(await countRows(reclassering, 'risicotaxatie')).toBe(before);
  });
});
