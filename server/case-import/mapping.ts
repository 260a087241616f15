/**
 * Import mappings: which column of a CSV file becomes what in the graph, the way an import
 * specification does in link-analysis tools. A mapping says whether each row is an entity (of
 * one kind) or a relationship (of one type), which column is the id, which columns are
 * properties, which make links to other rows or to entities already in the graph (by id or by
 * exact name or alias), the marking, and the source the rows come from (provenance is required).
 *
 * Checked against the domain model; every problem is reported with the line and column of the
 * mapping file where it is, and nothing is imported while any remains.
 */
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { kindNames, kindSpec, relationshipSpec, relationshipTypes } from '../domain/derive.ts';
import { CASE_DATA_DEFAULT_MARKING, COMMON_PROPERTIES, MARKINGS, type Kind, type PropertySpec, type RelationshipType } from '../domain/model.ts';
import type { ImportProblem } from './import-problems.ts';

const SLUG = /^[a-z0-9][a-z0-9-]{0,60}$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A column, or a column with options: `name` or `{ column: name, split: '|' }`. */
const columnRef = z.union([
  z.string().min(1),
  z.object({ column: z.string().min(1), split: z.string().min(1).max(3).optional() }).strict(),
]);

/** Where a link's other end comes from: a column holding an id (of a row here or of an entity in the graph) or an exact name or alias. */
const endRef = z
  .object({
    column: z.string().min(1),
    match: z.enum(['id', 'name']).default('id'),
    kind: z.string().optional(),
    /** The namespace the ids in this column were imported under (see entityId). */
    namespace: z.string().regex(SLUG).optional(),
    /** Only for match: id: the column holds full graph ids (loc-italy), not imported values. */
    graphIds: z.boolean().optional(),
    /** The marking the ids in this column were imported at, when not this import's. */
    marking: z.enum(MARKINGS).optional(),
  })
  .strict();

const linkSpec = z
  .object({
    type: z.string(),
    /** out: this row's entity → the other end; in: the other end → this row's entity. */
    direction: z.enum(['out', 'in']).default('out'),
    to: endRef,
    properties: z.record(z.string(), columnRef).default({}),
    /** A row whose column is empty has no such link (otherwise an empty cell is an error). */
    optional: z.boolean().default(false),
  })
  .strict();

