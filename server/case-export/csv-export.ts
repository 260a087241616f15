/**
 * An export as CSV files in the import's own format (server/case-import/mapping.ts): one file
 * per kind and marking with its mapping, one per relationship type and marking with its
 * mapping, so that importing them (entities first, as README.txt lists them) gives back the same
 * entities and links, ids included:
 *
 * - an entity row holds the value part of its id (the id without kind prefix and marking
 *   letter), which entityId() turns back into the same id (namespace and value stay together);
 * - link ends are full graph ids (graphIds: true), so they may be any entity, imported or not;
 * - a link's id is its natural key (linkId of its ends and discriminators) or, for links an
 *   import made from a row id, that row id under its namespace.
 *
 * What an import cannot make again with the same id (curated entities, sources, figures,
 * provenance links) is left out and said so in README.txt: graph files (GraphML, GEXF) hold it.
 */
import { stringify } from 'csv-stringify/sync';
import YAML from 'yaml';
import { entityId, markingTag, type SourceSpec } from '../case-import/mapping.ts';
import { VALUE } from '../case-import/row-conversion.ts';
import { kindSpec, relationshipSpec } from '../domain/derive.ts';
import { COMMON_PROPERTIES, type Kind, type PropertySpec, type RelationshipType } from '../domain/model.ts';
import type { PropertyValue } from '../domain/property-checks.ts';
import { linkId } from '../domain/provenance.ts';
import type { ExportEntity, ExportLink, ExportSet } from './export-reading.ts';

export interface ExportFile {
  name: string;
  mediaType: string;
  text: string;
}

export interface CsvExport {
  files: ExportFile[];
  /** The CSV files with their mappings, in the order to import them. */
  importOrder: { csv: string; mapping: string }[];
  entities: number;
  links: number;
  /** What was left out, and why. */
  notes: string[];
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,60}$/;
const IMPORT_SOURCE = /^import-([a-z])-([a-z0-9][a-z0-9-]{0,60})$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** Columns with a meaning of their own; a property of the same name gets a prefixed column. */
const RESERVED = new Set(['id', 'from', 'to', 'evidence_date']);
const SPLITS = ['|', ';', '¦', '||'];

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/_/g, '-').toLowerCase();
const columnOf = (property: string) => (RESERVED.has(property) ? `property_${property}` : property);

/** Properties an import may set on an entity of this kind, in the model's order. */
function entityProperties(kind: Kind): [string, PropertySpec][] {
  return Object.entries({ ...COMMON_PROPERTIES, ...kindSpec(kind).properties } as Record<string, PropertySpec>)
    .filter(([name, spec]) => name !== 'id' && name !== 'marking' && !spec.references && !spec.derivedBy);
}

const linkProperties = (type: RelationshipType): [string, PropertySpec][] =>
  Object.entries(relationshipSpec(type).properties as Record<string, PropertySpec>).filter(([, spec]) => !spec.references && !spec.derivedBy);

/** The value part of an entity's id, when the import gives back the same id from it. */
export function importValue(entity: Pick<ExportEntity, 'id' | 'kind' | 'marking'>): string | undefined {
  if (entity.kind === 'Source' || entity.kind === 'Figure') return undefined;
  const prefix = `${kindSpec(entity.kind).idPrefix || 'src-'}${markingTag(entity.marking)}-`;
  if (!entity.id.startsWith(prefix)) return undefined;
  const value = entity.id.slice(prefix.length);
  if (!VALUE.test(value) || value !== value.toLowerCase()) return undefined;
  return entityId(entity.kind, entity.marking, undefined, value) === entity.id ? value : undefined;
}

