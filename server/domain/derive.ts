/**
 * Pure functions that derive every downstream artefact from the domain model:
 * Neo4j schema statements, GraphQL enum SDL and the Cytoscape stylesheet.
 */
import {
  DASH_PATTERNS,
  ENTITY_LABEL,
  FULLTEXT_ANALYZER,
  FULLTEXT_PROPERTIES,
  FULLTEXT_SEARCH,
  KINDS,
  MARKINGS,
  RELATIONSHIP_FAMILIES,
  RELATIONSHIPS,
  SAVED_VIEW_LABEL,
  CANDIDATE_LABEL,
  RESOLVED_LABEL,
  DUPLICATE_JUDGEMENT_LABEL,
  DEGREE_COUNT_LIMIT,
  NOTE_FULLTEXT_PROPERTIES,
  NOTE_LABEL,
  NOTE_LIMITS,
  NOTE_SEARCH,
  SYSTEM_LABELS,
  type Kind,
  type KindSpec,
  type PropertySpec,
  type RelationshipSpec,
  type RelationshipType,
} from './model.ts';
import { graphqlFilterType, graphqlPropertyType, modelEnumsSdl } from './derive-graphql.ts';

export const kindNames = Object.keys(KINDS) as Kind[];
export const relationshipTypes = Object.keys(RELATIONSHIPS) as RelationshipType[];

export const isKind = (value: unknown): value is Kind => typeof value === 'string' && Object.hasOwn(KINDS, value);
export const isRelationshipType = (value: unknown): value is RelationshipType =>
  typeof value === 'string' && Object.hasOwn(RELATIONSHIPS, value);

export const kindSpec = (kind: Kind): KindSpec => KINDS[kind];
export const relationshipSpec = (type: RelationshipType): RelationshipSpec => RELATIONSHIPS[type];

/** Relationship types that are provenance or statistics rather than links between named things. */
export const structuralTypes = relationshipTypes.filter((t) => relationshipSpec(t).structural === true);
export const linkTypes = relationshipTypes.filter((t) => relationshipSpec(t).structural !== true);
/** Kinds that are not "named things" for traversal defaults: figures and source documents. */
export const nonLinkKinds: Kind[] = ['Figure', 'Source'];

type SearchTable = Record<(typeof MARKINGS)[number], { label: string; index: string }>;

/** The labels a record with this marking carries in a per-clearance search table: its own and every one above it. */
const labelsAtOrAbove = (table: SearchTable, marking: unknown): string[] => {
  const at = MARKINGS.indexOf(marking as (typeof MARKINGS)[number]);
  return at < 0 ? [] : MARKINGS.slice(at).map((m) => table[m].label);
};

/** The index of a per-clearance search table for a viewer who may see these markings: that of the highest of them. */
function indexFor(table: SearchTable, markings: readonly string[]): string {
  const highest = Math.max(...markings.map((m) => MARKINGS.indexOf(m as (typeof MARKINGS)[number])));
  if (!(highest >= 0)) throw new Error(`no clearance among the markings ${JSON.stringify(markings)}`);
  return table[MARKINGS[highest]!].index;
}

/** Every label of the per-clearance search indexes, lowest clearance first. */
export const searchLabels: string[] = MARKINGS.map((m) => FULLTEXT_SEARCH[m].label);

/**
 * The search labels an entity with this marking carries: those of its own clearance and every one
 * above it (whoever may see it finds it). None for an unknown marking, which nobody may see.
 */
export function searchLabelsFor(marking: unknown): string[] {
  return labelsAtOrAbove(FULLTEXT_SEARCH, marking);
}

/**
 * Parameters of the Cypher that keeps an entity's search labels those of its marking property
 * (`REMOVE n:$($searchLabels) SET n:$(coalesce($searchLabelsByMarking[n.marking], []))`): labels
 * are parameters taken from the model, never text spliced into a query.
 */
export const searchLabelParams = {
  searchLabels,
  searchLabelsByMarking: Object.fromEntries(MARKINGS.map((m) => [m, searchLabelsFor(m)])) as Record<string, string[]>,
};

/** The full-text index for a viewer who may see these markings: that of the highest of them. */
export function searchIndexFor(markings: readonly string[]): string {
  return indexFor(FULLTEXT_SEARCH, markings);
}

/**
 * The same for notes (NOTE_SEARCH): the Cypher that writes or raises a note's marking sets its
 * search labels with `REMOVE n:$($noteSearchLabels) SET n:$(coalesce($noteSearchLabelsByMarking[n.marking], []))`.
 */
export const noteSearchLabelParams = {
  noteSearchLabels: MARKINGS.map((m) => NOTE_SEARCH[m].label),
  noteSearchLabelsByMarking: Object.fromEntries(MARKINGS.map((m) => [m, labelsAtOrAbove(NOTE_SEARCH, m)])) as Record<string, string[]>,
};

