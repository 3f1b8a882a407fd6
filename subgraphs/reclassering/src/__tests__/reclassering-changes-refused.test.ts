import { decisionsOf, PERSONS, processingOf, startAccessWorld } from './reclassering-access-fixtures';
import type { AccessWorld, Person } from './reclassering-access-fixtures';
import {
  AMSTERDAM,
  BURGEMEESTER_AMSTERDAM,
  DJI_VUGHT,
  LJR_TOEZICHT,
  OM,
  RN_ADVIES,
  RN_PRIVACY_OFFICER,
  SVG_TOEZICHT,
} from './reclassering-fixtures';

let world: AccessWorld;

beforeAll(async () => {
  world = await startAccessWorld('reclassering_changes');
});

afterAll(() => world.reclassering.stop());

describe("changes to another organisation's records", () => {
  const stored = () =>
    world.reclassering.subgraph.database.dataSource.query<unknown[]>(
      `SELECT (SELECT json_agg(t ORDER BY t.id) FROM toezicht t) AS toezichten,
              (SELECT json_agg(v ORDER BY v.id) FROM bijzondere_voorwaarde v) AS voorwaarden,
              (SELECT count(*) FROM naleving) AS naleving,
              (SELECT count(*) FROM advies) AS adviezen,
              (SELECT count(*) FROM risicotaxatie) AS risicotaxaties`,
    );
  const WIJZIG = `mutation ($input: ToezichtWijzigingInput!) { wijzigToezicht(input: $input) { id } }`;
  const NALEVING = `mutation ($input: NalevingInput!) { registreerNaleving(input: $input) { id } }`;
  const LEG_OP = `mutation ($input: BijzondereVoorwaardeInput!) { legBijzondereVoorwaardeOp(input: $input) { id } }`;
  const TAXATIE = `mutation ($input: RisicotaxatieInput!) { registreerRisicotaxatie(input: $input) { id } }`;
  const ADVIES = `mutation ($input: AdviesInput!) { registreerAdvies(input: $input) { id } }`;
  const overdracht = (person: Person) => () => ({
    input: {
      toezichtId: world.toezichtIds[person],
      verwachteVersie: 2,
      toezichthouder: { naam: 'X. Overname', email: 'x@svg.example.nl' },
      toezichthouderGebruiker: 'th-svg-9',
      ketenpartners: [],
    },
  });
  const naleving = (person: Person) => () => ({
    input: { voorwaardeId: world.voorwaardeIds[person], datum: '2026-05-01', uitkomst: 'NAGELEEFD' },
  });
  const voorwaarde = (person: Person) => () => ({
    input: {
      toezichtId: world.toezichtIds[person],
      verwachteVersie: 2,
      type: 'MIDDELENVERBOD',
      omschrijving: 'Geen alcohol',
      begindatum: '2026-05-01',
    },
  });
  const taxatie = (person: Person) => () => ({
    input: {
      justitiabeleId: PERSONS[person].id,
      datum: '2026-09-01',
      instrument: 'RISc',
      recidiverisico: 'LAAG',
      gevaarrisico: 'LAAG',
    },
  });
  const advies = (organisatie: string) => () => ({
    input: {
      justitiabeleId: PERSONS.A.id,
      organisatie,
      opdrachtgever: 'om',
      datum: '2026-05-01',
      geadviseerdeVoorwaarden: [],
      zienswijzeBurgemeesterMeegewogen: false,
      slachtofferbelangenMeegewogen: false,
      slachtofferbelangenToelichting: 'Geen slachtoffer bekend',
    },
  });

  it.each([
    ['another organisation hands over its toezicht', SVG_TOEZICHT, WIJZIG, overdracht('A')],
    ['another organisation records a naleving', SVG_TOEZICHT, NALEVING, naleving('A')],
    ['another organisation adds a voorwaarde', LJR_TOEZICHT, LEG_OP, voorwaarde('A')],
    ['another organisation records a risicotaxatie', SVG_TOEZICHT, TAXATIE, taxatie('A')],
    ['the own organisation’s adviseur adds a voorwaarde', RN_ADVIES, LEG_OP, voorwaarde('A')],
    ['the own organisation’s privacy officer records a naleving', RN_PRIVACY_OFFICER, NALEVING, naleving('A')],
    ['a DJI ketenpartner records a naleving it may read', DJI_VUGHT, NALEVING, naleving('A')],
    ['a gemeente ketenpartner hands over the toezicht it may read', AMSTERDAM, WIJZIG, overdracht('A')],
    ['OM records a risicotaxatie it may read', OM, TAXATIE, taxatie('A')],
    ['an adviseur registers an advies for another organisation', RN_ADVIES, ADVIES, advies('reclassering:SVG')],
    ['the burgemeester registers an advies', BURGEMEESTER_AMSTERDAM, ADVIES, advies('reclassering:RN')],
  ] as const)('refuses it when %s, and writes nothing', async (_case, caller, mutation, variables) => {
    const before = await stored();
    const { response, traceId } = await world.reclassering.askTraced(mutation, variables(), caller);
    const decisions = await decisionsOf(world, traceId);
    const records = await processingOf(world, traceId);
    expect(response.data).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['ACCESS_DENIED']);
    expect(response.errors?.[0]?.message).toContain(caller.org);
    expect(decisions.map((decision) => [decision.decision, decision.data_subject_id])).toEqual([['DENY', null]]);
    expect(records).toEqual([]);
    expect(await stored()).toEqual(before);
  });
});
