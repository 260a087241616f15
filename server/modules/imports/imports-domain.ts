/**
 * Imports from the API: the same importCsv as the command line (server/case-import/), run with
 * the caller's clearance (they import only at markings they may see) and name (for the audit
 * log). A check answers at once; an import runs as a job (./import-jobs.ts) polled for progress.
 */
import { recordAudit } from '../../auth/audit.ts';
import { importCsv, type Importer, type ImportInput, type ImportResult } from '../../case-import/case-import.ts';
import type { AppContext } from '../../context.ts';
import { badInput } from '../../errors.ts';
import { findJob, RUNNING_JOBS_PER_USER, runningJobs, startJob, type ImportJob } from './import-jobs.ts';

/** Characters the CSV text may have (the body limit of /graphql?upload=csv bounds it too). */
export const MAX_IMPORT_CSV_CHARS = 48 * 1024 * 1024;
/** Characters the mapping text may have. */
export const MAX_IMPORT_MAPPING_CHARS = 100_000;

const FILE_NAME = /^[^/\\\u0000-\u001f]{1,200}$/;

function importerOf(ctx: AppContext): Importer {
  // The role guard has already refused anyone without a name and the analyst role.
  return { markings: ctx.viewer.markings, actor: ctx.viewer.identity!.name };
}

function inputOf(input: ImportInput): ImportInput {
  if (!FILE_NAME.test(input.file)) throw badInput('file must be a file name (1 to 200 characters, no slashes).', 'input.file');
  if (!FILE_NAME.test(input.mappingFile)) throw badInput('mappingFile must be a file name (1 to 200 characters, no slashes).', 'input.mappingFile');
  if (input.csv.length > MAX_IMPORT_CSV_CHARS) throw badInput(`The CSV may have at most ${MAX_IMPORT_CSV_CHARS} characters; split the file.`, 'input.csv');
  if (input.mapping.length > MAX_IMPORT_MAPPING_CHARS) throw badInput(`The mapping may have at most ${MAX_IMPORT_MAPPING_CHARS} characters.`, 'input.mapping');
  return { csv: input.csv, file: input.file, mapping: input.mapping, mappingFile: input.mappingFile };
}

/** Checks an import: nothing is written, whatever it finds. */
export function checkImport(ctx: AppContext, input: ImportInput): Promise<ImportResult> {
  return importCsv(ctx.db, importerOf(ctx), inputOf(input), { check: true });
}

/**
 * Starts an import. importCsv audits a written import (data-imported, success); a refused one
 * (any problem, a marking above the importer's clearance) and one that fails on the way are
 * audited here as failures, so every attempt to write is in the audit log.
 */
export function startImport(ctx: AppContext, input: ImportInput): ImportJob {
  const importer = importerOf(ctx);
  const checked = inputOf(input);
  if (runningJobs(importer.actor) >= RUNNING_JOBS_PER_USER) {
    throw badInput(`You have ${RUNNING_JOBS_PER_USER} imports running; wait for one to end.`);
  }
  // The job outlives the request: it gets the API's database handle, not the request's view.
  const db = ctx.db.root;
  return startJob(importer.actor, checked.file, async (onProgress) => {
    const failed = (details: string) =>
      // Problems may quote the file's values: the event is marked at the importer's clearance.
      recordAudit(db, { actor: importer.actor, action: 'data-imported', outcome: 'failure', target: checked.file, details, marking: importer.markings.at(-1) });
    let result: ImportResult;
    try {
      result = await importCsv(db, importer, checked, { onProgress });
    } catch (error) {
      await failed(`${checked.file}: the import failed while writing`).catch(() => {});
      throw error;
    }
    if (!result.ok && !result.written) {
      const first = result.problems[0];
      await failed(`${checked.file}: refused, nothing written (${result.problems.length + result.moreProblems} problems${first ? `; first: line ${first.line}: ${first.reason}` : ''})`);
    }
    return result;
  });
}

export const importJob = (ctx: AppContext, id: string): ImportJob | null => findJob(id, ctx.viewer.identity!.name);