/** How the import makes this link's id again: from its natural key, from a row id, or not at all. */
export function linkIdMode(link: ExportLink): { mode: 'natural' } | { mode: 'row'; namespace: string; rowId: string } | undefined {
  if (relationshipSpec(link.type).structural) return undefined;
  const props = Object.fromEntries(linkProperties(link.type).filter(([name]) => link.properties[name] !== undefined).map(([name]) => [name, link.properties[name]]));
  if (linkId(link.from, link.type, link.to, props) === link.id) return { mode: 'natural' };
  const parts = link.id.split('|');
  if (parts.length !== 4) return undefined;
  const [type, letter, namespace, rowId] = parts as [string, string, string, string];
  if (type !== link.type || letter !== markingTag(link.marking) || (namespace !== '' && !SLUG.test(namespace))) return undefined;
  if (!VALUE.test(rowId) || rowId !== rowId.toLowerCase()) return undefined;
  return { mode: 'row', namespace, rowId };
}

/** A list's separator that none of its values holds. */
function splitFor(values: PropertyValue[]): string {
  const texts = values.flatMap((v) => (Array.isArray(v) ? v.map(String) : []));
  return SPLITS.find((s) => texts.every((t) => !t.includes(s))) ?? '|';
}

function cell(value: PropertyValue | undefined, split: string): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(split);
  return String(value);
}

export interface CsvExportOptions {
  /** Who exports: the supplier of the export's own source. */
  actor: string;
  /** When (for the export's own source). */
  now?: Date;
}

/** The source each mapping cites: the scope's import source when there is one, else a source for this export. */
function mappingSource(set: ExportSet, options: CsvExportOptions): SourceSpec {
  const original = set.source && IMPORT_SOURCE.exec(set.source.id);
  if (set.source && original && set.source.title.length >= 3 && DATE.test(set.source.date) && set.source.publisher.length >= 2) {
    return { id: original[2]!, title: set.source.title, date: set.source.date, suppliedBy: set.source.publisher, ...(set.source.description ? { description: set.source.description } : {}) };
  }
  const now = options.now ?? new Date();
  const iso = now.toISOString();
  return {
    id: `export-${iso.slice(0, 19).replace(/[-:T]/g, '').replace(/^(\d{8})/, '$1-')}`,
    title: `Export from the knowledge graph${set.source ? `: ${set.source.title}` : ''}`.slice(0, 200),
    date: iso.slice(0, 10),
    suppliedBy: options.actor.length >= 2 ? options.actor : `user ${options.actor}`,
    description: `Exported by ${options.actor} at ${iso}.`,
  };
}

