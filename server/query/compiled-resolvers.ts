/**
 * Resolvers of the types compiled queries answer. Their objects come from Cypher already shaped
 * by the request, keyed by response key (so `a: partners(first: 1)` and `b: partners(first: 9)`
 * are two entries); a field reads its own key. The few values Neo4j does not hold (captions
 * from the model, page info) are computed here from keys the compiler adds.
 */
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { kindNames, relationshipSpec } from '../domain/derive.ts';
import type { RelationshipType } from '../domain/model.ts';
import { pageInfo } from './cursor.ts';
import { KIND_KEY } from './entity-projection.ts';
import { FIRST_KEY, OFFSET_KEY, TOTAL_KEY, TYPE_KEY } from './link-projection.ts';

type Compiled = Record<string, unknown>;

const byResponseKey: GraphQLFieldResolver<Compiled, unknown> = (parent, _args, _ctx, info) => parent[info.path.key as string];

const caption: GraphQLFieldResolver<Compiled, unknown> = (parent) => relationshipSpec(parent[TYPE_KEY] as RelationshipType).caption;

function connectionPage(parent: Compiled) {
  const offset = Number(parent[OFFSET_KEY] ?? 0);
  const total = Number(parent[TOTAL_KEY] ?? 0);
  const count = Math.max(0, Math.min(Number(parent[FIRST_KEY] ?? 0), total - offset));
  return { total, info: pageInfo(offset, count, total) };
}

const SPECIAL: Record<string, Record<string, GraphQLFieldResolver<Compiled, unknown>>> = {
  Link: { caption },
  GraphEdge: { label: caption },
  LinkConnection: {
    totalCount: (parent) => connectionPage(parent).total,
    pageInfo: (parent) => connectionPage(parent).info,
  },
  ContactConnection: {
    totalCount: (parent) => connectionPage(parent).total,
    pageInfo: (parent) => connectionPage(parent).info,
  },
};

/** Types whose objects only ever come from compiled queries. */
export const COMPILED_TYPES: ReadonlySet<string> = new Set([...kindNames, 'Link', 'LinkConnection', 'RouteStage', 'Evidence', 'SourceSupport', 'GraphNode', 'GraphEdge',
  // Case data (server/query/case-projection.ts).
  'ContactConnection', 'Contact', 'RoleMembers', 'CentralMember']);

export const entityTypeOf = (entity: Compiled): string => entity[KIND_KEY] as string;

export function withCompiledResolvers(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) =>
      COMPILED_TYPES.has(typeName) ? { ...field, resolve: SPECIAL[typeName]?.[fieldName] ?? byResponseKey } : field,
  });
}
