import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

import { FEDERATION_LINK } from '../graphql/build-federated-schema';
import type { AccessPolicy } from '../policy/access-policy';
import { subjectOf } from '../policy/access-policy';
import { DOELBINDING_SDL } from '../policy/doelbinding';
import { groundsPerType, guardSchema } from '../policy/guard-schema';

const policy: AccessPolicy<unknown> = {
  party: 'test',
  subjects: { Persoon: subjectOf<{ bsn: string }>((persoon) => ({ soort: 'BSN', nummer: persoon.bsn })) },
  grounds: { EIGEN_TAAK: () => true },
};

function schemaOf(types: string) {
  return buildSubgraphSchema([{ typeDefs: parse(`${FEDERATION_LINK}\n${DOELBINDING_SDL}\n${types}`) }]);
}

describe('the schema guard refuses a schema whose declarations do not hold', () => {
  it('accepts a schema where every field of a person declares its grounds and may be null', () => {
    const schema = schemaOf(`
      type Query { persoon: Persoon }
      type Persoon { bsn: String @doelbinding(gronden: ["EIGEN_TAAK"]) naam: String @doelbinding(gronden: ["EIGEN_TAAK", "WGS"]) }
    `);
    expect(() => guardSchema(schema, policy)).not.toThrow();
    expect(groundsPerType(schema).get('Persoon')).toEqual(['EIGEN_TAAK', 'WGS']);
  });

  it.each([
    [
      'a field of a person without grounds',
      'type Persoon { bsn: String @doelbinding(gronden: ["EIGEN_TAAK"]) naam: String }',
      'Persoon.naam is data about a person but declares no @doelbinding.',
    ],
    [
      'a guarded field that cannot be null',
      'type Persoon { bsn: String! @doelbinding(gronden: ["EIGEN_TAAK"]) }',
      'Persoon.bsn is guarded by doelbinding, so it must be nullable',
    ],
    [
      'an unknown ground',
      'type Persoon { bsn: String @doelbinding(gronden: ["BUURMAN"]) }',
      'unknown legal ground: BUURMAN',
    ],
    [
      'grounds on a type the policy cannot place',
      'type Persoon { bsn: String @doelbinding(gronden: ["EIGEN_TAAK"]) } type Ander { x: String @doelbinding(gronden: ["EIGEN_TAAK"]) } extend type Query { ander: Ander }',
      'the policy cannot tell whose data Ander is',
    ],
    [
      'a mutation that does not declare who may make it',
      'type Persoon { bsn: String @doelbinding(gronden: ["EIGEN_TAAK"]) } type Mutation { wijzig: Boolean }',
      'Mutation.wijzig changes data but declares no @wijziging',
    ],
    [
      'a change on an unknown ground',
      'type Persoon { bsn: String @doelbinding(gronden: ["EIGEN_TAAK"]) } type Mutation { wijzig: Boolean @wijziging(door: ["dji:casemanager"], gronden: ["BUURMAN"]) }',
      'unknown legal ground: BUURMAN',
    ],
    [
      'a root field to a person that cannot be null',
      'type Persoon { bsn: String @doelbinding(gronden: ["EIGEN_TAAK"]) } extend type Query { verplicht: Persoon! }',
      'Query.verplicht is guarded by doelbinding, so it must be nullable',
    ],
  ])('refuses %s', (_case, types, message) => {
    const schema = schemaOf(`type Query { persoon: Persoon }\n${types}`);
    expect(() => guardSchema(schema, policy)).toThrow(message);
  });
});
