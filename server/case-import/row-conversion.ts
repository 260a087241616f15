/**
 * CSV rows → the entities and links they state, checked against the model one cell at a time.
 * Links whose other end is named rather than identified are left for reference resolution.
 */
import { checkValue, type PropertyValue } from '../domain/property-checks.ts';
import { linkId, provenanceProps, type Evidence } from '../domain/provenance.ts';
import type { Kind, RelationshipType } from '../domain/model.ts';
import { columnPosition, type CsvRow, type CsvTable } from './csv-rows.ts';
import type { ImportProblem } from './import-problems.ts';
import { entityId, importSourceId, type EndRef, type Mapping, type PropertyMapping } from './mapping.ts';

/** A link end: a graph id (known kind or not yet), or a name still to be looked up. */
export type End = ({ id: string } | { name: string }) & { kind?: Kind; given: string };

export interface EntityRecord {
  line: number;
  id: string;
  kind: Kind;
  props: Record<string, PropertyValue>;
  evidence: Evidence;
}

export interface LinkRecord {
  line: number;
  /** Where the other end's value came from, for problem reports. */
  field: string;
  column: number;
  type: RelationshipType;
  from: End;
  to: End;
  /** The natural key's discriminators and the row's own id, if any: the id is made once both ends are known. */
  key: { rowId?: string; props: Record<string, PropertyValue> };
  props: Record<string, PropertyValue>;
  evidence: Evidence;
  /** Where each property came from, for problems found later (an idOf value that is not an entity). */
  propColumns: Record<string, { column: string; position: number }>;
  /**
   * The ids the link's natural key is made of, where an end was resolved into another entity since
   * (a judged duplicate): the link is written at the entity it became, under the id it always had.
   */
  keyFrom?: string;
  keyTo?: string;
}

export interface Converted {
  entities: EntityRecord[];
  links: LinkRecord[];
  problems: ImportProblem[];
}

/** What an imported id value may be (the part of the id after the kind, marking and namespace). */
export const VALUE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$/;
const MAX_QUOTE = 500;

/** One cell as the property's type. Empty cells are absent values, not errors. */
function cellValue(mapping: PropertyMapping, cell: string, report: (reason: string) => void): PropertyValue | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  const { spec, split } = mapping;
  let value: unknown = text;
  if (spec.type === 'string[]') value = text.split(split ?? '|').map((v) => v.trim()).filter((v) => v !== '');
  else if (spec.type === 'integer[]') value = text.split(split ?? '|').map((v) => v.trim()).filter((v) => v !== '').map((v) => Number(v.replace(/_/g, '')));
  else if (spec.type === 'number' || spec.type === 'integer') value = Number(text.replace(/_/g, ''));
  else if (spec.type === 'boolean') value = /^(true|yes|1)$/i.test(text) ? true : /^(false|no|0)$/i.test(text) ? false : text;
  // The shared check words its date rule for YAML, where dates must be quoted; cells are text anyway.
  return checkValue(mapping.name, spec, value, (reason) => report(reason.replace(' (quoted)', '')));
}

