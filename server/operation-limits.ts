/**
 * Checks made on every operation after validation and before any resolver runs (so before any
 * Cypher), with the variables the request sent:
 *
 * - the size of every argument: strings, ids and lists (argumentProblem), answered with
 *   BAD_USER_INPUT naming the argument;
 * - the estimated work of the root fields (rootFieldCost): graph traversals and analytics weigh
 *   by their depth and limit, so twenty aliased deep neighbourhoods are refused with
 *   QUERY_TOO_COSTLY instead of each taking a connection and CPU from everyone else.
 *
 * GraphQL Armor (app.ts) bounds the shape of the selection; this bounds what the arguments ask for.
 */
import { GraphQLError, valueFromASTUntyped, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES } from './errors.ts';

export const ARGUMENT_LIMITS = {
  /** Characters in an ID (or a list element of IDs). */
  id: 200,
  /** Characters in search(query:) and searchNotes(query:). */
  searchText: 500,
  /** Characters in any other String argument. */
  string: 1_000,
  /** Characters in a String inside an input object (a description or evidence quote of a write). */
  inputString: 10_000,
  /** Elements in any list argument (subgraph takes up to 2000 ids; other fields allow fewer). */
  list: 2_000,
} as const;

/**
 * Input fields that carry a whole file and may be longer than inputString: a CSV import's text
 * and mapping (their own limits are checked again by the import itself); an ingested
 * document's text or file (server/ingest checks its text's length again).
 */
export const LONG_TEXT_FIELDS: Record<string, number> = {
  'CsvImportInput.csv': 48 * 1024 * 1024,
  'CsvImportInput.mapping': 100_000,
  'IngestDocumentInput.text': 5_000_000,
  'IngestDocumentInput.contentBase64': 48 * 1024 * 1024,
};

/** The root fields a request to the upload route (/graphql?upload=csv, up to 50 MB) may ask for. */
export const UPLOAD_ROOT_FIELDS = new Set(['checkImport', 'startImport', 'ingestDocument']);

/** The most a request's root fields may weigh together (rootFieldCost). */
export const MAX_REQUEST_COST = 3_000;

/** Weight of one hop of one path searched (paths cost maxHops × k × this). */
const PATH_HOP_COST = 20;
/** Centrality and communities read the whole visible subgraph, whatever top is. */
const ANALYTICS_COST = 1_000;
/** An export's download (server/modules/export) reads a whole selection or import. */
const EXPORT_COST = 1_500;
/** Any other root field: one indexed lookup or one page. */
const DEFAULT_FIELD_COST = 10;

type Args = Record<string, unknown>;
/** A whole-number argument, at most max: values out of range are refused by the field itself (BAD_USER_INPUT). */
const int = (value: unknown, fallback: number, max: number) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(value, max) : fallback);
const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/**
 * Estimated work of one root field from its arguments (SDL defaults applied). Units: about one
 * node expanded; a default neighbourhood (depth 1, 100 nodes) weighs 100, the deepest allowed
 * (depth 3, 500 nodes) 1500.
 */
export function rootFieldCost(field: string, a: Args): number {
  switch (field) {
    case 'neighbourhood':
      return int(a.depth, 1, 3) * int(a.limit, 100, 500);
    case 'paths':
      return int(a.maxHops, 6, 10) * int(a.k, 3, 10) * PATH_HOP_COST;
    case 'centrality':
    case 'communities':
      return ANALYTICS_COST + Math.ceil(int(a.top, 10, 5000) / 10);
    case 'subgraph':
      return DEFAULT_FIELD_COST + count(a.ids) + count(a.connectTo);
    case 'search':
    case 'searchNotes':
      return DEFAULT_FIELD_COST + int(a.limit, 10, 100);
    case 'exportGraph':
      // A download reads up to thousands of entities with their links: one per request.
      return EXPORT_COST;
    default:
      return DEFAULT_FIELD_COST + int(a.first, 0, 500);
  }
}

const badArgument = (message: string, argument: string) =>
  new GraphQLError(message, { extensions: { code: ERROR_CODES.BAD_USER_INPUT, argument, http: { status: 400 } } });

// Types are read structurally (name, ofType, getFields): the graphql package may be loaded twice
// in test runners, and its instanceof checks fail across the two copies.
interface TypeLike {
  name?: string;
  ofType?: TypeLike;
  getFields?: () => Record<string, { name: string; type: TypeLike; args?: readonly ArgDef[] }>;
}
interface ArgDef {
  name: string;
  type: TypeLike;
  defaultValue?: unknown;
}
const named = (type: TypeLike): TypeLike => (type.ofType ? named(type.ofType) : type);

