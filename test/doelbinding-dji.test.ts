import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/** DJI's grounds through the gateway, on the seeded demo chain. */
let federation: TestStack;

beforeAll(async () => {
  federation = await startTestStack('dlb_dji');
});

afterAll(() => federation.stop());

const PERSON = `query ($id: ID!) { justitiabele(id: $id) { bsn huidigVerblijf { screening { hulpvragen { domein } } } } }`;

describe('DJI is many organisations, through the gateway', () => {
  it('lets the casemanager of the inrichting that holds a person read them, and refuses one of another inrichting', async () => {
    const [held] = await federation.rows<{ justitiabele_id: string; huidige_inrichting: string }>(
      'dji',
      `SELECT justitiabele_id, huidige_inrichting FROM verblijf WHERE status <> 'UITGESTROOMD' ORDER BY justitiabele_id LIMIT 1`,
    );
    const own: TokenClaims = { org: `dji:${held?.huidige_inrichting}`, role: 'casemanager', sub: 'cm-own' };
    const other: TokenClaims = {
      org: held?.huidige_inrichting === 'PI-ZWOLLE' ? 'dji:PI-GRAVE' : 'dji:PI-ZWOLLE',
      role: 'casemanager',
      sub: 'cm-other',
    };
    const ask = (caller: TokenClaims) =>
      federation.ask(federation.stack.gatewayUrl, caller, PERSON, { id: held?.justitiabele_id });

    const byOwn = await ask(own);
    expect(byOwn.errors).toBeUndefined();
    expect(byOwn.data?.['justitiabele']).toMatchObject({ bsn: expect.any(String) });

    const byOther = await ask(other);
    expect(byOther.data?.['justitiabele']).toBeNull();
    expect(byOther.errors?.map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: 'ACCESS_DENIED', serviceName: 'dji' }),
    ]);
  });
});

describe('art. 18a Pbw from instroom on, through the gateway', () => {
  it('shares the screening with the reclassering organisation DJI recorded as involved, and with no other', async () => {
    const [involved] = await federation.rows<{ justitiabele_id: string; organisatie: string }>(
      'dji',
      `SELECT v.justitiabele_id, b.organisatie FROM betrokken_organisatie b
         JOIN verblijf v ON v.id = b.verblijf_id
        WHERE EXISTS (SELECT 1 FROM screening s WHERE s.verblijf_id = v.id)
          AND NOT EXISTS (SELECT 1 FROM dr_plan p WHERE p.verblijf_id = v.id)
        ORDER BY v.justitiabele_id LIMIT 1`,
    );
    expect(involved).toBeDefined();
    const ask = (organisatie: string) =>
      federation.ask(federation.stack.gatewayUrl, { org: organisatie, role: 'adviseur', sub: 'adv-1' }, PERSON, {
        id: involved?.justitiabele_id,
      });

    const recorded = await ask(involved?.organisatie ?? '');
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.['justitiabele']).toMatchObject({
      huidigVerblijf: {
        screening: { hulpvragen: expect.arrayContaining([expect.objectContaining({ domein: 'ONDERDAK' })]) },
      },
    });

    const otherOrganisatie = ['reclassering:RN', 'reclassering:SVG', 'reclassering:LJ&R'].find(
      (candidate) => candidate !== involved?.organisatie,
    );
    const notRecorded = await ask(otherOrganisatie ?? '');
    expect(notRecorded.data?.['justitiabele']).toBeNull();
    expect(notRecorded.errors?.[0]?.extensions).toMatchObject({ code: 'ACCESS_DENIED', serviceName: 'dji' });
  });
});
