import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { schemaFilesFromCode } from '@ketengraaf/schema';
import { parties } from '@ketengraaf/parties';
import { buildASTSchema, getNamedType, isObjectType, parse, print } from 'graphql';
import type { GraphQLField, GraphQLObjectType } from 'graphql';

describe('the committed schema', () => {
  it('is what the code prints and composes (run `npm run schema` when this fails)', async () => {
    const files = await schemaFilesFromCode();
    expect([...files.keys()].sort()).toEqual(
      [...parties.map((party) => `${party}.graphql`), 'supergraph.graphql'].sort(),
    );
    for (const [name, content] of files) {
      expect(await readFile(join(__dirname, '..', 'schema', name), 'utf8')).toBe(content);
    }
  });

  it('lets DJI resolve Justitiabele by both keys and the gemeente by bsn only', async () => {
    const files = await schemaFilesFromCode();
    expect(files.get('supergraph.graphql')).toContain('@join__type(graph: DJI, key: "id")');
    expect(files.get('supergraph.graphql')).toContain('@join__type(graph: DJI, key: "bsn")');
    expect(files.get('supergraph.graphql')).toContain('@join__type(graph: GEMEENTE, key: "bsn")');
    expect(files.get('supergraph.graphql')).not.toContain('@join__type(graph: GEMEENTE, key: "id")');
  });
});

describe('the supergraph documents who may change what', () => {
  it('declares on every mutation who may make it and on which legal ground', async () => {
    const supergraph = buildASTSchema(parse((await schemaFilesFromCode()).get('supergraph.graphql') ?? ''));
    const mutations = Object.values(supergraph.getMutationType()?.getFields() ?? {});
    const undeclared = mutations
      .filter((field) => !field.astNode?.directives?.some((directive) => directive.name.value === 'wijziging'))
      .map((field) => field.name);
    expect(mutations.length).toBeGreaterThan(25);
    expect(undeclared).toEqual([]);
  });
});

describe('the supergraph documents who may read what', () => {
  it('declares legal grounds on every field of a person’s data, and reaches other personal data only through them', async () => {
    const supergraph = buildASTSchema(parse((await schemaFilesFromCode()).get('supergraph.graphql') ?? ''));
    const objectTypes = Object.values(supergraph.getTypeMap()).filter(
      (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
    );
    const grounded = (field: GraphQLField<unknown, unknown>) =>
      field.astNode?.directives?.some((directive) => directive.name.value === 'doelbinding') ?? false;
    // A person's types: those whose fields declare grounds. Every one of their fields must. The root
    // query's grounded fields are the chain's figures, about no one person, on a ground of the caller alone.
    const personTypes = objectTypes.filter(
      (type) => type !== supergraph.getQueryType() && Object.values(type.getFields()).some(grounded),
    );
    const figures = Object.values(supergraph.getQueryType()?.getFields() ?? {})
      .filter(grounded)
      .map((field) => {
        const doelbinding = field.astNode?.directives?.find((directive) => directive.name.value === 'doelbinding');
        return `${field.name} ${doelbinding ? print(doelbinding) : ''}`;
      });
    expect(figures.sort()).toEqual([
      'bijKetencijfers @doelbinding(gronden: ["KETENMONITORING"])',
      'detentieKetencijfers @doelbinding(gronden: ["KETENMONITORING"])',
      // Each party's processing log counted, for a DPIA or the Inspectie (Inzage).
      'djiVerwerkingscijfers @doelbinding(gronden: ["KETENMONITORING"])',
      'gemeenteVerwerkingscijfers @doelbinding(gronden: ["KETENMONITORING"])',
      'nazorgKetencijfers @doelbinding(gronden: ["KETENMONITORING"])',
      'omBurgemeesterVerwerkingscijfers @doelbinding(gronden: ["KETENMONITORING"])',
      'reclasseringVerwerkingscijfers @doelbinding(gronden: ["KETENMONITORING"])',
    ]);
    const personFields = personTypes.flatMap((type) =>
      Object.values(type.getFields()).map((field) => ({ type, field })),
    );
    const undeclared = personFields
      .filter(({ field }) => !grounded(field))
      .map(({ type, field }) => `${type.name}.${field.name}`);
    expect(personTypes.map((type) => type.name).sort()).toEqual(
      [
        ...['DrPlan', 'Justitiabele', 'Mdo', 'Screening', 'Verblijf', 'Verblijfsperiode', 'WerkvoorraadItem'],
        ...['Nazorgdossier'],
        ...['Advies', 'BijzondereVoorwaarde', 'Naleving', 'Overtredingsmelding', 'Risicotaxatie', 'Toezicht'],
        ...['Adviesopdracht', 'Screeningmelding'],
        ...['Strafzaak', 'ViBeslissing', 'OpdrachtTotAdvies', 'Verstrekking', 'Reclasseringsmelding'],
        ...['ZaakWerkvoorraadItem'],
        ...['BijMelding', 'Zienswijze', 'Omgevingsanalyse'],
      ].sort(),
    );
    expect(undeclared).toEqual([]);
    expect(personFields.length).toBeGreaterThan(60);
    // Value objects inside a person's data (personalia, afspraken, contacts, status per
    // basisvoorwaarde) are reached only through a declared field.
    const personTypeNames = new Set(personTypes.map((type) => type.name));
    // DJI's list of inrichtingen is reference data, no one's personal data.
    const referenceData = new Set(['Inrichting']);
    const valueTypes = new Set(
      personFields
        .map(({ field }) => getNamedType(field.type))
        .filter((type) => isObjectType(type) && !personTypeNames.has(type.name) && !referenceData.has(type.name))
        .map((type) => type.name),
    );
    const otherPaths = objectTypes
      .filter((type) => !personTypeNames.has(type.name))
      .flatMap((type) => Object.values(type.getFields()).map((field) => ({ type, field })))
      .filter(({ field }) => valueTypes.has(getNamedType(field.type).name))
      .filter(({ type }) => !valueTypes.has(type.name))
      .map(({ type, field }) => `${type.name}.${field.name}`);
    expect(otherPaths).toEqual([]);
  });
});
