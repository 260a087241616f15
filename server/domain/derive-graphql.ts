/**
 * The model's value lists and link properties as GraphQL, derived by pure functions:
 * - every list of values (ENUMS, and each property's `values`) as an enum whose names are the
 *   values in upper snake case, with the internal values that map each name to the stored value
 *   (`OperationType.JOINT_ACTION_DAY` ↔ 'joint-action-day'), so the database keeps its values,
 *   inputs arrive as stored values and stored values answer as enum names;
 * - the GraphQL type of any property (scalar, enum, or a list of either);
 * - the link property fields of Link, GraphEdge, CrimeLink and LinkInput, from the union of the
 *   relationship types' properties.
 * Imports only the model, so the explorer and derive.ts can both use it.
 */
import {
  COMMON_PROPERTIES,
  ENUMS,
  KINDS,
  RELATIONSHIPS,
  type EnumSpec,
  type PropertySpec,
  type PropertyType,
  type RelationshipType,
} from './model.ts';

export const GRAPHQL_SCALAR: Record<PropertyType, string> = {
  string: 'String',
  'string[]': '[String!]',
  number: 'Float',
  integer: 'Int',
  'integer[]': '[Int!]',
  date: 'String',
  boolean: 'Boolean',
};

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** The enum name of a stored value: 'joint-action-day' → JOINT_ACTION_DAY, 'reported' → REPORTED. */
export function enumValueName(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

/** The stored value an enum name stands for in a list of values (undefined when none does). */
export function storedValue(values: readonly string[], name: string): string | undefined {
  return values.find((v) => enumValueName(v) === name);
}

const pascal = (name: string) => name.toLowerCase().replace(/(^|_)([a-z])/g, (_, _u, c: string) => c.toUpperCase());
const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** The enum of a property's values: its `enumName`, else owner and property (`RouteScope`). */
export function propertyEnumName(owner: string, property: string, spec: PropertySpec): string | undefined {
  if (!spec.values) return undefined;
  return spec.enumName ?? `${owner}${capitalised(property)}`;
}

/** GraphQL type of a property of an entity type or relationship (`owner`): nullable, as stored. */
export function graphqlPropertyType(owner: string, property: string, spec: PropertySpec): string {
  const name = propertyEnumName(owner, property, spec);
  if (!name) return GRAPHQL_SCALAR[spec.type];
  return spec.type === 'string[]' ? `[${name}!]` : name;
}

/** GraphQL type of a list filter on a property: one value (a list property filters on one item). */
export function graphqlFilterType(owner: string, property: string, spec: PropertySpec): string {
  return propertyEnumName(owner, property, spec) ?? (spec.type === 'string[]' ? 'String' : spec.type === 'integer[]' ? 'Int' : GRAPHQL_SCALAR[spec.type]);
}

export interface ModelEnumValue {
  /** The GraphQL name. */
  name: string;
  /** The stored value it stands for. */
  value: string;
  description?: string;
}

export interface ModelEnum {
  name: string;
  description: string;
  values: ModelEnumValue[];
}

/**
 * Every property the API shows, with the owner it belongs to (an entity type, `Entity`, or a
 * relationship). Provenance lists are not fields of their own (Evidence shows them).
 */
function ownedProperties(): { owner: string; property: string; spec: PropertySpec }[] {
  const rows: { owner: string; property: string; spec: PropertySpec }[] = [];
  const add = (owner: string, properties: Readonly<Record<string, PropertySpec>>) => {
    for (const [property, spec] of Object.entries(properties)) rows.push({ owner, property, spec });
  };
  add('Entity', COMMON_PROPERTIES);
  for (const [kind, spec] of Object.entries(KINDS)) add(kind, spec.properties);
  for (const [type, spec] of Object.entries(RELATIONSHIPS)) add(pascal(type), spec.properties);
  return rows;
}

function toModelEnum(name: string, spec: EnumSpec): ModelEnum {
  const values = spec.values.map((value) => {
    const description = spec.valueDescriptions?.[value];
    return { name: enumValueName(value), value, ...(description ? { description } : {}) };
  });
  for (const { name: valueName, value } of values) {
    if (!GRAPHQL_NAME.test(valueName) || ['TRUE', 'FALSE', 'NULL'].includes(valueName)) {
      throw new Error(`enum ${name}: the value "${value}" gives no valid GraphQL name ("${valueName}")`);
    }
  }
  const names = values.map((v) => v.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new Error(`enum ${name}: two values are both named ${twice}`);
  return { name, description: spec.description, values };
}

const sameValues = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Every GraphQL enum of values: ENUMS in their order, then the properties' own lists in model
 * order. Throws when one enum name is given two different lists.
 */
export function modelEnums(): ModelEnum[] {
  const specs = new Map<string, EnumSpec>(Object.entries(ENUMS) as [string, EnumSpec][]);
  const declaredBy = new Map<string, string>();
  for (const { owner, property, spec } of ownedProperties()) {
    const name = propertyEnumName(owner, property, spec);
    if (!name) continue;
    if (!GRAPHQL_NAME.test(name)) throw new Error(`${owner}.${property}: "${name}" is not a GraphQL name`);
    const known = specs.get(name);
    if (known) {
      if (!sameValues(known.values, spec.values!)) {
        throw new Error(`${owner}.${property} names the enum ${name}, whose values (${declaredBy.get(name) ?? 'ENUMS'}) differ from its own`);
      }
      continue;
    }
    specs.set(name, { description: `${owner}.${property}: ${spec.description}`, values: spec.values! });
    declaredBy.set(name, `${owner}.${property}`);
  }
  return [...specs].map(([name, spec]) => toModelEnum(name, spec));
}

const describe = (text: string, indent = '') => `${indent}"""${text.replaceAll('"""', "'''")}"""`;

/** The enums as SDL, with the model's descriptions. */
export function modelEnumsSdl(): string {
  return modelEnums()
    .map((e) => {
      const values = e.values.map((v) => `${v.description ? `${describe(v.description, '  ')}\n` : ''}  ${v.name}`);
      return `${describe(e.description)}\nenum ${e.name} {\n${values.join('\n')}\n}\n`;
    })
    .join('\n');
}

/**
 * Internal values of the enums, as graphql-tools resolvers: `{ OperationType: { JOINT_ACTION_DAY:
 * 'joint-action-day' } }`. Arguments arrive as stored values; stored values answer as names.
 */
export function enumResolvers(): Record<string, Record<string, string>> {
  return Object.fromEntries(modelEnums().map((e) => [e.name, Object.fromEntries(e.values.map((v) => [v.name, v.value]))]));
}

export interface LinkProperty {
  name: string;
  /** GraphQL type, nullable: a property applies to some relationship types only. */
  graphqlType: string;
  /** The description, per relationship type that has the property. */
  descriptions: { type: RelationshipType; description: string }[];
}

/**
 * The properties relationships carry besides provenance, merged by name over the given types
 * (default: all), in model order. References to entities and what a feature derives (the
 * ingest's mention offsets) are left out (see PropertySpec).
 * Throws when two types give one property name different GraphQL types.
 */
export function linkProperties(types: readonly RelationshipType[] = Object.keys(RELATIONSHIPS) as RelationshipType[]): LinkProperty[] {
  const byName = new Map<string, LinkProperty>();
  for (const type of types) {
    const properties: Readonly<Record<string, PropertySpec>> = RELATIONSHIPS[type].properties;
    for (const [name, spec] of Object.entries(properties)) {
      if (spec.references || spec.derivedBy) continue;
      const graphqlType = graphqlPropertyType(pascal(type), name, spec);
      const known = byName.get(name);
      if (known && known.graphqlType !== graphqlType) {
        throw new Error(`link property "${name}" is ${known.graphqlType} on ${known.descriptions[0]!.type} but ${graphqlType} on ${type}`);
      }
      if (known) known.descriptions.push({ type, description: spec.description });
      else byName.set(name, { name, graphqlType, descriptions: [{ type, description: spec.description }] });
    }
  }
  return [...byName.values()];
}

/** Names of the link properties of Link, GraphEdge and LinkInput. */
export const linkPropertyNames = (): string[] => linkProperties().map((p) => p.name);

/** The link property fields of a relationship's stored properties, null where it has none. */
export function linkPropertyValues(props: Readonly<Record<string, unknown>>, names: readonly string[] = linkPropertyNames()): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, props[name] ?? null]));
}

