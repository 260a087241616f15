import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphQLEnumType, GraphQLInputObjectType, GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { enumValueName, linkProperties, modelEnums, propertyEnumName, storedValue } from '../../server/domain/derive-graphql.ts';
import { kindNames, kindSpec, filterableProperties, relationshipSpec, relationshipTypes } from '../../server/domain/derive.ts';
import { GENERATED_FILES } from '../../server/domain/generated-files.ts';
import { COMMON_PROPERTIES, ENUMS, KINDS, type PropertySpec } from '../../server/domain/model.ts';
import { buildSchema } from '../../server/schema.ts';

// Structural checks only (no instanceof helpers of graphql): the test runner may load the
// graphql package twice, and the schema's classes would fail the other copy's checks.
const schema = buildSchema();
const enumType = (name: string) => {
  const type = schema.getType(name);
  expect(type?.constructor.name, `${name} is an enum`).toBe('GraphQLEnumType');
  return type as GraphQLEnumType;
};
const fieldType = (type: string, field: string) => {
  let t: { name?: string; ofType?: unknown } = (schema.getType(type) as GraphQLObjectType | GraphQLInputObjectType).getFields()[field]!.type;
  while (t.ofType) t = t.ofType as typeof t;
  return t.name;
};

/** Every property of the model that has a list of values, with the enum it names. */
const valued = (): { where: string; values: readonly string[]; enumName: string }[] => {
  const rows: { where: string; values: readonly string[]; enumName: string }[] = [];
  const add = (owner: string, properties: Readonly<Record<string, PropertySpec>>) => {
    for (const [name, spec] of Object.entries(properties)) {
      const enumName = propertyEnumName(owner, name, spec);
      if (enumName) rows.push({ where: `${owner}.${name}`, values: spec.values!, enumName });
    }
  };
  add('Entity', COMMON_PROPERTIES);
  for (const kind of kindNames) add(kind, kindSpec(kind).properties);
  for (const type of relationshipTypes) add(type, relationshipSpec(type).properties);
  return rows;
};

describe('enum names of stored values', () => {
  it('are the values in upper snake case', () => {
    expect(enumValueName('international-organisation')).toBe('INTERNATIONAL_ORGANISATION');
    expect(enumValueName('reported')).toBe('REPORTED');
    expect(enumValueName('SHARED_ACTORS')).toBe('SHARED_ACTORS');
    expect(enumValueName('camelCase value')).toBe('CAMEL_CASE_VALUE');
    expect(storedValue(['task-force', 'team'], 'TASK_FORCE')).toBe('task-force');
    expect(storedValue(['team'], 'TASK_FORCE')).toBeUndefined();
  });
});

