/**
 * Reads a CSV file into rows with the line each starts on and its raw text (the verbatim
 * evidence of what the row states). Malformed CSV and a header without the mapped columns are
 * problems with their line and column, never exceptions.
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { ImportProblem } from './import-problems.ts';

export interface CsvRow {
  /** 1-based line the row starts on. */
  line: number;
  values: Record<string, string>;
  /** The row as written in the file, without its line ending. */
  raw: string;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

interface ParsedRecord {
  record: Record<string, string>;
  raw: string;
  info: { lines: number };
}

export function readCsv(text: string, file: string, separator: string, required: readonly string[]): { table?: CsvTable; problems: ImportProblem[] } {
  let header: string[] = [];
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      delimiter: separator,
      bom: true,
      columns: (names: string[]) => {
        header = names.map((n) => n.trim());
        return header;
      },
      skip_empty_lines: true,
      info: true,
      raw: true,
      trim: false,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    if (error instanceof CsvError) {
      const e = error as CsvError & { lines?: number; index?: number; column?: string };
      return {
        problems: [{
          file,
          line: e.lines ?? 1,
          ...(typeof e.index === 'number' ? { column: e.index + 1 } : {}),
          ...(typeof e.column === 'string' ? { field: e.column } : {}),
          reason: `not valid CSV: ${e.message.replace(/^.*?: /, '')}`,
        }],
      };
    }
    throw error;
  }
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    if (name === '') problems.push({ file, line: 1, column: i + 1, reason: 'a column has no name in the header' });
    else if (seen.has(name)) problems.push({ file, line: 1, column: i + 1, field: name, reason: `column "${name}" appears twice (also column ${seen.get(name)! + 1})` });
    else seen.set(name, i);
  });
  for (const column of required) {
    if (!seen.has(column)) problems.push({ file, line: 1, field: column, reason: `the header has no column "${column}", which the mapping reads (it has: ${header.join(', ')})` });
  }
  if (problems.length) return { problems };
  const rows = records.map(({ record, raw, info }) => {
    const text = raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
    return { line: info.lines - (text.match(/\n/g)?.length ?? 0), values: record, raw: text };
  });
  return { table: { header, rows }, problems: [] };
}

/** 1-based position of a column in the header, for problem reports. */
export const columnPosition = (table: CsvTable, column: string) => table.header.indexOf(column) + 1;
