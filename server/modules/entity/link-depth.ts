/**
 * How many relationship hops a root field's selection asks for: each field returning Link,
 * RouteStage or an entity's figures is one hop. The root query loads exactly that deep.
 */
import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

const HOP_TYPES = new Set(['Link', 'RouteStage']);
export const MAX_LINK_DEPTH = 3;

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  parent: GraphQLCompositeType,
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!selectionSet) return 0;
  let max = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'Field') {
      if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      const named = getNamedType(field.type);
      const hop = HOP_TYPES.has(named.name) || (selection.name.value === 'figures' && named.name === 'Figure') ? 1 : 0;
      const inner = isObjectType(named) || isInterfaceType(named)
        ? depthOf(selection.selectionSet, named, schema, fragments, seen)
        : 0;
      max = Math.max(max, hop + inner);
    } else if (selection.kind === 'InlineFragment') {
      const typeName = selection.typeCondition?.name.value;
      const type = typeName ? (schema.getType(typeName) as GraphQLCompositeType | undefined) : parent;
      if (type) max = Math.max(max, depthOf(selection.selectionSet, type, schema, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue;
      const type = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
      if (type) max = Math.max(max, depthOf(fragment.selectionSet, type, schema, fragments, new Set([...seen, name])));
    }
  }
  return max;
}

/** Relationship depth the current root field's selection needs. */
export function linkDepth(info: GraphQLResolveInfo): number {
  let max = 0;
  const named = getNamedType(info.returnType);
  if (!isObjectType(named) && !isInterfaceType(named)) return 0;
  for (const node of info.fieldNodes) {
    max = Math.max(max, depthOf(node.selectionSet, named, info.schema, info.fragments, new Set()));
  }
  return max;
}
