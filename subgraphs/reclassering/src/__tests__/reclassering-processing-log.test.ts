import { verwerkingsactiviteit } from '@ketengraaf/subgraph-kit';
import type { TokenClaims } from '@ketengraaf/subgraph-kit';

import { PERSON_QUERY, PERSONS, processingOf, startAccessWorld, subjectOf } from './reclassering-access-fixtures';
import type { AccessWorld, Person } from './reclassering-access-fixtures';
import {
  DJI_PRIVACY_OFFICER,
  DJI_VUGHT,
  OM,
  RN_PRIVACY_OFFICER,
  RN_TOEZICHT,
  SVG_TOEZICHT,
  UTRECHT,
} from './reclassering-fixtures';

let world: AccessWorld;

beforeAll(async () => {
  world = await startAccessWorld('reclassering_log');
});

afterAll(() => world.reclassering.stop());

const E = 'EIGEN_TAAK';
const O = 'OPDRACHT_OM';
const P = 'ART_18A_PBW';
const R = 'ART_18B_PBW';

describe('the processing log', () => {
  it('records one processing per ground for a foreign reader, with the asking organisation and no user', async () => {
    const { traceId } = await world.reclassering.askTraced(
      PERSON_QUERY,
      {
        representations: [{ __typename: 'Justitiabele', id: PERSONS.A.id }],
      },
      OM,
    );
    const records = await processingOf(world, traceId);
    expect(records).toEqual([
      {
        processing_activity_id: verwerkingsactiviteit('reclassering', R),
        data_subject_id: subjectOf(world, 'A'),
        foreign_operation_processor: 'om',
      },
      {
        processing_activity_id: verwerkingsactiviteit('reclassering', O),
        data_subject_id: subjectOf(world, 'A'),
        foreign_operation_processor: 'om',
      },
    ]);
    expect(JSON.stringify(records)).not.toContain(PERSONS.A.id);
  });

  it('logs a read of the person as such as each owner’s whose records granted it, and a refusal as the asker’s', async () => {
    const ownersOf = async (caller: TokenClaims, person: Person) => {
      const { traceId } = await world.reclassering.askTraced(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Justitiabele { id } } }`,
        { r: [{ __typename: 'Justitiabele', id: PERSONS[person].id }] },
        caller,
      );
      return world.reclassering.subgraph.database.dataSource.query<
        { resource: string; policy: string; bronhouder: string }[]
      >(`SELECT resource, policy, bronhouder FROM access_decision WHERE trace_id = $1 ORDER BY resource, bronhouder`, [
        traceId,
      ]);
    };
    // C: RN advised and SVG supervises, both for OM; the officier's read is each owner's.
    expect(await ownersOf(OM, 'C')).toEqual([
      { resource: 'Justitiabele', policy: verwerkingsactiviteit('reclassering', O), bronhouder: 'reclassering:RN' },
      { resource: 'Justitiabele', policy: verwerkingsactiviteit('reclassering', O), bronhouder: 'reclassering:SVG' },
      { resource: 'Justitiabele.id', policy: verwerkingsactiviteit('reclassering', O), bronhouder: 'reclassering:RN' },
      { resource: 'Justitiabele.id', policy: verwerkingsactiviteit('reclassering', O), bronhouder: 'reclassering:SVG' },
    ]);
    // Only SVG's toezicht names Utrecht; only RN made F's risicotaxatie.
    expect((await ownersOf(UTRECHT, 'C')).map((row) => [row.policy, row.bronhouder])).toEqual([
      [verwerkingsactiviteit('reclassering', P), 'reclassering:SVG'],
      [verwerkingsactiviteit('reclassering', P), 'reclassering:SVG'],
    ]);
    expect((await ownersOf(DJI_VUGHT, 'F')).map((row) => [row.policy, row.bronhouder])).toEqual([
      [verwerkingsactiviteit('reclassering', R), 'reclassering:RN'],
      [verwerkingsactiviteit('reclassering', R), 'reclassering:RN'],
    ]);
    // A refusal of the person as such is the asking organisation's: its privacy officer answers for it.
    expect(await ownersOf(SVG_TOEZICHT, 'A')).toEqual([
      { resource: 'Justitiabele', policy: 'no-legal-ground', bronhouder: 'reclassering:SVG' },
    ]);
  });

  it('records the own organisation without a foreign processor', async () => {
    const { traceId } = await world.reclassering.askTraced(
      PERSON_QUERY,
      {
        representations: [{ __typename: 'Justitiabele', id: PERSONS.A.id }],
      },
      RN_TOEZICHT,
    );
    const records = await processingOf(world, traceId);
    expect(records).toEqual([
      {
        processing_activity_id: verwerkingsactiviteit('reclassering', E),
        data_subject_id: subjectOf(world, 'A'),
        foreign_operation_processor: null,
      },
    ]);
  });

  it('is searchable by the privacy officer of the reclassering only', async () => {
    const VERWERKINGEN = `query ($filter: VerwerkingFilter!) { reclasseringVerwerkingen(filter: $filter, first: 50) { edges { node { betrokkene verwerkingsactiviteit } } } }`;
    const filter = { betrokkene: { soort: 'SKN', nummer: PERSONS.A.id } };
    const { response } = await world.reclassering.askTraced(VERWERKINGEN, { filter }, RN_PRIVACY_OFFICER);
    const edges = (response.data?.['reclasseringVerwerkingen'] as { edges: { node: { betrokkene: string } }[] }).edges;
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((edge) => edge.node.betrokkene === subjectOf(world, 'A'))).toBe(true);
    const other = await world.reclassering.askTraced(VERWERKINGEN, { filter }, DJI_PRIVACY_OFFICER);
    expect(other.response.errors?.[0]?.extensions?.['code']).toBe('ACCESS_DENIED');
  });
});