/** The note full-text index for a viewer who may see these markings. */
export function noteSearchIndexFor(markings: readonly string[]): string {
  return indexFor(NOTE_SEARCH, markings);
}

/** Neo4j constraints and indexes, one statement per line, in a stable order. */
export function schemaStatements(): string[] {
  const statements = [
    `CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
    `CREATE INDEX entity_name IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.name)`,
    `CREATE INDEX entity_kind IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.kind)`,
    `CREATE INDEX entity_marking IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.marking)`,
  ];
  for (const marking of MARKINGS) {
    const { index, label } = FULLTEXT_SEARCH[marking];
    statements.push(`CREATE FULLTEXT INDEX ${index} IF NOT EXISTS FOR (n:${label}) ON EACH [${FULLTEXT_PROPERTIES.map((p) => `n.${p}`).join(', ')}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${FULLTEXT_ANALYZER}'}}`);
  }
  for (const kind of kindNames) {
    // Lists of one kind seek by marking (the visibility rule) and read names in index order.
    statements.push(`CREATE INDEX ${snake(kind)}_marking IF NOT EXISTS FOR (n:${kind}) ON (n.marking)`);
    statements.push(`CREATE INDEX ${snake(kind)}_name IF NOT EXISTS FOR (n:${kind}) ON (n.name)`);
    for (const [property, spec] of Object.entries(kindSpec(kind).properties)) {
      if (spec.indexed) {
        statements.push(`CREATE INDEX ${snake(kind)}_${snake(property)} IF NOT EXISTS FOR (n:${kind}) ON (n.${property})`);
      }
    }
  }
  for (const type of relationshipTypes) {
    statements.push(`CREATE INDEX rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`);
  }
  for (const label of SYSTEM_LABELS) {
    statements.push(`CREATE CONSTRAINT ${snake(label)}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
  }
  statements.push('CREATE CONSTRAINT user_name_unique IF NOT EXISTS FOR (n:User) REQUIRE n.name IS UNIQUE');
  statements.push('CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at)');
  // Saved views are not entities of the model, but their ids must be unique like the system
  // records' (a short random id is the link), and lists seek by owner.
  statements.push(`CREATE CONSTRAINT ${snake(SAVED_VIEW_LABEL)}_id_unique IF NOT EXISTS FOR (n:${SAVED_VIEW_LABEL}) REQUIRE n.id IS UNIQUE`);
  statements.push(`CREATE INDEX ${snake(SAVED_VIEW_LABEL)}_owner IF NOT EXISTS FOR (n:${SAVED_VIEW_LABEL}) ON (n.owner)`);
  // Candidates of ingested documents: found by id, by document and by their rejection key.
  statements.push(`CREATE CONSTRAINT ${snake(CANDIDATE_LABEL)}_id_unique IF NOT EXISTS FOR (n:${CANDIDATE_LABEL}) REQUIRE n.id IS UNIQUE`);
  statements.push(`CREATE INDEX ${snake(CANDIDATE_LABEL)}_source IF NOT EXISTS FOR (n:${CANDIDATE_LABEL}) ON (n.sourceId)`);
  statements.push(`CREATE INDEX ${snake(CANDIDATE_LABEL)}_key IF NOT EXISTS FOR (n:${CANDIDATE_LABEL}) ON (n.key)`);
  // Analysts' notes: found by id, by what they are about (several targets at once: the notes of
  // entities resolved as one) and, to follow a link's ends when an end's marking is raised, by
  // either end; searched per clearance like entities.
  statements.push(`CREATE CONSTRAINT ${snake(NOTE_LABEL)}_id_unique IF NOT EXISTS FOR (n:${NOTE_LABEL}) REQUIRE n.id IS UNIQUE`);
  for (const property of ['targetId', 'fromId', 'toId']) {
    statements.push(`CREATE INDEX ${snake(NOTE_LABEL)}_${snake(property)} IF NOT EXISTS FOR (n:${NOTE_LABEL}) ON (n.${property})`);
  }
  for (const marking of MARKINGS) {
    const { index, label } = NOTE_SEARCH[marking];
    statements.push(`CREATE FULLTEXT INDEX ${index} IF NOT EXISTS FOR (n:${label}) ON EACH [${NOTE_FULLTEXT_PROPERTIES.map((p) => `n.${p}`).join(', ')}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${FULLTEXT_ANALYZER}'}}`);
  }
  // A resolved duplicate keeps its id (undo restores it as an entity, and old links to it lead
  // to its survivor), so no entity may take it meanwhile.
  statements.push(`CREATE CONSTRAINT ${snake(RESOLVED_LABEL)}_id_unique IF NOT EXISTS FOR (n:${RESOLVED_LABEL}) REQUIRE n.id IS UNIQUE`);
  // Judgements are found by id (undo) and by their pair (one judgement per pair).
  statements.push(`CREATE CONSTRAINT ${snake(DUPLICATE_JUDGEMENT_LABEL)}_id_unique IF NOT EXISTS FOR (n:${DUPLICATE_JUDGEMENT_LABEL}) REQUIRE n.id IS UNIQUE`);
  statements.push(`CREATE CONSTRAINT ${snake(DUPLICATE_JUDGEMENT_LABEL)}_pair_unique IF NOT EXISTS FOR (n:${DUPLICATE_JUDGEMENT_LABEL}) REQUIRE n.pair IS UNIQUE`);
  return statements;
}

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

export const SCHEMA_FILE_HEADER =
  '// Generated from server/domain/model.ts by `npm run generate`. Do not edit by hand:\n' +
  '// tests/unit/derived-files.test.ts fails when this file is stale.\n';

export function schemaCypher(): string {
  return `${SCHEMA_FILE_HEADER}\n${schemaStatements().map((s) => `${s};`).join('\n')}\n`;
}

/** GraphQL enums of kinds, relationship types and the model's value lists, with the model's descriptions. */
export function graphqlEnumsSdl(): string {
  const describe = (text: string) => `"""${text.replaceAll('"""', "'''")}"""`;
  const kinds = kindNames.map((k) => `  ${describe(kindSpec(k).description)}\n  ${k}`).join('\n');
  const rels = relationshipTypes.map((t) => `  ${describe(relationshipSpec(t).description)}\n  ${t}`).join('\n');
  return `# Generated from server/domain/model.ts by \`npm run generate\`. Do not edit by hand.\n\n` +
    `"""Entity kinds of the knowledge graph."""\nenum Kind {\n${kinds}\n}\n\n` +
    `"""Relationship types of the knowledge graph."""\nenum RelationshipType {\n${rels}\n}\n\n` +
    modelEnumsSdl();
}

export interface StyleRule {
  selector: string;
  style: Record<string, string | number | readonly number[]>;
}

export interface RelationshipLook {
  family: RelationshipSpec['family'];
  familyCaption: string;
  colour: string;
  /** What Cytoscape calls it: every pattern other than a solid line is drawn as `dashed`. */
  lineStyle: 'solid' | 'dashed';
  dashPattern: readonly number[];
}

/** How a relationship type is drawn: its family's colour and its own dash pattern. */
export function relationshipLook(type: RelationshipType): RelationshipLook {
  const spec = relationshipSpec(type);
  const family = RELATIONSHIP_FAMILIES[spec.family];
  const dashPattern = DASH_PATTERNS[spec.dash];
  return { family: spec.family, familyCaption: family.caption, colour: family.colour, lineStyle: dashPattern.length ? 'dashed' : 'solid', dashPattern };
}

/** Cytoscape style rules for kinds and relationship types (colours, shapes, line styles). */
export function cytoscapeStyle(): StyleRule[] {
  const rules: StyleRule[] = [];
  for (const kind of kindNames) {
    const spec = kindSpec(kind);
    rules.push({ selector: `node[kind = "${kind}"]`, style: { 'background-color': spec.colour, shape: spec.shape } });
  }
  for (const type of relationshipTypes) {
    const look = relationshipLook(type);
    const style: StyleRule['style'] = { 'line-color': look.colour, 'target-arrow-color': look.colour, 'line-style': look.lineStyle };
    if (look.dashPattern.length) style['line-dash-pattern'] = look.dashPattern;
    rules.push({ selector: `edge[type = "${type}"]`, style });
  }
  return rules;
}

export interface RelationshipField {
  field: string;
  type: RelationshipType;
  direction: 'OUT' | 'IN';
}

/** The typed relationship fields of a kind: outgoing links by outField, incoming by inField. */
export function relationshipFields(kind: Kind): RelationshipField[] {
  const fields: RelationshipField[] = [];
  for (const type of relationshipTypes) {
    const spec = relationshipSpec(type);
    if ((spec.from as readonly string[]).includes(kind)) fields.push({ field: spec.outField, type, direction: 'OUT' });
    if ((spec.to as readonly string[]).includes(kind)) fields.push({ field: spec.inField, type, direction: 'IN' });
  }
  return fields;
}

/** Property names a kind's list may be filtered and sorted by (indexed in the model). */
export function filterableProperties(kind: Kind): string[] {
  return Object.entries(kindSpec(kind).properties).filter(([, p]) => p.indexed).map(([name]) => name);
}

/** Arguments of every relationship field: a page of links (server/query/link-projection.ts). */
const PAGE_ARGS = 'first: Int = 100, after: String';

/** A relationship field as a page of links, and its connection form with totalCount and pageInfo. */
function relationshipFieldSdl(field: string, description: string, filterArgs: string): string {
  const args = filterArgs ? `${filterArgs}, ${PAGE_ARGS}` : PAGE_ARGS;
  return `  """${description}; first: at most 500 per page."""\n  ${field}(${args}): [Link!]!\n` +
    `  """${description}, with totalCount and pageInfo."""\n  ${field}Connection(${args}): LinkConnection!`;
}

/** The generic links field of the Entity interface and of every kind. */
export /** Its visible links, counted up to DEGREE_COUNT_LIMIT. */
const DEGREE_SDL = `"""Its visible links (not provenance or figures), counted up to ${DEGREE_COUNT_LIMIT.toLocaleString('en')}: that number means at least so many."""\n  degree: Int!`;

/** The notes field of every entity type, as in the Entity interface (server/modules/entity/entity.graphql). */
const NOTES_SDL = `"""Analysts' notes on it that you may see, newest first; first: at most ${NOTE_LIMITS.page}."""\n  notes(first: Int = ${NOTE_LIMITS.defaultPage}): [Note!]!`;

const GENERIC_LINKS_SDL = relationshipFieldSdl(
  'links',
  'Its relationships, optionally filtered; source documents and figures only with includeStructural',
  'types: [RelationshipType!], direction: Direction = BOTH, kinds: [Kind!], includeStructural: Boolean = false',
);

const upperSnake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** One GraphQL object type per kind (behind the Entity interface), its list, filter and order. */
export function graphqlEntityTypesSdl(): string {
  const blocks: string[] = ['# Generated from server/domain/model.ts by `npm run generate`. Do not edit by hand.\n'];
  for (const kind of kindNames) {
    const spec = kindSpec(kind);
    const props = Object.entries(spec.properties).map(([name, p]) => `  """${p.description}"""\n  ${name}: ${graphqlPropertyType(kind, name, p)}`);
    const rels = relationshipFields(kind).map(({ field, type, direction }) =>
      relationshipFieldSdl(field, `${direction === 'OUT' ? relationshipSpec(type).caption : `${relationshipSpec(type).caption} (incoming)`}: ${type} links ${direction === 'OUT' ? 'from' : 'to'} this ${spec.caption.toLowerCase()}`, ''));
    blocks.push(
      `"""${spec.description}"""\ntype ${kind} implements Entity {\n` +
      '  id: ID!\n  kind: Kind!\n  name: String!\n  aliases: [String!]!\n  description: String\n  marking: Marking!\n' +
      '  sources: [SourceSupport!]!\n  evidence: [Evidence!]!\n  figures: [Figure!]!\n' +
      `${GENERIC_LINKS_SDL}\n` +
      `  ${DEGREE_SDL}\n` +
      `  ${NOTES_SDL}\n` +
      `${[...props, ...rels].join('\n')}\n}\n`,
    );
    const filterable = filterableProperties(kind).filter((p) => p !== 'name');
    const filterFields = filterable.map((name) => {
      return `  ${name}: ${graphqlFilterType(kind, name, (spec.properties as Record<string, PropertySpec>)[name]!)}`;
    });
    blocks.push(
      `"""Filters for the ${spec.plural.toLowerCase()} list; all given conditions must hold."""\ninput ${kind}Filter {\n` +
      '  """Case-insensitive substring of the name or an alias."""\n  nameContains: String\n' +
      '  """Only entities stated by this source document."""\n  source: ID\n' +
      `${filterFields.join('\n')}${filterFields.length ? '\n' : ''}}\n`,
    );
    const orderFields = ['NAME', ...filterable.map(upperSnake)];
    blocks.push(`enum ${kind}OrderField {\n${orderFields.map((f) => `  ${f}`).join('\n')}\n}\n`);
    blocks.push(`input ${kind}Order {\n  field: ${kind}OrderField! = NAME\n  direction: SortDirection! = ASC\n}\n`);
    blocks.push(`type ${kind}Edge {\n  cursor: String!\n  node: ${kind}!\n}\n`);
    blocks.push(`type ${kind}Connection {\n  edges: [${kind}Edge!]!\n  nodes: [${kind}!]!\n  pageInfo: PageInfo!\n  totalCount: Int!\n}\n`);
  }
  const lists = kindNames.map((kind) => {
    const spec = kindSpec(kind);
    return `  """${spec.plural}, filtered, sorted and paginated (first: at most 100)."""\n  ${spec.listField}(filter: ${kind}Filter, orderBy: ${kind}Order, first: Int = 25, after: String): ${kind}Connection!`;
  });
  blocks.push(`extend type Query {\n${lists.join('\n')}\n}\n`);
  return blocks.join('\n');
}

/** Maps an order enum value (NAME, START_DATE) back to the model's property name. */
export function orderProperty(kind: Kind, field: string): string | undefined {
  if (field === 'NAME') return 'name';
  return filterableProperties(kind).find((p) => upperSnake(p) === field);
}
