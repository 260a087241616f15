/**
 * Type definitions for the @neo4j/graphql peer of `npm run bench:api`, generated from the domain
 * model so the peer reads exactly the graph our API reads, with nothing declared twice:
 *
 * - one type per kind, `@node(labels: [Kind, "Entity"])`, with the common, provenance and kind
 *   properties, and its list named as ours (`@plural` = the model's listField);
 * - one relationship field per outField / inField of the model, `@relationship(type, direction,
 *   properties)`; where the other end may be several kinds, a union of them (unions keep the
 *   generated Cypher to those labels; an interface would make it visit every kind);
 * - one `@relationshipProperties` type per relationship type: its provenance and its model
 *   properties (order, role, share, ...);
 * - `EntityNode` (label `Entity` only) for what is not typed by kind: full-text search through
 *   `@fulltext` on the full-text index our API searches for the viewer (`entity_search` in
 *   older checkouts, one index per clearance in newer ones), and `neighbours`, a `@cypher` field
 *   (the library's way to express a traversal it does not generate) for the neighbourhood query;
 * - the marking filter: every type carries `@authorization(filter: ...)` keeping nodes whose
 *   marking is in the request JWT's `markings` claim. This is the library's own per-request
 *   visibility predicate, injected into every MATCH as ours is, so both servers do the same
 *   kind of work. It filters nodes only: @neo4j/graphql has no authorization rule for
 *   relationship properties, so the peer does not hide links by their own marking (in the
 *   seeded graph every link is PUBLIC, so the answers stay equal).
 */
import type * as Derive from '../../../server/domain/derive.ts';
import type * as Model from '../../../server/domain/model.ts';

type PropertySpec = Model.PropertySpec;
type RelationshipSpec = Model.RelationshipSpec;

/**
 * What the generator reads of a checkout's domain model (server/domain/model.ts and derive.ts),
 * passed in rather than imported, so the peer is generated from the model of the checkout whose
 * graph is being read (a baseline clone may hold an older one).
 */
export interface PeerModelSource {
  model: {
    KINDS: Readonly<Record<string, { listField: string; properties: Readonly<Record<string, PropertySpec>> }>>;
    RELATIONSHIPS: Readonly<Record<string, RelationshipSpec>>;
    COMMON_PROPERTIES: Readonly<Record<string, PropertySpec>>;
    PROVENANCE_PROPERTIES: Readonly<Record<string, PropertySpec>>;
    ENTITY_LABEL: string;
  };
  derive: {
    relationshipFields: (kind: never) => { field: string; type: string; direction: 'OUT' | 'IN' }[];
    structuralTypes: readonly string[];
    nonLinkKinds: readonly string[];
  };
}

/** The full-text index the peer's `@fulltext` query reads, and its fields. */
export interface PeerFulltext {
  index: string;
  fields: readonly string[];
}

const SCALAR: Record<PropertySpec['type'], string> = {
  string: 'String',
  'string[]': '[String!]',
  number: 'Float',
  integer: 'Int',
  'integer[]': '[Int!]',
  date: 'String',
  boolean: 'Boolean',
};

export const PEER_FULLTEXT_QUERY = 'searchEntities';

const AUTHORIZATION = '@authorization(filter: [{ where: { node: { marking: { in: "$jwt.markings" } } } }])';

const pascal = (type: string) => type.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase());
export const propertiesTypeName = (type: string) => `${pascal(type)}Properties`;
const unionName = (kinds: readonly string[]) => kinds.join('Or');

function propertyLines(props: Readonly<Record<string, PropertySpec>>, skip: Set<string> = new Set()): string[] {
  return Object.entries(props).filter(([name]) => !skip.has(name)).map(([name, p]) => `  ${name}: ${SCALAR[p.type]}`);
}

const commonFields = (provenance: Readonly<Record<string, PropertySpec>>) => [
  '  id: ID!',
  '  kind: String!',
  '  name: String!',
  '  aliases: [String!]',
  '  description: String',
  '  marking: String!',
  ...propertyLines(provenance),
];

export function peerTypeDefs({ model, derive }: PeerModelSource, fulltext: PeerFulltext | undefined): string {
  const { KINDS, RELATIONSHIPS, COMMON_PROPERTIES, PROVENANCE_PROPERTIES, ENTITY_LABEL } = model;
  const COMMON_FIELDS = commonFields(PROVENANCE_PROPERTIES);
  const blocks: string[] = ['type JWT @jwt {\n  markings: [String!]!\n}'];
  const unions = new Map<string, readonly string[]>();
  for (const [kind, spec] of Object.entries(KINDS)) {
    const own = propertyLines(spec.properties, new Set(Object.keys(COMMON_PROPERTIES)));
    const rels = derive.relationshipFields(kind as never).map(({ field, type, direction }) => {
      const rel = RELATIONSHIPS[type]!;
      const others = direction === 'OUT' ? rel.to : rel.from;
      let target: string = others[0]!;
      if (others.length > 1) {
        target = unionName(others);
        unions.set(target, others);
      }
      return `  ${field}: [${target}!]! @relationship(type: "${type}", direction: ${direction}, properties: "${propertiesTypeName(type)}")`;
    });
    blocks.push(
      `type ${kind} @node(labels: ["${kind}", "${ENTITY_LABEL}"]) @plural(value: "${spec.listField}") ${AUTHORIZATION} {\n` +
      `${[...COMMON_FIELDS, ...own, ...rels].join('\n')}\n}`,
    );
  }
  for (const [name, members] of unions) blocks.push(`union ${name} = ${members.join(' | ')}`);
  for (const [type, rel] of Object.entries(RELATIONSHIPS)) {
    const lines = ['  id: String', '  marking: String', ...propertyLines(PROVENANCE_PROPERTIES), ...propertyLines(rel.properties)];
    blocks.push(`type ${propertiesTypeName(type)} @relationshipProperties {\n${lines.join('\n')}\n}`);
  }
  const neighbours =
    // Like ours by default: provenance and statistics (figures, source documents) left out.
    `MATCH (this)-[r]-(n:${ENTITY_LABEL}) WHERE NOT type(r) IN ${JSON.stringify(derive.structuralTypes)} ` +
    `AND NOT n.kind IN ${JSON.stringify(derive.nonLinkKinds)} RETURN DISTINCT n`;
  const search = fulltext
    ? `\n  @fulltext(indexes: [{ indexName: "${fulltext.index}", queryName: "${PEER_FULLTEXT_QUERY}", fields: ${JSON.stringify(fulltext.fields)} }])`
    : '';
  blocks.push(
    `type EntityNode @node(labels: ["${ENTITY_LABEL}"]) @plural(value: "entityNodes") ${AUTHORIZATION}${search} {\n` +
    `${[...COMMON_FIELDS, '  aliasesText: String'].join('\n')}\n` +
    `  neighbours: [EntityNode!]! @cypher(statement: ${JSON.stringify(neighbours)}, columnName: "n")\n}`,
  );
  return `${blocks.join('\n\n')}\n`;
}
