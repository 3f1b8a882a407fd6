import { deniedFieldsError } from '@ketengraaf/subgraph-kit/service';
import { parse } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';

import { withoutPlanHopRefusals } from '../plan-hop-errors';

const refusal = (resource: string, path: (string | number)[]): GraphQLFormattedError => ({
  message: `Access to ${resource} denied`,
  path,
  extensions: { code: 'ACCESS_DENIED', resource },
});

const document = parse(
  `{ werkvoorraad { edges { node { justitiabele { id signalen { soort } strafzaken { id } } } } } }`,
);
const at = (...fields: string[]) => ['werkvoorraad', 'edges', 0, 'node', 'justitiabele', ...fields];
const data = {
  werkvoorraad: { edges: [{ node: { justitiabele: { id: '1000000001', signalen: [], strafzaken: null } } }] },
};
const fromOm = (velden: Parameters<typeof deniedFieldsError>[2]): GraphQLFormattedError => {
  const error = deniedFieldsError(at(), 'Justitiabele', velden);
  return { ...error, extensions: { ...error.extensions, serviceName: 'om-burgemeester' } };
};

describe("the gateway's answer without its hops' refusals", () => {
  it('leaves out a refused part the client did not ask for', () => {
    expect(
      withoutPlanHopRefusals([refusal('Justitiabele.bijSignalen', at('bijSignalen'))], data, document, {}),
    ).toEqual([]);
  });

  it('leaves out a refusal of a field another party answered', () => {
    expect(withoutPlanHopRefusals([refusal('Justitiabele.id', at('id'))], data, document, {})).toEqual([]);
  });

  it('keeps a refusal of an asked field without an answer, of an object, and any other error', () => {
    const unanswered = { werkvoorraad: { edges: [{ node: { justitiabele: { id: null, signalen: [] } } }] } };
    const kept = [
      refusal('Justitiabele.id', at('id')),
      refusal('Justitiabele', at()),
      { message: 'Internal server error', path: at('bijSignalen'), extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      { message: 'Access denied', extensions: { code: 'ACCESS_DENIED' } },
    ];
    expect(withoutPlanHopRefusals(kept, unanswered, document, {})).toEqual(kept);
  });

  it("leaves out an object's refusal that lists only fields the client did not ask for or got from another party", () => {
    const hops = fromOm([
      { veld: 'id', gronden: ['EIGEN_TAAK'] },
      { veld: 'zaakSignalen', gronden: ['ART_11A_BJSG'] },
    ]);
    expect(withoutPlanHopRefusals([hops], data, document, {})).toEqual([]);
  });

  it("keeps an object's refusal of asked fields whole, and narrows one that lists hops as well to the asked ones", () => {
    const asked = fromOm([{ veld: 'strafzaken', gronden: ['AANWIJZING_WJSG'] }]);
    expect(withoutPlanHopRefusals([asked], data, document, {})).toEqual([asked]);

    const mixed = fromOm([
      { veld: 'strafzaken', gronden: ['AANWIJZING_WJSG'] },
      { veld: 'zaakSignalen', gronden: ['ART_11A_BJSG'] },
    ]);
    expect(withoutPlanHopRefusals([mixed], data, document, {})).toEqual([
      { ...asked, message: expect.not.stringContaining('zaakSignalen') as unknown },
    ]);
    expect(withoutPlanHopRefusals([mixed], data, document, {})[0]?.message).toBe(asked.message);
  });
});

describe('what the client asked, as it asked it', () => {
  const skipped = fromOm([{ veld: 'strafzaken', gronden: ['AANWIJZING_WJSG'] }]);
  const unasked = { werkvoorraad: { edges: [{ node: { justitiabele: { id: '1000000001', signalen: [] } } }] } };
  const askedIf = (directive: string) =>
    parse(
      `query ($on: Boolean!) { werkvoorraad { edges { node { justitiabele { id signalen { soort } strafzaken ${directive} { id } } } } } }`,
    );

  it.each([
    ['@skip(if: true)', {}],
    ['@include(if: false)', {}],
    ['@include(if: $on)', { on: false }],
    ['@skip(if: $on)', { on: true }],
  ])('leaves out the refusal of a field the client left out with %s', (directive, variables) => {
    expect(withoutPlanHopRefusals([skipped], unasked, askedIf(directive), variables)).toEqual([]);
  });

  it.each([
    ['@skip(if: false)', {}],
    ['@include(if: $on)', { on: true }],
  ])('keeps the refusal of a field the client kept with %s', (directive, variables) => {
    expect(withoutPlanHopRefusals([skipped], data, askedIf(directive), variables)).toEqual([skipped]);
  });

  it('leaves out a part the client skipped in a fragment, and keeps it where another selection asks it', () => {
    const spread = (directive: string) =>
      parse(
        `{ werkvoorraad { edges { node { justitiabele { id signalen { soort } ...Zaken ${directive} } } } } } fragment Zaken on Justitiabele { strafzaken { id } }`,
      );
    expect(withoutPlanHopRefusals([skipped], unasked, spread('@skip(if: true)'), {})).toEqual([]);
    expect(withoutPlanHopRefusals([skipped], data, spread(''), {})).toEqual([skipped]);
    const twice = parse(
      `{ werkvoorraad { edges { node { justitiabele { id strafzaken @skip(if: true) { id } ... on Justitiabele { strafzaken { id } } } } } } }`,
    );
    expect(withoutPlanHopRefusals([skipped], data, twice, {})).toEqual([skipped]);
  });
});
