/** What is wrong with an import, and exactly where: the file, its line and column, the field. */
export interface ImportProblem {
  file: string;
  /** 1-based line of the CSV or mapping file. */
  line: number;
  /** 1-based column: of the mapping text, or the CSV column's position. */
  column?: number;
  /** The CSV column's header, or the mapping's field. */
  field?: string;
  reason: string;
}

export const describeProblem = (p: ImportProblem) =>
  `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}${p.field ? ` (${p.field})` : ''}: ${p.reason}`;

/** Refused imports report this many problems at most, and say how many more there were. */
export const MAX_REPORTED_PROBLEMS = 200;