function groupBy<T>(items: T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

interface Column {
  name: string;
  value: (item: { properties: Record<string, PropertyValue> }) => string;
  mapping?: [string, string | { column: string; split: string }];
}

function propertyColumns(specs: [string, PropertySpec][], items: { properties: Record<string, PropertyValue> }[]): Column[] {
  return specs.filter(([name]) => items.some((i) => i.properties[name] !== undefined)).map(([name, spec]) => {
    const column = columnOf(name);
    const split = spec.type === 'string[]' ? splitFor(items.map((i) => i.properties[name]!).filter((v) => v !== undefined)) : '';
    return {
      name: column,
      value: (item) => cell(item.properties[name], split),
      mapping: [name, spec.type === 'string[]' ? { column, split } : column],
    };
  });
}

export function toCsvFiles(set: ExportSet, options: CsvExportOptions): CsvExport {
  const source = mappingSource(set, options);
  const files: ExportFile[] = [];
  const importOrder: CsvExport['importOrder'] = [];
  const notes: string[] = [];
  let entityRows = 0;
  let linkRows = 0;

  const add = (base: string, header: string[], rows: string[][], mapping: Record<string, unknown>) => {
    const csv = `${base}.csv`;
    const yaml = `${base}.yaml`;
    files.push({ name: csv, mediaType: 'text/csv', text: stringify([header, ...rows]) });
    files.push({ name: yaml, mediaType: 'application/yaml', text: YAML.stringify({ source, ...mapping }) });
    importOrder.push({ csv, mapping: yaml });
  };
  // The evidence date of each row, as a column only where some row's differs from the source's.
  const dateColumn = (items: { evidenceDate?: string }[]) => (items.some((i) => i.evidenceDate && i.evidenceDate !== source.date) ? 'evidence_date' : undefined);

  const values = new Map(set.entities.map((e) => [e.id, importValue(e)]));
  const leftOutEntities = set.entities.filter((e) => values.get(e.id) === undefined);
  for (const [key, group] of groupBy(set.entities, (e) => (values.get(e.id) === undefined ? undefined : `${e.kind}|${e.marking}`))) {
    const [kind, marking] = key.split('|') as [Kind, string];
    const columns = propertyColumns(entityProperties(kind), group);
    const date = dateColumn(group);
    const header = ['id', ...columns.map((c) => c.name), ...(date ? [date] : [])];
    const rows = group.map((e) => [values.get(e.id)!, ...columns.map((c) => c.value(e)), ...(date ? [e.evidenceDate ?? ''] : [])]);
    add(`${kebab(kind)}-${marking.toLowerCase()}`, header, rows, {
      marking,
      kind,
      id: 'id',
      properties: Object.fromEntries(columns.map((c) => c.mapping!)),
      ...(date ? { date } : {}),
    });
    entityRows += rows.length;
  }

  const modes = new Map(set.links.map((l) => [l.id, linkIdMode(l)]));
  const leftOutLinks = set.links.filter((l) => modes.get(l.id) === undefined);
  const linkKey = (l: ExportLink) => {
    const mode = modes.get(l.id);
    if (!mode) return undefined;
    return `${l.type}|${l.marking}|${mode.mode === 'natural' ? '' : `row:${mode.namespace}`}`;
  };
  for (const [key, group] of groupBy(set.links, linkKey)) {
    const [type, marking, mode] = key.split('|') as [RelationshipType, string, string];
    const rowIds = mode.startsWith('row:');
    const namespace = rowIds ? mode.slice(4) : '';
    const columns = propertyColumns(linkProperties(type), group);
    const date = dateColumn(group);
    const header = [...(rowIds ? ['id'] : []), 'from', 'to', ...columns.map((c) => c.name), ...(date ? [date] : [])];
    const rows = group.map((l) => {
      const m = modes.get(l.id)!;
      return [...(m.mode === 'row' ? [m.rowId] : []), l.from, l.to, ...columns.map((c) => c.value(l)), ...(date ? [l.evidenceDate ?? ''] : [])];
    });
    add(`${kebab(type)}-${marking.toLowerCase()}${rowIds ? `-ids${namespace ? `-${namespace}` : ''}` : ''}`, header, rows, {
      marking,
      relationship: type,
      ...(rowIds ? { id: 'id', ...(namespace ? { namespace } : {}) } : {}),
      from: { column: 'from', graphIds: true },
      to: { column: 'to', graphIds: true },
      properties: Object.fromEntries(columns.map((c) => c.mapping!)),
      ...(date ? { date } : {}),
    });
    linkRows += rows.length;
  }

  if (leftOutEntities.length) {
    const sample = leftOutEntities.slice(0, 10).map((e) => e.id).join(', ');
    notes.push(`${leftOutEntities.length} entities were not written as rows: an import cannot make them again with the same id (curated entities, sources, figures): ${sample}${leftOutEntities.length > 10 ? ', …' : ''}. Links to them name them by id, so they must exist where the files are imported.`);
  }
  if (leftOutLinks.length) {
    notes.push(`${leftOutLinks.length} links were not written: provenance links (made by the import itself) or links whose id an import cannot make again. GraphML and GEXF exports hold them.`);
  }
  const readme = [
    `Export of ${entityRows} entities and ${linkRows} links in the CSV import format, citing the source "${source.title}".`,
    'Import the files in this order (entities first: links name their ends by id):',
    '',
    ...importOrder.map((f) => `  npm run import -- ${f.csv} --mapping ${f.mapping}`),
    '',
    ...notes,
  ].join('\n');
  files.push({ name: 'README.txt', mediaType: 'text/plain', text: `${readme}\n` });
  return { files, importOrder, entities: entityRows, links: linkRows, notes };
}