export function convertRows(mapping: Mapping, table: CsvTable): Converted {
  const problems: ImportProblem[] = [];
  const entities: EntityRecord[] = [];
  const links: LinkRecord[] = [];
  const source = importSourceId(mapping);
  const seenIds = new Map<string, number>();

  const problem = (row: CsvRow, column: string, reason: string) =>
    problems.push({ file: mapping.file, line: row.line, column: columnPosition(table, column), field: column, reason });

  const evidenceOf = (row: CsvRow): Evidence => {
    const date = mapping.dateColumn ? row.values[mapping.dateColumn]?.trim() ?? '' : '';
    return { source, quote: row.raw.length > MAX_QUOTE ? `${row.raw.slice(0, MAX_QUOTE - 1)}…` : row.raw, date: date || mapping.source.date, modality: 'reported', marking: mapping.marking };
  };

  const properties = (row: CsvRow, mappings: PropertyMapping[]) => {
    const props: Record<string, PropertyValue> = {};
    for (const m of mappings) {
      const value = cellValue(m, row.values[m.column] ?? '', (reason) => problem(row, m.column, reason));
      if (value !== undefined) props[m.name] = value;
    }
    return props;
  };

  const columnsOf = (mappings: PropertyMapping[]) => Object.fromEntries(mappings.map((m) => [m.name, { column: m.column, position: columnPosition(table, m.column) }]));

  const end = (row: CsvRow, ref: EndRef): End | undefined => {
    const cell = (row.values[ref.column] ?? '').trim();
    if (cell === '') return undefined;
    const kind = ref.kind as Kind | undefined;
    if (ref.match === 'name') return { name: cell, given: cell, ...(kind ? { kind } : {}) };
    if (ref.graphIds) return { id: cell, given: cell, ...(kind ? { kind } : {}) };
    if (!VALUE.test(cell)) {
      problem(row, ref.column, `"${cell}" is not an id: letters, digits, dots, dashes and underscores, starting with a letter or digit`);
      return undefined;
    }
    return { id: entityId(kind!, ref.marking ?? mapping.marking, ref.namespace ?? mapping.namespace, cell.toLowerCase()), kind, given: cell };
  };

  if (mapping.rows === 'entities') {
    for (const row of table.rows) {
      const before = problems.length;
      const value = (row.values[mapping.idColumn] ?? '').trim();
      if (!VALUE.test(value)) {
        problem(row, mapping.idColumn, value === '' ? 'the id is empty' : `"${value}" is not an id: letters, digits, dots, dashes and underscores, starting with a letter or digit`);
        continue;
      }
      const id = entityId(mapping.kind, mapping.marking, mapping.namespace, value.toLowerCase());
      const first = seenIds.get(id);
      if (first !== undefined) problem(row, mapping.idColumn, `id "${value}" is already on line ${first}`);
      else seenIds.set(id, row.line);
      const props = properties(row, mapping.properties);
      if (props.name === undefined) {
        const column = mapping.properties.find((p) => p.name === 'name')!.column;
        if ((row.values[column] ?? '').trim() === '') problem(row, column, 'the name is empty: every entity needs one');
      }
      const evidence = evidenceOf(row);
      for (const link of mapping.links) {
        const other = end(row, link.to);
        if (!other) {
          if (!link.optional && (row.values[link.to.column] ?? '').trim() === '') problem(row, link.to.column, `empty: every row needs a ${link.type} link (mark the link optional: true if some have none)`);
          continue;
        }
        const linkProps = properties(row, link.properties);
        const here = { id, kind: mapping.kind, given: value };
        const [from, to] = link.direction === 'out' ? [here, other] : [other, here];
        links.push({ line: row.line, field: link.to.column, column: columnPosition(table, link.to.column), type: link.type, from, to, key: { props: linkProps }, props: linkProps, evidence, propColumns: columnsOf(link.properties) });
      }
      if (problems.length === before) entities.push({ line: row.line, id, kind: mapping.kind, props: { ...props, kind: mapping.kind }, evidence });
    }
    return { entities, links, problems };
  }

  for (const row of table.rows) {
    const from = end(row, mapping.from);
    const to = end(row, mapping.to);
    for (const [ref, value] of [[mapping.from, from], [mapping.to, to]] as const) {
      if (!value && (row.values[ref.column] ?? '').trim() === '') problem(row, ref.column, 'empty: a relationship needs both ends');
    }
    const props = properties(row, mapping.properties);
    let rowId: string | undefined;
    if (mapping.idColumn) {
      rowId = (row.values[mapping.idColumn] ?? '').trim();
      if (!VALUE.test(rowId)) problem(row, mapping.idColumn, rowId === '' ? 'the id is empty' : `"${rowId}" is not an id`);
      else {
        const first = seenIds.get(rowId);
        if (first !== undefined) problem(row, mapping.idColumn, `id "${rowId}" is already on line ${first}`);
        else seenIds.set(rowId, row.line);
      }
    }
    if (from && to) links.push({ line: row.line, field: mapping.to.column, column: columnPosition(table, mapping.to.column), type: mapping.type, from, to, key: { rowId, props }, props, evidence: evidenceOf(row), propColumns: columnsOf(mapping.properties) });
  }
  return { entities, links, problems };
}

/** The prefix every id of a link kept by its row's id starts with, for one type in one import. */
export const rowLinkIdPrefix = (type: string, mapping: Mapping) => `${type}|${mapping.marking.slice(0, 1).toLowerCase()}|${mapping.namespace ?? ''}|`;

/** A link's graph id once both ends are known: its natural key, or the row's own id in this import's namespace. */
export function importedLinkId(link: LinkRecord, fromId: string, toId: string, mapping: Mapping): string {
  if (link.key.rowId) return `${rowLinkIdPrefix(link.type, mapping)}${link.key.rowId.toLowerCase()}`;
  return linkId(link.keyFrom ?? fromId, link.type, link.keyTo ?? toId, link.key.props);
}

/** What is stored of one fact's provenance (the import's quote) merged with what other sources said. */
export const evidenceProps = (evidence: Evidence, marking: string) => provenanceProps([evidence], marking);
