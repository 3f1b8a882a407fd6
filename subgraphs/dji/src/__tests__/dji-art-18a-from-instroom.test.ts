import { verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { errorCodes, expectDenied } from '@ketengraaf/subgraph-kit/testing';

import {
  AMSTERDAM,
  B,
  countRows,
  decisionsOf,
  P,
  RN_TOEZICHTHOUDER,
  ROTTERDAM,
  startDjiWithPersons,
  UNKNOWN_VERBLIJF,
} from './dji-fixtures';
import type { DjiTestSubgraph, Stays } from './dji-fixtures';

let dji: DjiTestSubgraph;
let stays: Stays;

beforeAll(async () => {
  ({ dji, stays } = await startDjiWithPersons('dji_art_18a'));
});

afterAll(() => dji.stop());

describe('art. 18a Pbw from instroom on: the screening is shared before any D&R-plan', () => {
  const HULPVRAGEN = `query ($id: ID!) { justitiabele(id: $id) { huidigVerblijf { drPlan { versie } screening { hulpvragen { domein hulpvraag } } } } }`;
  const SCREENED_WITHOUT_PLAN = {
    huidigVerblijf: { drPlan: null, screening: { hulpvragen: [{ domein: 'ONDERDAK', hulpvraag: true }] } },
  };
  const SVG: TokenClaims = { org: 'reclassering:SVG', role: 'adviseur', sub: 'adv-svg' };
  const REGISTREER = `mutation ($input: BetrokkenOrganisatieInput!) { registreerBetrokkenOrganisatie(input: $input) { betrokkenOrganisaties { organisatie aanleiding datum } } }`;
  const betrokken = (organisatie: string, aanleiding = 'INFORMATIEVERZOEK_SCREENING') => ({
    input: { verblijfId: stays.B, organisatie, aanleiding, datum: '2026-03-04' },
  });

  it('lets the gemeente of origin read the hulpvragen while no plan exists', async () => {
    const response = await dji.ask(HULPVRAGEN, { id: B.id }, ROTTERDAM);
    expect(response.errors).toBeUndefined();
    expect(response.data?.['justitiabele']).toEqual(SCREENED_WITHOUT_PLAN);
  });

  it('gives an unrelated gemeente nothing of the person', async () => {
    const response = await dji.ask(HULPVRAGEN, { id: B.id }, AMSTERDAM);
    expectDenied(response, ['justitiabele']);
    expect(errorCodes(response)).toEqual(['ACCESS_DENIED']);
  });

  it('opens the hulpvragen to a reclassering organisation once DJI recorded it as involved, and to no other', async () => {
    const before = await dji.ask(HULPVRAGEN, { id: B.id }, SVG);
    expect(before.data?.['justitiabele']).toBeNull();

    const recorded = await dji.ask(REGISTREER, betrokken('reclassering:SVG'));
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.['registreerBetrokkenOrganisatie']).toEqual({
      betrokkenOrganisaties: [
        { organisatie: 'reclassering:SVG', aanleiding: 'INFORMATIEVERZOEK_SCREENING', datum: '2026-03-04' },
      ],
    });

    const after = await dji.askTraced(HULPVRAGEN, { id: B.id }, SVG);
    expect(after.response.errors).toBeUndefined();
    expect(after.response.data?.['justitiabele']).toEqual(SCREENED_WITHOUT_PLAN);
    expect(await decisionsOf(dji, after.traceId)).toContainEqual(
      expect.objectContaining({ resource: 'Screening.hulpvragen', policy: verwerkingsactiviteit('dji', P) }),
    );

    const other = await dji.ask(HULPVRAGEN, { id: B.id }, RN_TOEZICHTHOUDER);
    expect(other.data?.['justitiabele']).toBeNull();

    // Lists follow the same record: SVG sees B (recorded) and not A (whose plan names RN only).
    const list = await dji.ask(`query { verblijven(first: 10) { edges { node { justitiabele { id } } } } }`, {}, SVG);
    expect(list.errors).toBeUndefined();
    expect(list.data?.['verblijven']).toEqual({ edges: [{ node: { justitiabele: { id: B.id } } }] });
  });

  it('records an organisation once per reason: a repeat changes nothing', async () => {
    await dji.ask(REGISTREER, betrokken('reclassering:SVG'));
    const repeat = await dji.ask(REGISTREER, betrokken('reclassering:SVG'));
    expect(repeat.errors).toBeUndefined();
    expect(
      await countRows(dji, `betrokken_organisatie WHERE verblijf_id = $1 AND organisatie = 'reclassering:SVG'`, [
        stays.B,
      ]),
    ).toBe(1);
  });

  it.each([
    ['a gemeente', 'gemeente:0363', 'INVALID_INPUT'],
    ['an unknown reclassering organisation', 'reclassering:XYZ', 'INVALID_INPUT'],
    ['something that is no organisation', 'reclassering', 'INVALID_INPUT'],
  ])('refuses to record %s as involved', async (_case, organisatie, code) => {
    expect(errorCodes(await dji.ask(REGISTREER, betrokken(organisatie)))).toEqual([code]);
  });

  it('refuses an unknown verblijf, an ended one, and a caller who is no DJI casemanager', async () => {
    const unknown = await dji.ask(REGISTREER, {
      input: { ...betrokken('reclassering:RN').input, verblijfId: UNKNOWN_VERBLIJF },
    });
    expect(errorCodes(unknown)[0]).toBe('ACCESS_DENIED');
    const ended = await dji.ask(REGISTREER, {
      input: { ...betrokken('reclassering:RN').input, verblijfId: stays.eerdereC },
    });
    expect(errorCodes(ended)[0]).toBe('INVALID_STATE');
    const byReclassering = await dji.ask(REGISTREER, betrokken('reclassering:RN'), {
      org: 'reclassering:RN',
      role: 'adviseur',
      sub: 'adv-rn',
    });
    expect(errorCodes(byReclassering)[0]).toBe('ACCESS_DENIED');
    expect(await countRows(dji, `betrokken_organisatie WHERE organisatie = 'reclassering:RN'`)).toBe(0);
  });
});