describe('the built schema\'s enums equal the model\'s lists', () => {
  it('has every enum of ENUMS and of the properties\' lists, names in model order, internal values the stored values', () => {
    const expected = new Map<string, readonly string[]>(Object.entries(ENUMS).map(([name, spec]) => [name, spec.values]));
    for (const { enumName, values } of valued()) if (!expected.has(enumName)) expected.set(enumName, values);
    expect(modelEnums().map((e) => e.name)).toEqual([...expected.keys()]);
    for (const [name, values] of expected) {
      const type = enumType(name);
      expect(type.getValues().map((v) => v.name), name).toEqual(values.map(enumValueName));
      expect(type.getValues().map((v) => v.value), name).toEqual([...values]);
      for (const value of values) {
        expect(type.serialize(value)).toBe(enumValueName(value));
        expect(type.parseValue(enumValueName(value))).toBe(value);
      }
      expect(() => type.serialize(`not-a-${name}`)).toThrow();
    }
  });

  it('gives the enums the model\'s descriptions', () => {
    for (const [name, spec] of Object.entries(ENUMS)) {
      const type = enumType(name);
      expect(type.description).toBe(spec.description);
      const described: Readonly<Record<string, string>> = 'valueDescriptions' in spec ? spec.valueDescriptions : {};
      for (const value of spec.values) expect(type.getValue(enumValueName(value))!.description ?? undefined).toBe(described[value]);
    }
    expect(enumType('OperationType').description).toBe(`Operation.opType: ${KINDS.Operation.properties.opType.description}`);
  });

  it('gives one list under one name only: a property naming an enum of ENUMS has its values', () => {
    const byName = new Map<string, readonly string[]>();
    for (const { where, enumName, values } of valued()) {
      const known = byName.get(enumName) ?? (ENUMS as Record<string, { values: readonly string[] }>)[enumName]?.values;
      if (known) expect(values, where).toEqual(known);
      byName.set(enumName, values);
    }
  });

  it('types every property with values, and its list filter, by its enum', () => {
    for (const kind of kindNames) {
      for (const [name, spec] of Object.entries(kindSpec(kind).properties as Record<string, PropertySpec>)) {
        const enumName = propertyEnumName(kind, name, spec);
        expect(fieldType(kind, name), `${kind}.${name}`).toBe(enumName ?? fieldType(kind, name));
        if (enumName && filterableProperties(kind).includes(name)) expect(fieldType(`${kind}Filter`, name), `${kind}Filter.${name}`).toBe(enumName);
      }
      expect(fieldType(kind, 'marking')).toBe('Marking');
    }
    expect(fieldType('OperationFilter', 'opType')).toBe('OperationType');
    expect(fieldType('Evidence', 'modality')).toBe('Modality');
    expect(fieldType('Me', 'role')).toBe('Role');
  });

  it('declares no value list by hand in an SDL file', () => {
    const modules = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/modules');
    const generated = new Set(GENERATED_FILES().map((f) => f.path));
    const handWritten = fs.readdirSync(modules, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.graphql'))
      .map((e) => path.join(e.parentPath, e.name))
      .filter((file) => !generated.has(file));
    expect(handWritten.length).toBeGreaterThan(5);
    for (const file of handWritten) {
      const sdl = fs.readFileSync(file, 'utf8');
      for (const { name } of modelEnums()) expect(sdl, `${file} declares ${name}`).not.toMatch(new RegExp(`enum\\s+${name}\\b`));
    }
  });
});

describe('link properties come from the relationship types\' properties', () => {
  const union = () => {
    const names = new Set<string>();
    for (const type of relationshipTypes) {
      for (const [name, spec] of Object.entries(relationshipSpec(type).properties as Record<string, PropertySpec>)) if (!spec.references && !spec.derivedBy) names.add(name);
    }
    return [...names];
  };

  it('are the union of them, references to entities and what the ingest derives left out', () => {
    expect(linkProperties().map((p) => p.name)).toEqual(union());
    expect(union()).toEqual(expect.arrayContaining(['order', 'share', 'year', 'linkKind', 'role']));
    expect(union()).not.toContain('figureId');
    expect(relationshipSpec('MENTIONED_IN').properties).toHaveProperty('mentionStarts');
    for (const name of ['mentionStarts', 'mentionEnds', 'mentionSentences']) expect(union()).not.toContain(name);
  });

  it('are fields of Link, GraphEdge and LinkInput, and the LINKED_TO ones of CrimeLink, with the same types', () => {
    for (const type of ['Link', 'GraphEdge', 'LinkInput']) {
      const fields = (schema.getType(type) as GraphQLObjectType | GraphQLInputObjectType).getFields();
      for (const p of linkProperties()) {
        expect(fields[p.name]?.type.toString(), `${type}.${p.name}`).toBe(p.graphqlType);
        expect(fields[p.name]!.description).toContain(p.descriptions[0]!.description);
      }
    }
    const crimeLink = (schema.getType('CrimeLink') as GraphQLObjectType).getFields();
    for (const p of linkProperties(['LINKED_TO'])) expect(crimeLink[p.name]?.type.toString()).toBe(p.graphqlType);
    expect((schema.getType('Link') as GraphQLObjectType).getFields().linkKind!.type.toString()).toBe('CrimeLinkKind');
    // A document's mention offsets are read with the document (documentMentions), never on every link or given in one.
    for (const type of ['Link', 'GraphEdge', 'LinkInput']) {
      const fields = (schema.getType(type) as GraphQLObjectType | GraphQLInputObjectType).getFields();
      for (const name of ['mentionStarts', 'mentionEnds', 'mentionSentences']) expect(fields[name], `${type}.${name}`).toBeUndefined();
    }
  });

  it('describe a property every type shares once, and one differing per type', () => {
    const role = (schema.getType('Link') as GraphQLObjectType).getFields().role!.description!;
    expect(role).toContain(`INVOLVED: ${relationshipSpec('INVOLVED').properties.role!.description}`);
    expect(role).toContain(`MEASURES: ${relationshipSpec('MEASURES').properties.role!.description}`);
    expect((schema.getType('Link') as GraphQLObjectType).getFields().order!.description).toMatch(/On DEPARTS_FROM, PASSES_THROUGH, ARRIVES_IN links\.$/);
  });
});
