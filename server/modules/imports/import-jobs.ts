/**
 * Imports started from the API run in the background of this process, and their progress is
 * polled with importJob(id). The jobs are kept in this process's memory only (for
 * JOB_RETENTION_MS after they end): with several API instances behind a load balancer, a job is
 * on the instance that runs it, so polling must reach that instance (sticky sessions) — the
 * data it writes is in Neo4j and seen by every instance. A restart forgets running jobs; their
 * imports are idempotent and are completed by importing the file again.
 */
import { randomUUID } from 'node:crypto';
import type { ImportPhase, ImportProgress, ImportResult } from '../../case-import/case-import.ts';

export const JOB_RETENTION_MS = 30 * 60_000;
/** Jobs one user may have running at once; more are refused until one ends. */
export const RUNNING_JOBS_PER_USER = 2;

export type JobPhase = 'queued' | ImportPhase | 'failed';

export interface ImportJob {
  id: string;
  owner: string;
  file: string;
  phase: JobPhase;
  done: number;
  total: number;
  percent: number;
  rowsPerSecond: number;
  startedAt: string;
  finishedAt: string | null;
  result: ImportResult | null;
  error: string | null;
  /** When the current phase began (ms), for its rate. */
  phaseStarted: number;
}

/** Where each phase sits on the job's 0–100 bar: checking is quick, writing takes the rest. */
const PHASE_SPAN: Record<ImportPhase, [number, number]> = {
  checking: [0, 10],
  entities: [10, 60],
  links: [60, 100],
  done: [100, 100],
};

const jobs = new Map<string, ImportJob>();

function forgetOldJobs(now = Date.now()): void {
  for (const [id, job] of jobs) {
    if (job.finishedAt && now - Date.parse(job.finishedAt) > JOB_RETENTION_MS) jobs.delete(id);
  }
}

export const runningJobs = (owner: string) => [...jobs.values()].filter((j) => j.owner === owner && !j.finishedAt).length;

/** A job of this owner; another user's job is as unknown as one that never existed. */
export function findJob(id: string, owner: string): ImportJob | null {
  forgetOldJobs();
  const job = jobs.get(id);
  return job && job.owner === owner ? job : null;
}

/**
 * Starts `work` in the background and returns its job at once. `work` reports progress through
 * the callback it is given and resolves with the import's result; a throw fails the job.
 */
export function startJob(owner: string, file: string, work: (onProgress: (p: ImportProgress) => void) => Promise<ImportResult>): ImportJob {
  forgetOldJobs();
  const now = Date.now();
  const job: ImportJob = {
    id: randomUUID(), owner, file, phase: 'queued', done: 0, total: 0, percent: 0, rowsPerSecond: 0,
    startedAt: new Date(now).toISOString(), finishedAt: null, result: null, error: null, phaseStarted: now,
  };
  jobs.set(job.id, job);
  const onProgress = (p: ImportProgress) => {
    const at = Date.now();
    if (p.phase !== job.phase) {
      job.phase = p.phase;
      job.phaseStarted = at;
    }
    job.done = p.done;
    job.total = p.total;
    const [from, to] = PHASE_SPAN[p.phase];
    job.percent = Math.max(job.percent, from + (to - from) * (p.total > 0 ? Math.min(1, p.done / p.total) : 1));
    job.rowsPerSecond = p.done / Math.max((at - job.phaseStarted) / 1000, 0.001);
  };
  // Started on the next turn so the caller has the job before any progress is reported.
  setImmediate(() => {
    work(onProgress).then((result) => {
      job.result = result;
      job.phase = 'done';
      job.percent = 100;
      job.finishedAt = new Date().toISOString();
    }, (error: unknown) => {
      job.phase = 'failed';
      job.error = error instanceof Error && error.name === 'GraphQLError' ? error.message : 'The import failed on the server; nothing more was written. Import the file again to complete it.';
      if (!(error instanceof Error && error.name === 'GraphQLError')) console.error('Import job failed:', error);
      job.finishedAt = new Date().toISOString();
    });
  });
  return job;
}