const sourceSpec = z
  .object({
    id: z.string().regex(SLUG, 'a slug: lower-case letters, digits and dashes'),
    title: z.string().min(3),
    date: z.string().regex(DATE, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
    suppliedBy: z.string().min(2),
    description: z.string().optional(),
  })
  .strict();

const common = {
  source: sourceSpec,
  marking: z.enum(MARKINGS).optional(),
  /** Keeps ids of different imports apart: `per-r-<namespace>-<value>`. */
  namespace: z.string().regex(SLUG).optional(),
  /** The date each row's facts refer to, as a column (else the source's date). */
  date: z.string().min(1).optional(),
  separator: z.string().length(1).default(','),
};

const entityMapping = z
  .object({
    ...common,
    kind: z.string(),
    id: z.string().min(1),
    properties: z.record(z.string(), columnRef),
    links: z.array(linkSpec).default([]),
  })
  .strict();

const relationshipMapping = z
  .object({
    ...common,
    relationship: z.string(),
    /** A column with a stable id per row; without it the id is made from the type, the ends and the discriminators. */
    id: z.string().min(1).optional(),
    from: endRef,
    to: endRef,
    properties: z.record(z.string(), columnRef).default({}),
  })
  .strict();

export type ColumnRef = z.infer<typeof columnRef>;
export type EndRef = z.infer<typeof endRef>;
export type LinkSpec = Omit<z.infer<typeof linkSpec>, 'properties'> & { type: RelationshipType; properties: PropertyMapping[] };
export type SourceSpec = z.infer<typeof sourceSpec>;

export interface PropertyMapping {
  name: string;
  spec: PropertySpec;
  column: string;
  split?: string;
}

interface Common {
  file: string;
  source: SourceSpec;
  marking: string;
  namespace?: string;
  dateColumn?: string;
  separator: string;
}

export interface EntityMapping extends Common {
  rows: 'entities';
  kind: Kind;
  idColumn: string;
  properties: PropertyMapping[];
  links: LinkSpec[];
}

export interface RelationshipMapping extends Common {
  rows: 'relationships';
  type: RelationshipType;
  idColumn?: string;
  from: EndRef;
  to: EndRef;
  properties: PropertyMapping[];
}

export type Mapping = EntityMapping | RelationshipMapping;

/** Every column a mapping reads, so a CSV file without one of them is refused at its header. */
export function mappedColumns(mapping: Mapping): string[] {
  const columns = mapping.properties.map((p) => p.column);
  if (mapping.dateColumn) columns.push(mapping.dateColumn);
  if (mapping.rows === 'entities') {
    columns.push(mapping.idColumn);
    for (const link of mapping.links) columns.push(link.to.column, ...link.properties.map((p) => p.column));
  } else {
    if (mapping.idColumn) columns.push(mapping.idColumn);
    columns.push(mapping.from.column, mapping.to.column);
  }
  return [...new Set(columns)];
}

/** The marking letter in imported ids: data at one marking can never take the id of data at another. */
export const markingTag = (marking: string) => marking.slice(0, 1).toLowerCase();

/**
 * The graph id of an imported value: the kind's prefix, the marking's letter and the namespace,
 * then the value (`per-r-case42-1017`). An import therefore only ever writes ids at its own
 * marking, which its importer may see: it never meets, and so never reveals, hidden data.
 */
export function entityId(kind: Kind, marking: string, namespace: string | undefined, value: string): string {
  return `${kindSpec(kind).idPrefix || 'src-'}${markingTag(marking)}-${namespace ? `${namespace}-` : ''}${value}`;
}

/** The Source entity an import's rows cite. */
export const importSourceId = (mapping: Pick<Mapping, 'source' | 'marking'>) => `import-${markingTag(mapping.marking)}-${mapping.source.id}`;

/** zod's words, made to say what to write. */
function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `required: ${issue.expected === 'string' ? 'a text value' : `a ${issue.expected}`}`;
  if (issue.code === 'invalid_type') return `must be ${issue.expected === 'string' ? 'a text value' : `a ${issue.expected}`}`;
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')}`;
  return issue.message;
}

function locate(doc: Document, counter: LineCounter, path: (string | number)[]): { line: number; column: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) {
      const { line, col } = counter.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}

/**
 * Parses and checks a mapping. Returns the mapping, or every problem found (file, line, column,
 * what is wrong); never throws on bad input.
 */
