import type { ImportInput } from '../../case-import/case-import.ts';
import type { AppContext } from '../../context.ts';
import type { ImportJob } from './import-jobs.ts';
import { checkImport, importJob, startImport } from './imports-domain.ts';

export const importsResolvers = {
  // Jobs keep importCsv's lower-case phases; the enum's internal values map them.
  ImportPhase: { QUEUED: 'queued', CHECKING: 'checking', ENTITIES: 'entities', LINKS: 'links', DONE: 'done', FAILED: 'failed' },
  Query: {
    importJob: (_: unknown, { id }: { id: string }, ctx: AppContext) => importJob(ctx, id),
  },
  Mutation: {
    checkImport: (_: unknown, { input }: { input: ImportInput }, ctx: AppContext) => checkImport(ctx, input),
    startImport: (_: unknown, { input }: { input: ImportInput }, ctx: AppContext) => startImport(ctx, input),
  },
  ImportJob: {
    rowsPerSecond: (job: ImportJob) => Math.round(job.rowsPerSecond),
    percent: (job: ImportJob) => Math.round(job.percent * 10) / 10,
  },
};