/** One description for a property over several relationship types: shared, or one line per type. */
function linkPropertyDescription(p: LinkProperty): string {
  const texts = new Set(p.descriptions.map((d) => d.description));
  if (texts.size === 1) {
    const [text] = texts;
    return `${text} On ${p.descriptions.map((d) => d.type).join(', ')} links.`;
  }
  return `\n${p.descriptions.map((d) => `${d.type}: ${d.description}`).join('\n')}\n`;
}

function linkPropertyFields(properties: LinkProperty[], indent = '  '): string {
  return properties.map((p) => `${describe(linkPropertyDescription(p).replaceAll('\n', `\n${indent}`), indent)}\n${indent}${p.name}: ${p.graphqlType}`).join('\n');
}

/** The link property fields of every type that carries them, as extensions of the hand-written types. */
export function linkPropertiesSdl(): string {
  const all = linkPropertyFields(linkProperties());
  return '# Generated from server/domain/model.ts by `npm run generate`. Do not edit by hand.\n' +
    '# The properties of relationships (RELATIONSHIPS[type].properties), on every type that carries them.\n\n' +
    `extend type Link {\n${all}\n}\n\n` +
    `extend type GraphEdge {\n${all}\n}\n\n` +
    `extend input LinkInput {\n${all}\n}\n\n` +
    '# A crime link shows one LINKED_TO relationship.\n' +
    `extend type CrimeLink {\n${linkPropertyFields(linkProperties(['LINKED_TO']))}\n}\n`;
}
