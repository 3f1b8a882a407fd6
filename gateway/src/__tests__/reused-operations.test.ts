import { buildSchema, operationFromDocument } from '@apollo/federation-internals';
import { Kind, parse } from 'graphql';
import type { DocumentNode } from 'graphql';

import { reuseShapingOperations } from '../reused-operations';

const schema = buildSchema('type Query { persoon(id: ID!): Persoon } type Persoon { id: ID! naam: String }');

/** The document `executeQueryPlan` hands over for result shaping: the operation node, then the fragments' nodes. */
const shapingDocument = (document: DocumentNode): DocumentNode => ({
  kind: Kind.DOCUMENT,
  definitions: [...document.definitions],
});

describe('operations reused for result shaping', () => {
  beforeAll(() => {
    reuseShapingOperations();
  });

  const question = parse('query ($id: ID!) { persoon(id: $id) { ...velden } } fragment velden on Persoon { id naam }');

  it("gives Apollo Gateway's result shaping the operation built before for the same nodes", () => {
    const first = operationFromDocument(schema, shapingDocument(question), { validate: false });
    expect(operationFromDocument(schema, shapingDocument(question), { validate: false })).toBe(first);
    expect(first.toString()).toContain('persoon(id: $id)');
  });

  it('builds anew for another document, another schema, or a build that validates', () => {
    const first = operationFromDocument(schema, shapingDocument(question), { validate: false });
    const sameText = parse(
      'query ($id: ID!) { persoon(id: $id) { ...velden } } fragment velden on Persoon { id naam }',
    );
    expect(operationFromDocument(schema, shapingDocument(sameText), { validate: false })).not.toBe(first);
    const otherSchema = buildSchema('type Query { persoon(id: ID!): Persoon } type Persoon { id: ID! naam: String }');
    expect(operationFromDocument(otherSchema, shapingDocument(question), { validate: false })).not.toBe(first);
    expect(operationFromDocument(schema, shapingDocument(question))).not.toBe(first);
  });

  it('builds anew when the fragments differ from those it was built with', () => {
    const first = operationFromDocument(schema, shapingDocument(question), { validate: false });
    const [operation] = question.definitions;
    const otherFragment = parse('fragment velden on Persoon { id }').definitions;
    const mixed: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [operation, ...otherFragment] as DocumentNode['definitions'],
    };
    const rebuilt = operationFromDocument(schema, mixed, { validate: false });
    expect(rebuilt).not.toBe(first);
    expect(rebuilt.toString()).not.toContain('naam');
  });
});
