/**
 * The part of a GraphQL request a compiled query needs: for an object type, the fields selected
 * on it (through fragments, inline fragments, @skip and @include), grouped by response key, with
 * their argument values.
 *
 * The walk is structural (no instanceof on graphql classes): test runners may load the graphql
 * package twice, and schema objects of one copy fail the other copy's instanceof checks.
 */
import type { FieldNode, FragmentDefinitionNode, SelectionSetNode, ValueNode } from 'graphql';
import { badInput } from '../errors.ts';

export interface ArgumentDefLike {
  name: string;
  defaultValue?: unknown;
}

export interface FieldDefLike {
  name: string;
  args: readonly ArgumentDefLike[];
  type: TypeLike;
}

export interface TypeLike {
  name?: string;
  ofType?: TypeLike;
  getFields?: () => Record<string, FieldDefLike>;
  getInterfaces?: () => readonly { name: string }[];
}

/** What a resolver's info offers, reduced to what the walk reads. */
export interface RequestScope {
  schema: { getType(name: string): unknown };
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

/** One response key on one object type: the field, its arguments and every node selecting it. */
export interface SelectedField {
  key: string;
  name: string;
  args: Record<string, unknown>;
  nodes: FieldNode[];
}

export const namedType = (type: TypeLike): TypeLike => {
  let t = type;
  while (t.ofType) t = t.ofType;
  return t;
};

/** A literal or variable of the request, as a plain JS value. */
export function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case 'Variable': return variables[node.name.value];
    case 'IntValue': return Number.parseInt(node.value, 10);
    case 'FloatValue': return Number.parseFloat(node.value);
    case 'StringValue': return node.value;
    case 'BooleanValue': return node.value;
    case 'NullValue': return null;
    case 'EnumValue': return node.value;
    case 'ListValue': return node.values.map((v) => valueOf(v, variables));
    case 'ObjectValue': return Object.fromEntries(node.fields.map((f) => [f.name.value, valueOf(f.value, variables)]));
  }
}

function included(node: { directives?: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: ValueNode }[] }[] }, variables: Record<string, unknown>): boolean {
  for (const directive of node.directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const arg = directive.arguments?.find((a) => a.name.value === 'if');
    const value = arg ? valueOf(arg.value, variables) === true : false;
    if (name === 'skip' && value) return false;
    if (name === 'include' && !value) return false;
  }
  return true;
}

function typeApplies(condition: string | undefined, typeName: string, scope: RequestScope): boolean {
  if (!condition || condition === typeName) return true;
  const type = scope.schema.getType(typeName) as TypeLike | undefined;
  return (type?.getInterfaces?.() ?? []).some((i) => i.name === condition);
}

function argumentsOf(def: FieldDefLike, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const argDef of def.args) {
    const given = node.arguments?.find((a) => a.name.value === argDef.name);
    const value = given ? valueOf(given.value, variables) : undefined;
    args[argDef.name] = value === undefined ? argDef.defaultValue : value;
  }
  return args;
}

/**
 * The fields selected on `typeName` by the given field nodes' selection sets, in request
 * order. Two selections of one response key must ask for the same field (GraphQL validation
 * already guarantees it for one type).
 */
export function selectedFields(fieldNodes: readonly FieldNode[], typeName: string, scope: RequestScope): SelectedField[] {
  const type = scope.schema.getType(typeName) as TypeLike | undefined;
  const defs = type?.getFields?.() ?? {};
  const byKey = new Map<string, SelectedField>();
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (!included(selection, scope.variableValues)) continue;
      if (selection.kind === 'Field') {
        const name = selection.name.value;
        if (name === '__typename') continue;
        const def = defs[name];
        if (!def) continue;
        const key = selection.alias?.value ?? name;
        const existing = byKey.get(key);
        if (existing) {
          if (existing.name !== name) throw badInput(`"${key}" names two different fields of ${typeName}; give them different aliases.`);
          existing.nodes.push(selection);
        } else {
          byKey.set(key, { key, name, args: argumentsOf(def, selection, scope.variableValues), nodes: [selection] });
        }
      } else if (selection.kind === 'InlineFragment') {
        if (typeApplies(selection.typeCondition?.name.value, typeName, scope)) visit(selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        const fragment = scope.fragments[name];
        if (!fragment || seen.has(name) || !typeApplies(fragment.typeCondition.name.value, typeName, scope)) continue;
        visit(fragment.selectionSet, new Set([...seen, name]));
      }
    }
  };
  for (const node of fieldNodes) visit(node.selectionSet, new Set());
  return [...byKey.values()];
}

/** Every node selecting a field named `name` on `typeName`, whatever its alias. */
export function fieldNodesNamed(fieldNodes: readonly FieldNode[], typeName: string, name: string, scope: RequestScope): FieldNode[] {
  return selectedFields(fieldNodes, typeName, scope).filter((f) => f.name === name).flatMap((f) => f.nodes);
}

/** True when any of the field nodes selects `name` on `typeName`. */
export function selects(fieldNodes: readonly FieldNode[], typeName: string, name: string, scope: RequestScope): boolean {
  return selectedFields(fieldNodes, typeName, scope).some((f) => f.name === name);
}
