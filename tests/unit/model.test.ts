import { describe, expect, it } from 'vitest';
import { cytoscapeStyle, kindNames, kindSpec, relationshipFields, relationshipSpec, relationshipTypes, schemaStatements } from '../../server/domain/derive.ts';
import { COMMON_PROPERTIES, KINDS } from '../../server/domain/model.ts';
import { buildSchema } from '../../server/schema.ts';

const CYTOSCAPE_SHAPES = new Set(['ellipse', 'triangle', 'round-triangle', 'rectangle', 'round-rectangle', 'bottom-round-rectangle', 'cut-rectangle', 'barrel', 'rhomboid', 'right-rhomboid', 'diamond', 'round-diamond', 'pentagon', 'round-pentagon', 'hexagon', 'round-hexagon', 'concave-hexagon', 'heptagon', 'round-heptagon', 'octagon', 'round-octagon', 'star', 'tag', 'round-tag', 'vee']);

describe('the domain model', () => {
  it('connects only kinds it declares', () => {
    for (const type of relationshipTypes) {
      for (const kind of [...relationshipSpec(type).from, ...relationshipSpec(type).to]) expect(KINDS, `${type} → ${kind}`).toHaveProperty(kind);
    }
  });

  it('gives every kind a distinct id prefix, colour and a Cytoscape shape', () => {
    const prefixes = kindNames.map((k) => kindSpec(k).idPrefix).filter(Boolean);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    const colours = kindNames.map((k) => kindSpec(k).colour);
    expect(new Set(colours).size).toBe(colours.length);
    for (const kind of kindNames) {
      expect(kindSpec(kind).colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(CYTOSCAPE_SHAPES.has(kindSpec(kind).shape), kindSpec(kind).shape).toBe(true);
    }
  });

  it('never names a relationship field like a property, or twice on one kind', () => {
    for (const kind of kindNames) {
      const names = [...Object.keys(COMMON_PROPERTIES), ...Object.keys(kindSpec(kind).properties), 'sources', 'evidence', 'figures', 'links', 'degree', ...relationshipFields(kind).map((f) => f.field)];
      expect(names.length, kind).toBe(new Set(names).size);
    }
  });

  it('derives a uniqueness constraint over every entity and a full-text index', () => {
    const statements = schemaStatements();
    expect(statements).toContain('CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE');
    expect(statements.some((s) => s.startsWith('CREATE FULLTEXT INDEX entity_search'))).toBe(true);
  });

  it('derives a Cytoscape rule for every kind and relationship type', () => {
    const selectors = cytoscapeStyle().map((r) => r.selector);
    for (const kind of kindNames) expect(selectors).toContain(`node[kind = "${kind}"]`);
    for (const type of relationshipTypes) expect(selectors).toContain(`edge[type = "${type}"]`);
  });
});

describe('the GraphQL schema agrees with the model', () => {
  const schema = buildSchema();

  it('has the model\'s kinds and relationship types as enums', () => {
    const values = (name: string) => (schema.getType(name) as any).getValues().map((v: { name: string }) => v.name);
    expect(values('Kind')).toEqual(kindNames);
    expect(values('RelationshipType')).toEqual(relationshipTypes);
  });

  it('has one type per kind behind the Entity interface, with its typed relationship fields', () => {
    for (const kind of kindNames) {
      const type = schema.getType(kind) as any;
      expect(type.getInterfaces().map((i: { name: string }) => i.name)).toEqual(['Entity']);
      const fields = Object.keys(type.getFields());
      for (const { field } of relationshipFields(kind)) expect(fields, `${kind}.${field}`).toContain(field);
      for (const property of Object.keys(kindSpec(kind).properties)) expect(fields).toContain(property);
    }
  });

  it('has a list per kind', () => {
    const queries = Object.keys(schema.getQueryType()!.getFields());
    for (const kind of kindNames) expect(queries).toContain(kindSpec(kind).listField);
  });
});