/** The first argument value over its limit, as a BAD_USER_INPUT error naming it. */
function argumentProblem(value: unknown, type: TypeLike, path: string, maxString: number, inInput: boolean): GraphQLError | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    if (value.length > ARGUMENT_LIMITS.list) return badArgument(`${path} may hold at most ${ARGUMENT_LIMITS.list} items (got ${value.length}).`, path);
    for (const item of value) {
      const problem = argumentProblem(item, type, path, maxString, inInput);
      if (problem) return problem;
    }
    return null;
  }
  const base = named(type);
  if (typeof value === 'string') {
    const max = base.name === 'ID' ? ARGUMENT_LIMITS.id : maxString;
    return value.length > max ? badArgument(`${path} may be at most ${max} characters long (got ${value.length}).`, path) : null;
  }
  if (typeof value === 'object' && base.getFields) {
    const fields = base.getFields();
    for (const [key, item] of Object.entries(value as Args)) {
      const field = fields[key];
      if (!field) continue;
      const max = LONG_TEXT_FIELDS[`${base.name}.${key}`] ?? (inInput ? maxString : ARGUMENT_LIMITS.inputString);
      const problem = argumentProblem(item, field.type, `${path}.${key}`, max, true);
      if (problem) return problem;
    }
  }
  return null;
}

interface SchemaLike {
  getQueryType(): TypeLike | null | undefined;
  getMutationType(): TypeLike | null | undefined;
  getType(name: string): TypeLike | null | undefined;
}

/** Argument values of a field (literals and variables), with the SDL defaults for those left out. */
function argumentValues(node: FieldNode, defs: readonly ArgDef[], variables: Args): Args {
  const values: Args = {};
  for (const def of defs) if (def.defaultValue !== undefined) values[def.name] = def.defaultValue;
  for (const arg of node.arguments ?? []) {
    const value = valueFromASTUntyped(arg.value, variables);
    if (value !== undefined) values[arg.name.value] = value;
  }
  return values;
}

/** The argument or cost problem of an operation, or null when it may run. */
export function operationProblem(schema: SchemaLike, document: DocumentNode, operationName: string | null | undefined, variables: Args | null | undefined): GraphQLError | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation || operation.operation === 'subscription') return null;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]));
  const vars = variables ?? {};
  const seenFragments = new Set<string>();
  let cost = 0;
  const costs: string[] = [];

  const walk = (selectionSet: SelectionSetNode, parent: TypeLike | null | undefined, root: boolean): GraphQLError | null => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'FragmentSpread') {
        const fragment = fragments.get(selection.name.value);
        // Arguments in a fragment are the same wherever it is spread; roots are counted each time.
        if (!fragment || (!root && seenFragments.has(fragment.name.value))) continue;
        seenFragments.add(fragment.name.value);
        const problem = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), root);
        if (problem) return problem;
        continue;
      }
      if (selection.kind === 'InlineFragment') {
        const problem = walk(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent, root);
        if (problem) return problem;
        continue;
      }
      const def = parent?.getFields?.()[selection.name.value];
      if (!def) continue; // __typename and introspection
      const args = argumentValues(selection, def.args ?? [], vars);
      for (const argDef of def.args ?? []) {
        const maxString = root && (selection.name.value === 'search' || selection.name.value === 'searchNotes') && argDef.name === 'query' ? ARGUMENT_LIMITS.searchText : ARGUMENT_LIMITS.string;
        const problem = argumentProblem(args[argDef.name], argDef.type, argDef.name, maxString, false);
        if (problem) return new GraphQLError(`${selection.name.value}: ${problem.message}`, { extensions: problem.extensions });
      }
      if (root) {
        const fieldCost = rootFieldCost(selection.name.value, args);
        cost += fieldCost;
        costs.push(`${selection.alias?.value ?? selection.name.value} ${fieldCost}`);
      }
      if (selection.selectionSet) {
        const problem = walk(selection.selectionSet, named(def.type), false);
        if (problem) return problem;
      }
    }
    return null;
  };

  const rootType = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const problem = walk(operation.selectionSet, rootType, true);
  if (problem) return problem;
  if (cost > MAX_REQUEST_COST) {
    return new GraphQLError(
      `Query cost limit exceeded: the root fields weigh ${cost} (${costs.join(', ')}) and a request may weigh ${MAX_REQUEST_COST}. `
      + 'Neighbourhoods weigh depth × limit, paths maxHops × k × 20, centrality and communities 1000 + top / 10: ask for less, or split the request.',
      { extensions: { code: ERROR_CODES.QUERY_TOO_COSTLY, cost, maxCost: MAX_REQUEST_COST, http: { status: 400 } } },
    );
  }
  return null;
}

/** Refuses, before any resolver runs, operations whose arguments are too large or whose root fields cost too much. */
export function useOperationLimits(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      // The upload route's larger body limit is for imports only: anything else sent there is refused.
      const request = (args.contextValue as { request?: Request } | undefined)?.request;
      if (request && new URL(request.url).searchParams.has('upload')) {
        const document = args.document as DocumentNode;
        const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && (!args.operationName || d.name?.value === args.operationName));
        const fields = operation?.selectionSet.selections ?? [];
        if (operation?.operation !== 'mutation' || fields.some((f) => f.kind !== 'Field' || !UPLOAD_ROOT_FIELDS.has(f.name.value))) {
          setResultAndStopExecution({ errors: [badArgument(`/graphql?upload=csv answers only ${[...UPLOAD_ROOT_FIELDS].join(' and ')}; send other requests to /graphql.`, 'upload')] });
          return;
        }
      }
      const problem = operationProblem(args.schema as unknown as SchemaLike, args.document, args.operationName, args.variableValues as Args | undefined);
      if (problem) setResultAndStopExecution({ errors: [problem] });
    },
  };
}
