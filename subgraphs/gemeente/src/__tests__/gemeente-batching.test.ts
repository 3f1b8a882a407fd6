import type { GraphQLResponse } from '@ketengraaf/subgraph-kit/testing';

import { isSelect, LOG_WRITES, openDossier, ROTTERDAM, startGemeente, statementsDuring } from './gemeente-fixtures';
import type { GemeenteSubgraph } from './gemeente-fixtures';

let gemeente: GemeenteSubgraph;

beforeAll(async () => {
  gemeente = await startGemeente('gemeente_batching', ROTTERDAM);
  // Rotterdam's nazorgcoördinator keeps a dossier on each of these people, and on nobody else.
  for (const bsn of ['111222333', '111222345', '111222357']) {
    await openDossier(gemeente, { gemeentecode: '0599', bsn, herkomstgemeente: null });
  }
});

afterAll(() => gemeente.stop());

describe('the Justitiabele entity, keyed by bsn', () => {
  const ENTITIES = /* GraphQL */ `
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Justitiabele {
          bsn
          nazorgdossiers {
            gemeentecode
            rol
            status
          }
        }
      }
    }
  `;

  it('resolves several BSNs with their dossiers in exactly one SQL SELECT', async () => {
    const representations = ['111222333', '111222345', '111222412', '123456789'].map((bsn) => ({
      __typename: 'Justitiabele',
      bsn,
    }));
    let response: GraphQLResponse<{ _entities: unknown[] }> = {};
    const statements = await statementsDuring(gemeente, async () => {
      response = await gemeente.ask(ENTITIES, { representations }, ROTTERDAM);
    });
    expect(response.data?._entities).toEqual([
      { bsn: '111222333', nazorgdossiers: [{ gemeentecode: '0599', rol: 'ONTVANGENDE_GEMEENTE', status: 'OPEN' }] },
      { bsn: '111222345', nazorgdossiers: [{ gemeentecode: '0599', rol: 'ONTVANGENDE_GEMEENTE', status: 'OPEN' }] },
      // No dossier of Rotterdam's on this person, so no legal ground to say anything of them.
      null,
      // Not a BSN at all: refused the same way, so no answer tells a held person from another.
      null,
    ]);
    expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
      [['_entities', 2], 'ACCESS_DENIED'],
      [['_entities', 3], 'ACCESS_DENIED'],
    ]);
    // The dossiers of all the BSNs (for the access checks and the answer alike) in one read ...
    const selects = statements.filter(isSelect);
    expect(selects).toHaveLength(1);
    expect(selects[0]).toContain('"nazorgdossier"');
    // ... and, apart from it, the processing log's writes of this request.
    const writes = statements.filter((sql) => !isSelect(sql));
    expect(writes.map((sql) => LOG_WRITES.find((write) => sql.trimStart().startsWith(write)) ?? sql)).toEqual(
      LOG_WRITES,
    );
  });

  it('loads the basisvoorwaarden of all those dossiers in one more statement', async () => {
    const representations = ['111222333', '111222345', '111222357'].map((bsn) => ({ __typename: 'Justitiabele', bsn }));
    let response: GraphQLResponse<{ _entities: { nazorgdossiers: unknown[] }[] }> = {};
    const statements = await statementsDuring(gemeente, async () => {
      response = await gemeente.ask(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Justitiabele { nazorgdossiers { basisvoorwaarden { zorg { zorgverzekering } } } } } }`,
        { representations },
        ROTTERDAM,
      );
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities.map((entity) => entity.nazorgdossiers)).toEqual([
      [{ basisvoorwaarden: { zorg: { zorgverzekering: false } } }],
      [{ basisvoorwaarden: { zorg: { zorgverzekering: false } } }],
      [{ basisvoorwaarden: { zorg: { zorgverzekering: false } } }],
    ]);
    const selects = statements.filter(isSelect);
    expect(selects).toHaveLength(2);
    expect(selects[1]).toContain('"basisvoorwaarden_status"');
    // Its fields decided before: the log's rows in their one statement, nothing looked up.
    expect(statements.filter((sql) => !isSelect(sql)).map((sql) => sql.trimStart().slice(0, 13))).toEqual(
      LOG_WRITES.slice(-1),
    );
  });

  it("declares the bsn key only: the chain id is DJI's", async () => {
    const response = await gemeente.ask<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const sdl = response.data?._service.sdl ?? '';
    expect(sdl).toMatch(/type Justitiabele\s+@key\(fields: "bsn"\)\s*\{/);
    expect(sdl).not.toContain('@key(fields: "id")');
  });
});
