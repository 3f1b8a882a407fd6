import { grondslagen, verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';

import { decisionsOf, label, PERSONS, startAccessWorld } from './reclassering-access-fixtures';
import type { AccessWorld, Person } from './reclassering-access-fixtures';
import { AMSTERDAM, DJI_VUGHT, OM, OM_PRIVACY_OFFICER } from './reclassering-fixtures';

let world: AccessWorld;

beforeAll(async () => {
  world = await startAccessWorld('reclassering_opdracht');
});

afterAll(() => world.reclassering.stop());

const E = 'EIGEN_TAAK';
const O = 'OPDRACHT_OM';
const P = 'ART_18A_PBW';

describe("OM's opdracht is a ground of its own, not the reclassering's own task", () => {
  const ADVIES = `query ($id: ID!) { advies(id: $id) { opdrachtgever geadviseerdeVoorwaarden { type } justitiabele { id } } }`;

  async function adviesVan(person: Person): Promise<string> {
    const [advies] = await world.reclassering.subgraph.database.dataSource.query<{ id: string }[]>(
      'SELECT id FROM advies WHERE justitiabele_id = $1',
      [PERSONS[person].id],
    );
    return advies?.id ?? '';
  }

  it("records the officier's read of an advies OM ordered under opdracht-om, in RN's part of the log, processed for om", async () => {
    const { response, traceId } = await world.reclassering.askTraced(ADVIES, { id: await adviesVan('D') }, OM);
    const decisions = await decisionsOf(world, traceId);
    expect(response).toEqual({
      data: {
        advies: {
          opdrachtgever: 'om',
          geadviseerdeVoorwaarden: [{ type: 'CONTACTVERBOD' }],
          justitiabele: { id: PERSONS.D.id },
        },
      },
    });
    const records = await world.reclassering.subgraph.database.dataSource.query<
      { activity: string; bronhouder: string; processor: string }[]
    >(
      `SELECT DISTINCT processing_activity_id AS activity, bronhouder, foreign_operation_processor AS processor
         FROM processing_log_record WHERE trace_id = $1`,
      [traceId],
    );
    expect(records).toEqual([
      { activity: verwerkingsactiviteit('reclassering', O), bronhouder: 'reclassering:RN', processor: 'om' },
    ]);
    // Every decision of the read is OM's opdracht; none claims the reclassering's own task.
    expect([...new Set(decisions.map((decision) => decision.policy))]).toEqual([
      verwerkingsactiviteit('reclassering', O),
    ]);
  });

  it("records the officier's read of a melding made to OM and of the voorwaarde it breached under opdracht-om", async () => {
    const { response, traceId } = await world.reclassering.askTraced(
      `{ overtredingsmeldingen(first: 50) { edges { node { toelichting voorwaarde { contactMet } } } } }`,
      {},
      OM,
    );
    const decisions = await decisionsOf(world, traceId);
    expect(response.errors).toBeUndefined();
    expect(JSON.stringify(response.data)).toContain('het slachtoffer');
    const resources = decisions.filter(
      (decision) =>
        decision.resource.startsWith('Overtredingsmelding') || decision.resource.startsWith('BijzondereVoorwaarde'),
    );
    expect(resources.length).toBeGreaterThan(0);
    expect(resources.filter((decision) => decision.policy !== verwerkingsactiviteit('reclassering', O))).toEqual([]);
  });

  it.each([
    ['a gemeente nazorgcoördinator', AMSTERDAM],
    ['a DJI casemanager', DJI_VUGHT],
    ["OM's privacy officer, who is not the opdrachtgever", OM_PRIVACY_OFFICER],
  ] as const)('names OM’s opdracht beside the own task when refusing %s an advies', async (_who, caller) => {
    const { response, traceId } = await world.reclassering.askTraced(ADVIES, { id: await adviesVan('D') }, caller);
    const decisions = await decisionsOf(world, traceId);
    expect(response.data).toEqual({ advies: null });
    expect(
      response.errors?.map((error) => [error.extensions?.['code'], error.extensions?.['gronden'], error.message]),
    ).toEqual([
      [
        'ACCESS_DENIED',
        [E, O],
        `Access to Advies denied: ${label(caller)} has no legal ground for this person. It requires ${grondslagen.EIGEN_TAAK.omschrijving}; or ${grondslagen.OPDRACHT_OM.omschrijving}.`,
      ],
    ]);
    // Refused as a whole, and recorded about no one person, as an unknown advies id is.
    expect(decisions).toEqual([
      { resource: 'Advies', decision: 'DENY', policy: 'no-legal-ground', data_subject_id: null },
    ]);
  });

  it('names OM’s opdracht when refusing the list of meldingen made to OM', async () => {
    const { response } = await world.reclassering.askTraced(
      `{ overtredingsmeldingen(first: 5) { edges { node { datum } } } }`,
      {},
      DJI_VUGHT,
    );
    expect(response.errors?.map((error) => error.extensions?.['gronden'])).toEqual([[E, O]]);
  });

  it('does not name OM’s opdracht for a toezicht, which it does not open: the officier is refused the one OM ordered', async () => {
    const { response } = await world.reclassering.askTraced(
      `query ($id: ID!) { toezicht(id: $id) { begindatum } }`,
      {
        id: world.toezichtIds['A'],
      },
      OM,
    );
    expect(response.data).toEqual({ toezicht: null });
    expect(response.errors?.map((error) => [error.extensions?.['code'], error.extensions?.['gronden']])).toEqual([
      ['ACCESS_DENIED', [E, P]],
    ]);
  });
});
