import type { TokenClaims } from '@ketengraaf/subgraph-kit';
import { expectAllowed, expectDenied, valueAt } from '@ketengraaf/subgraph-kit/testing';

import { startTestStack } from './test-stack';
import type { TestStack } from './test-stack';

/**
 * Where the reclassering recorded a person held (`Toezicht.inrichting`, `Advies.inrichting`) is
 * its own task, or OM's opdracht for an advies: a gemeente that reads the toezicht under art. 18a
 * as its ketenpartner never reads it, on the root query, through `_entities` or through the gateway.
 */
let federation: TestStack;
let toezicht: { id: string; justitiabeleId: string; gemeente: string };

beforeAll(async () => {
  federation = await startTestStack('inr');
  const [found] = await federation.rows<{ id: string; justitiabeleId: string; gemeente: string }>(
    'reclassering',
    `SELECT id, justitiabele_id AS "justitiabeleId", substring(partner from 10) AS gemeente
       FROM toezicht, unnest(ketenpartners) AS partner
      WHERE status = 'LOPEND' AND partner LIKE 'gemeente:%'
      ORDER BY id LIMIT 1`,
  );
  if (!found) throw new Error('No lopend toezicht with a gemeente as ketenpartner in the demo data');
  toezicht = found;
});

afterAll(() => federation.stop());

const ketenpartner = (): TokenClaims => ({
  org: `gemeente:${toezicht.gemeente}`,
  role: 'nazorgcoordinator',
  sub: 'nc-1',
});

describe('the inrichting the reclassering recorded', () => {
  it('is refused to the ketenpartner gemeente on the root query, while the toezicht itself opens', async () => {
    const response = await federation.ask(
      federation.stack.subgraphUrls.reclassering,
      ketenpartner(),
      `query ($id: ID!) { toezicht(id: $id) { status inrichting } }`,
      { id: toezicht.id },
    );
    expect(expectAllowed(response, ['toezicht', 'status'])).toBe('LOPEND');
    expectDenied(response, ['toezicht', 'inrichting'], ['EIGEN_TAAK']);
  });

  it('is refused to it through _entities, on the toezicht and on every advies', async () => {
    const response = await federation.ask(
      federation.stack.subgraphUrls.reclassering,
      ketenpartner(),
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Justitiabele { toezichten { id inrichting } adviezen { inrichting } } } }`,
      { r: [{ __typename: 'Justitiabele', id: toezicht.justitiabeleId }] },
    );
    const toezichten = valueAt(response, ['_entities', 0, 'toezichten']) as { id: string }[];
    const index = toezichten.findIndex((candidate) => candidate.id === toezicht.id);
    expect(index).toBeGreaterThanOrEqual(0);
    expectDenied(response, ['_entities', 0, 'toezichten', index, 'inrichting'], ['EIGEN_TAAK']);
    // The adviezen are the reclassering's own task: not under art. 18a at all.
    expectDenied(response, ['_entities', 0, 'adviezen'], ['EIGEN_TAAK', 'OPDRACHT_OM']);
  });

  it('is refused to it through the gateway, nested under the person', async () => {
    const response = await federation.ask(
      federation.stack.gatewayUrl,
      ketenpartner(),
      `query ($id: ID!) { toezicht(id: $id) { status inrichting justitiabele { toezichten { inrichting } } } }`,
      { id: toezicht.id },
    );
    expect(expectAllowed(response, ['toezicht', 'status'])).toBe('LOPEND');
    expectDenied(response, ['toezicht', 'inrichting'], ['EIGEN_TAAK']);
    const toezichten = valueAt(response, ['toezicht', 'justitiabele', 'toezichten']) as unknown[];
    expect(toezichten.length).toBeGreaterThanOrEqual(1);
    toezichten.forEach((_toezicht, index) =>
      expectDenied(response, ['toezicht', 'justitiabele', 'toezichten', index, 'inrichting'], ['EIGEN_TAAK']),
    );
    expect(JSON.stringify(response.data)).not.toMatch(/dji:/);
  });
});
