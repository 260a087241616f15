/**
 * One CSV import, as the command line and the API run it: the mapping is checked, every row is
 * checked against the model and every link end is found, and only when nothing is wrong is
 * anything written. A refused import lists every problem (file, line, column, field, reason).
 */
import { recordAudit } from '../auth/audit.ts';
import type { Db } from '../db/driver.ts';
import { MARKINGS } from '../domain/model.ts';
import { readCsv, type CsvTable } from './csv-rows.ts';
import { MAX_REPORTED_PROBLEMS, type ImportProblem } from './import-problems.ts';
import { writeImport, type WriteProgress, type WriteSummary } from './import-writer.ts';
import { importSourceId, mappedColumns, parseMapping, type Mapping } from './mapping.ts';
import { heldIds, resolvedIds, resolveLinks, withoutResolved } from './reference-resolution.ts';
import { convertRows } from './row-conversion.ts';

export interface ImportInput {
  csv: string;
  /** The CSV file's name, as problems cite it. */
  file: string;
  mapping: string;
  mappingFile: string;
}

export interface Importer {
  /** Markings the importer may see and write. */
  markings: string[];
  /** Who imports, for the audit log. */
  actor: string;
}

export type ImportPhase = 'checking' | 'entities' | 'links' | 'done';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface ImportPreviewRow {
  line: number;
  id: string;
  kind: string;
  name: string;
  links: { type: string; to: string }[];
}

export interface ImportResult {
  /** True when the import was written (or, for a check, could be). */
  ok: boolean;
  problems: ImportProblem[];
  /** Problems found beyond those listed. */
  moreProblems: number;
  rows: number;
  entities: number;
  /** Rows of entities resolved into others since (judged duplicates): not written again; their links go to what they became. */
  resolvedEntities: number;
  links: number;
  sourceId?: string;
  header: string[];
  /** The first rows as they would be imported. */
  preview: ImportPreviewRow[];
  written: boolean;
}

const PREVIEW_ROWS = 10;

function refused(problems: ImportProblem[], header: string[] = [], rows = 0): ImportResult {
  return {
    ok: false,
    problems: problems.slice(0, MAX_REPORTED_PROBLEMS),
    moreProblems: Math.max(0, problems.length - MAX_REPORTED_PROBLEMS),
    rows,
    entities: 0,
    resolvedEntities: 0,
    links: 0,
    header,
    preview: [],
    written: false,
  };
}

/**
 * Checks an import and, unless `check` is set or anything is wrong, writes it. The progress
 * callback hears about checking and then each written batch.
 */
export async function importCsv(db: Db, importer: Importer, input: ImportInput, options: { check?: boolean; onProgress?: (p: ImportProgress) => void } = {}): Promise<ImportResult> {
  const onProgress = options.onProgress ?? (() => {});
  const parsed = parseMapping(input.mapping, input.mappingFile);
  if (!parsed.mapping) return refused(parsed.problems);
  const mapping: Mapping = { ...parsed.mapping, file: input.file };
  if (!importer.markings.includes(mapping.marking)) {
    const allowed = MARKINGS.filter((m) => importer.markings.includes(m));
    return refused([{ file: input.mappingFile, line: 1, field: 'marking', reason: `you may import data marked ${allowed.join(', ')}, not ${mapping.marking}` }]);
  }
  const read = readCsv(input.csv, input.file, mapping.separator, mappedColumns(mapping));
  if (!read.table) return refused(read.problems);
  const table: CsvTable = read.table;
  onProgress({ phase: 'checking', done: 0, total: table.rows.length });
  const rows = convertRows(mapping, table);
  const merged = await resolvedIds(db, importer.markings, mapping, rows.entities, rows.links);
  const converted = { ...rows, ...withoutResolved(rows.entities, rows.links, merged.survivors) };
  const resolved = await resolveLinks(db, importer.markings, mapping, converted.entities, converted.links);
  const held = await heldIds(db, importer.markings, mapping, converted.entities);
  const problems = [...converted.problems, ...merged.problems, ...resolved.problems, ...held.problems].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  onProgress({ phase: 'checking', done: table.rows.length, total: table.rows.length });
  if (problems.length) return refused(problems, table.header, table.rows.length);

  const preview = previewRows(converted.entities, resolved.links);
  const result: ImportResult = {
    ok: true,
    problems: [],
    moreProblems: 0,
    rows: table.rows.length,
    entities: converted.entities.length,
    resolvedEntities: rows.entities.length - converted.entities.length,
    links: resolved.links.length,
    sourceId: importSourceId(mapping),
    header: table.header,
    preview,
    written: false,
  };
  if (options.check) return result;
  const summary: WriteSummary = await writeImport(db, importer.markings, mapping, converted.entities, held.existing, resolved.links, (p: WriteProgress) => onProgress(p));
  onProgress({ phase: 'done', done: table.rows.length, total: table.rows.length });
  await recordAudit(db, {
    actor: importer.actor,
    action: 'data-imported',
    outcome: 'success',
    target: summary.sourceId,
    details: `${input.file}: ${table.rows.length} rows, ${summary.entities} entities, ${summary.links} links${result.resolvedEntities ? `, ${result.resolvedEntities} rows of entities resolved into others` : ''}`,
    marking: mapping.marking,
  });
  if (summary.links < resolved.links.length) {
    // Only when an end was removed between the check and the write: say so rather than claim success.
    return { ...result, ok: false, written: true, links: summary.links, problems: [{ file: input.file, line: 1, reason: `${resolved.links.length - summary.links} links were not written: an entity they link to was removed while importing. Import the file again.` }] };
  }
  return { ...result, written: true, entities: summary.entities, links: summary.links };
}

function previewRows(entities: ReturnType<typeof convertRows>['entities'], links: Awaited<ReturnType<typeof resolveLinks>>['links']): ImportPreviewRow[] {
  if (entities.length) {
    const shown = entities.slice(0, PREVIEW_ROWS);
    const lines = new Set(shown.map((e) => e.line));
    return shown.map((e) => ({
      line: e.line,
      id: e.id,
      kind: e.kind,
      name: String(e.props.name ?? ''),
      links: links.filter((l) => lines.has(l.record.line) && l.record.line === e.line).map((l) => ({ type: l.record.type, to: l.from === e.id ? l.to : l.from })),
    }));
  }
  return links.slice(0, PREVIEW_ROWS).map((l) => ({ line: l.record.line, id: '', kind: l.record.type, name: `${l.from} → ${l.to}`, links: [{ type: l.record.type, to: l.to }] }));
}
