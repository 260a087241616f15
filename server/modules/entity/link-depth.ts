/**
 * How many relationship hops a root field's selection asks for: each field returning Link,
 * RouteStage or an entity's figures is one hop. The root query loads exactly that deep.
 *
 * Types are inspected structurally rather than with graphql's instanceof helpers: test runners
 * may load the graphql package twice (ESM and CommonJS), and instanceof fails across copies.
 */
import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

const HOP_TYPES = new Set(['Link', 'RouteStage']);
export const MAX_LINK_DEPTH = 3;

interface TypeLike {
  name?: string;
  ofType?: TypeLike;
  getFields?: () => Record<string, { type: TypeLike }>;
}

function namedType(type: TypeLike): TypeLike {
  let t = type;
  while (t.ofType) t = t.ofType;
  return t;
}

interface Walk {
  schema: { getType(name: string): unknown };
  fragments: Record<string, FragmentDefinitionNode>;
}

function depthOf(selectionSet: SelectionSetNode | undefined, parent: TypeLike | undefined, walk: Walk, seen: Set<string>): number {
  if (!selectionSet || !parent?.getFields) return 0;
  const fields = parent.getFields();
  let max = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'Field') {
      const field = fields[selection.name.value];
      if (!field) continue;
      const named = namedType(field.type);
      const hop = HOP_TYPES.has(named.name ?? '') || (selection.name.value === 'figures' && named.name === 'Figure') ? 1 : 0;
      max = Math.max(max, hop + depthOf(selection.selectionSet, named, walk, seen));
    } else if (selection.kind === 'InlineFragment') {
      const condition = selection.typeCondition?.name.value;
      const type = condition ? (walk.schema.getType(condition) as TypeLike | undefined) : parent;
      max = Math.max(max, depthOf(selection.selectionSet, type, walk, seen));
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments[name];
      if (!fragment || seen.has(name)) continue;
      const type = walk.schema.getType(fragment.typeCondition.name.value) as TypeLike | undefined;
      max = Math.max(max, depthOf(fragment.selectionSet, type, walk, new Set([...seen, name])));
    }
  }
  return max;
}

/** Relationship depth the current root field's selection needs. */
export function linkDepth(info: GraphQLResolveInfo): number {
  const returned = namedType(info.returnType as unknown as TypeLike);
  const walk: Walk = { schema: info.schema, fragments: info.fragments };
  return Math.max(0, ...info.fieldNodes.map((node) => depthOf(node.selectionSet, returned, walk, new Set())));
}
