import { parse } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';

import { withoutPlanHopRefusals } from '../plan-hop-errors';

const refusal = (resource: string, path: (string | number)[]): GraphQLFormattedError => ({
  message: `Access to ${resource} denied`,
  path,
  extensions: { code: 'ACCESS_DENIED', resource },
});

const document = parse(`{ werkvoorraad { edges { node { justitiabele { id signalen { soort } } } } } }`);
const at = (...fields: string[]) => ['werkvoorraad', 'edges', 0, 'node', 'justitiabele', ...fields];
const data = { werkvoorraad: { edges: [{ node: { justitiabele: { id: '1000000001', signalen: [] } } }] } };

describe("the gateway's answer without its hops' refusals", () => {
  it('leaves out a refused part the client did not ask for', () => {
    expect(withoutPlanHopRefusals([refusal('Justitiabele.bijSignalen', at('bijSignalen'))], data, document)).toEqual(
      [],
    );
  });

  it('leaves out a refusal of a field another party answered', () => {
    expect(withoutPlanHopRefusals([refusal('Justitiabele.id', at('id'))], data, document)).toEqual([]);
  });

  it('keeps a refusal of an asked field without an answer, of an object, and any other error', () => {
    const unanswered = { werkvoorraad: { edges: [{ node: { justitiabele: { id: null, signalen: [] } } }] } };
    const kept = [
      refusal('Justitiabele.id', at('id')),
      refusal('Justitiabele', at()),
      { message: 'Internal server error', path: at('bijSignalen'), extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      { message: 'Access denied', extensions: { code: 'ACCESS_DENIED' } },
    ];
    expect(withoutPlanHopRefusals(kept, unanswered, document)).toEqual(kept);
  });
});