export function parseMapping(text: string, file: string): { mapping?: Mapping; problems: ImportProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const problems: ImportProblem[] = [];
  for (const error of doc.errors) {
    const { line, col } = counter.linePos(error.pos[0]);
    problems.push({ file, line, column: col, reason: `not valid YAML: ${error.message.split('\n')[0]}` });
  }
  if (problems.length) return { problems };
  const raw = doc.toJS() as unknown;
  const at = (path: (string | number)[], reason: string, field?: string) =>
    problems.push({ file, ...locate(doc, counter, path), ...(field ? { field } : {}), reason });
  if (!isMap(doc.contents)) {
    at([], 'a mapping must be a YAML map with a source, and either kind (rows are entities) or relationship (rows are links)');
    return { problems };
  }
  const isRelationship = typeof (raw as Record<string, unknown>).relationship === 'string' || (raw as Record<string, unknown>).relationship !== undefined;
  const parsed = (isRelationship ? relationshipMapping : entityMapping).safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      at(path, issueText(issue), path.join('.') || undefined);
    }
    return { problems };
  }
  const data = parsed.data;
  const separator = data.separator;
  const marking = data.marking ?? CASE_DATA_DEFAULT_MARKING;
  const base: Common = { file, source: data.source, marking, namespace: data.namespace, dateColumn: data.date, separator };

  const properties = (owner: string, specs: Readonly<Record<string, PropertySpec>>, given: Record<string, ColumnRef>, path: (string | number)[]): PropertyMapping[] =>
    Object.entries(given).flatMap(([name, ref]) => {
      const spec = specs[name];
      if (!spec || name === 'id' || name === 'marking') {
        const allowed = Object.keys(specs).filter((k) => k !== 'id' && k !== 'marking');
        at([...path, name], `${owner} has no property "${name}" that an import may set (it has: ${allowed.join(', ') || 'none'})`, name);
        return [];
      }
      if (spec.references) {
        at([...path, name], `"${name}" refers to another entity: map it as a link instead`, name);
        return [];
      }
      if (spec.derivedBy) {
        at([...path, name], `"${name}" is written by ${spec.derivedBy}, not by an import`, name);
        return [];
      }
      const column = typeof ref === 'string' ? ref : ref.column;
      const split = typeof ref === 'string' ? undefined : ref.split;
      const list = spec.type === 'string[]' || spec.type === 'integer[]';
      if (split && !list) at([...path, name], `"${name}" holds one value: split applies to list properties only`, name);
      return [{ name, spec, column, ...(split ? { split } : list ? { split: '|' } : {}) }];
    });

  const checkEnd = (end: EndRef, allowed: readonly string[], path: (string | number)[]) => {
    if (end.kind !== undefined && !allowed.includes(end.kind)) at([...path, 'kind'], `"${end.kind}" cannot be at this end: one of ${allowed.join(', ')}`, 'kind');
    if (end.match === 'id' && !end.graphIds && !end.kind && allowed.length > 1) {
      at(path, `say which kind the ids in "${end.column}" are (kind: one of ${allowed.join(', ')}), or set graphIds: true when they are full graph ids`);
    }
  };

  if ('kind' in data) {
    if (!(kindNames as readonly string[]).includes(data.kind) || data.kind === 'Source' || data.kind === 'Figure') {
      at(['kind'], `"${data.kind}" is not a kind rows can be imported as: one of ${kindNames.filter((k) => k !== 'Source' && k !== 'Figure').join(', ')}`, 'kind');
      return { problems };
    }
    const kind = data.kind as Kind;
    const specs = { ...COMMON_PROPERTIES, ...kindSpec(kind).properties } as Readonly<Record<string, PropertySpec>>;
    const props = properties(kind, specs, data.properties, ['properties']);
    if (!props.some((p) => p.name === 'name')) at(['properties'], `map a column to "name": every ${kind} needs one`, 'name');
    const links: LinkSpec[] = [];
    data.links.forEach((link, i) => {
      if (!(relationshipTypes as readonly string[]).includes(link.type)) {
        at(['links', i, 'type'], `"${link.type}" is not a relationship type of the model`, 'type');
        return;
      }
      const type = link.type as RelationshipType;
      const spec = relationshipSpec(type);
      const [here, there] = link.direction === 'out' ? [spec.from, spec.to] : [spec.to, spec.from];
      if (!here.includes(kind)) at(['links', i, 'type'], `${type} cannot ${link.direction === 'out' ? 'start' : 'end'} at a ${kind} (${link.direction === 'out' ? 'from' : 'to'}: ${here.join(', ')})`, 'type');
      checkEnd(link.to, there, ['links', i, 'to']);
      const linkProps = properties(`${type}`, spec.properties, link.properties, ['links', i, 'properties']);
      links.push({ ...link, type, properties: linkProps });
    });
    if (problems.length) return { problems };
    return { mapping: { ...base, rows: 'entities', kind, idColumn: data.id, properties: props, links }, problems };
  }

  if (!(relationshipTypes as readonly string[]).includes(data.relationship)) {
    at(['relationship'], `"${data.relationship}" is not a relationship type of the model`, 'relationship');
    return { problems };
  }
  const type = data.relationship as RelationshipType;
  const spec = relationshipSpec(type);
  if (spec.structural) at(['relationship'], `${type} links are provenance, made by the import itself`, 'relationship');
  checkEnd(data.from, spec.from, ['from']);
  checkEnd(data.to, spec.to, ['to']);
  const props = properties(type, spec.properties, data.properties, ['properties']);
  if (problems.length) return { problems };
  return { mapping: { ...base, rows: 'relationships', type, idColumn: data.id, from: data.from, to: data.to, properties: props }, problems };
}
