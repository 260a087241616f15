import { describe, expect, it } from 'vitest';
import { markingsFor } from '../../server/auth/roles.ts';
import {
  cytoscapeStyle, kindNames, kindSpec, relationshipFields, relationshipSpec, relationshipTypes, schemaStatements,
  noteSearchIndexFor, noteSearchLabelParams, searchIndexFor, searchLabelParams, searchLabels, searchLabelsFor,
} from '../../server/domain/derive.ts';
import { differenceCiede2000 } from 'culori';
import {
  CANDIDATE_LABEL, COMMON_PROPERTIES, ENTITY_LABEL, FULLTEXT_SEARCH, KINDS, MARKINGS, NOTE_LABEL, NOTE_SEARCH, PROVENANCE_PROPERTIES, RELATIONSHIP_FAMILIES, SAVED_VIEW_LABEL, SYSTEM_LABELS,
  type PropertySpec,
} from '../../server/domain/model.ts';
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

  it('colours relationship families far apart, and tells the types of one family apart by their dash', () => {
    const distance = differenceCiede2000();
    const families = Object.entries(RELATIONSHIP_FAMILIES);
    for (const [a, { colour: ca }] of families) {
      for (const [b, { colour: cb }] of families) {
        // 20 units of CIEDE2000 is clearly a different colour, also for thin lines.
        if (a < b) expect(distance(ca, cb), `${a} vs ${b}`).toBeGreaterThan(20);
      }
    }
    for (const family of Object.keys(RELATIONSHIP_FAMILIES)) {
      const dashes = relationshipTypes.filter((t) => relationshipSpec(t).family === family).map((t) => relationshipSpec(t).dash);
      expect(new Set(dashes).size, family).toBe(dashes.length);
    }
    expect(new Set(relationshipTypes.map((t) => relationshipSpec(t).family)).size).toBe(families.length);
  });

  it('declares parallel lists as lists, several to a group on one owner, and what a feature derives as never given', () => {
    const owners: [string, Readonly<Record<string, PropertySpec>>][] = [
      ['common', COMMON_PROPERTIES], ['provenance', PROVENANCE_PROPERTIES],
      ...kindNames.map((k): [string, Readonly<Record<string, PropertySpec>>] => [k, kindSpec(k).properties]),
      ...relationshipTypes.map((t): [string, Readonly<Record<string, PropertySpec>>] => [t, relationshipSpec(t).properties]),
    ];
    const groups = new Map<string, Set<string>>();
    for (const [owner, properties] of owners) {
      for (const [name, spec] of Object.entries(properties)) {
        if (!spec.parallel) continue;
        expect(spec.type, `${owner}.${name}`).toMatch(/\[\]$/);
        const key = `${owner}:${spec.parallel}`;
        groups.set(key, (groups.get(key) ?? new Set()).add(name));
      }
    }
    for (const [key, names] of groups) expect(names.size, key).toBeGreaterThan(1);
    expect([...groups.get('MENTIONED_IN:mention')!]).toEqual(['mentionStarts', 'mentionEnds', 'mentionSentences']);
    expect([...groups.get('provenance:evidence')!]).toEqual(['evidenceSources', 'evidenceQuotes', 'evidenceDates', 'evidenceModalities', 'evidenceMarkings']);
    for (const name of groups.get('MENTIONED_IN:mention')!) expect((relationshipSpec('MENTIONED_IN').properties as Record<string, PropertySpec>)[name]!.derivedBy).toBe('the document ingest');
  });

  it('never names a relationship field like a property, or twice on one kind', () => {
    for (const kind of kindNames) {
      const names = [...Object.keys(COMMON_PROPERTIES), ...Object.keys(kindSpec(kind).properties), 'sources', 'evidence', 'figures', 'links', 'degree', ...relationshipFields(kind).map((f) => f.field)];
      expect(names.length, kind).toBe(new Set(names).size);
    }
  });

  it('derives a uniqueness constraint over every entity and a full-text index per clearance', () => {
    const statements = schemaStatements();
    expect(statements).toContain('CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE');
    const fulltext = statements.filter((s) => s.startsWith('CREATE FULLTEXT INDEX'));
    expect(fulltext).toHaveLength(2 * MARKINGS.length);
    for (const marking of MARKINGS) {
      const { index, label } = FULLTEXT_SEARCH[marking];
      expect(fulltext.filter((s) => s.startsWith(`CREATE FULLTEXT INDEX ${index} IF NOT EXISTS FOR (n:${label}) ON EACH [n.name, `))).toHaveLength(1);
      const note = NOTE_SEARCH[marking];
      expect(fulltext.filter((s) => s.startsWith(`CREATE FULLTEXT INDEX ${note.index} IF NOT EXISTS FOR (n:${note.label}) ON EACH [n.text] `))).toHaveLength(1);
    }
    // Notes: unique ids, found by what they are about (and a link's ends).
    expect(statements).toContain('CREATE CONSTRAINT note_id_unique IF NOT EXISTS FOR (n:Note) REQUIRE n.id IS UNIQUE');
    expect(statements).toContain('CREATE INDEX note_target_id IF NOT EXISTS FOR (n:Note) ON (n.targetId)');
  });

  it('gives notes search labels and indexes of their own, per clearance, as for entities', () => {
    const labels = MARKINGS.map((m) => NOTE_SEARCH[m].label);
    const taken = new Set<string>([ENTITY_LABEL, ...kindNames, ...SYSTEM_LABELS, SAVED_VIEW_LABEL, CANDIDATE_LABEL, NOTE_LABEL, ...searchLabels]);
    expect(new Set(labels).size).toBe(MARKINGS.length);
    for (const label of labels) expect(taken.has(label), label).toBe(false);
    expect(noteSearchLabelParams.noteSearchLabels).toEqual(labels);
    for (const marking of MARKINGS) {
      expect(noteSearchIndexFor(markingsFor(marking))).toBe(NOTE_SEARCH[marking].index);
      // A note is in the index of a clearance exactly when that clearance may see its marking.
      for (const viewer of MARKINGS) {
        expect(noteSearchLabelParams.noteSearchLabelsByMarking[marking]!.includes(NOTE_SEARCH[viewer].label)).toBe(markingsFor(viewer).includes(marking));
      }
    }
    expect(() => noteSearchIndexFor([])).toThrow();
  });

  it('gives each clearance its own search label and index, and an entity the labels of every clearance that may see it', () => {
    const labels = MARKINGS.map((m) => FULLTEXT_SEARCH[m].label);
    const taken = new Set<string>([ENTITY_LABEL, ...kindNames, ...SYSTEM_LABELS]);
    expect(new Set(labels).size).toBe(MARKINGS.length);
    for (const label of labels) expect(taken.has(label), label).toBe(false);
    expect(new Set(MARKINGS.map((m) => FULLTEXT_SEARCH[m].index)).size).toBe(MARKINGS.length);
    expect(searchLabels).toEqual(labels);
    expect(searchLabelsFor('PUBLIC')).toEqual(['SearchPublic', 'SearchRestricted', 'SearchConfidential']);
    expect(searchLabelsFor('RESTRICTED')).toEqual(['SearchRestricted', 'SearchConfidential']);
    expect(searchLabelsFor('CONFIDENTIAL')).toEqual(['SearchConfidential']);
    expect(searchLabelsFor('SECRET')).toEqual([]);
    expect(searchLabelsFor(null)).toEqual([]);
    expect(searchLabelParams.searchLabelsByMarking).toEqual(Object.fromEntries(MARKINGS.map((m) => [m, searchLabelsFor(m)])));
    // A viewer searches the index of the highest marking they may see.
    for (const marking of MARKINGS) {
      expect(searchIndexFor(markingsFor(marking))).toBe(FULLTEXT_SEARCH[marking].index);
      // An entity is in the index of a clearance exactly when that clearance may see it.
      for (const viewer of MARKINGS) expect(searchLabelsFor(marking).includes(FULLTEXT_SEARCH[viewer].label)).toBe(markingsFor(viewer).includes(marking));
    }
    expect(() => searchIndexFor([])).toThrow();
    expect(() => searchIndexFor(['SECRET'])).toThrow();
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
