/**
 * Import jobs in the API's memory (server/modules/imports/import-jobs.ts) and the upload route's
 * body limit (server/body-limit.ts): progress only grows and reaches 100 at the end, a job is
 * its owner's alone, a failure is kept with a message that names nothing internal; only a
 * credentialed POST to /graphql?upload=csv gets the larger body limit.
 */
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { bodyLimitOf, MAX_BODY_BYTES, MAX_UPLOAD_BODY_BYTES } from '../../server/body-limit.ts';
import type { ImportProgress, ImportResult } from '../../server/case-import/case-import.ts';
import { findJob, runningJobs, startJob } from '../../server/modules/imports/import-jobs.ts';

const result = { ok: true, written: true, problems: [], moreProblems: 0, rows: 3, entities: 3, resolvedEntities: 0, links: 0, header: [], preview: [] } as ImportResult;
const tick = () => new Promise((r) => setTimeout(r, 5));

describe('import jobs', () => {
  it('report growing progress across phases and 100% with the result at the end', async () => {
    const percents: number[] = [];
    let report: (p: ImportProgress) => void = () => {};
    let finish: () => void = () => {};
    const job = startJob('ana', 'a.csv', (onProgress) => {
      report = onProgress;
      return new Promise((resolve) => (finish = () => resolve(result)));
    });
    expect(job.phase).toBe('queued');
    expect(runningJobs('ana')).toBe(1);
    await tick();
    for (const p of [{ phase: 'checking', done: 0, total: 4 }, { phase: 'checking', done: 4, total: 4 }, { phase: 'entities', done: 2, total: 4 }, { phase: 'entities', done: 4, total: 4 }, { phase: 'links', done: 1, total: 2 }] as ImportProgress[]) {
      report(p);
      percents.push(findJob(job.id, 'ana')!.percent);
    }
    expect(percents).toEqual([0, 10, 35, 60, 80]);
    expect(findJob(job.id, 'ana')!.phase).toBe('links');
    finish();
    await tick();
    expect(findJob(job.id, 'ana')).toMatchObject({ phase: 'done', percent: 100, result, error: null });
    expect(findJob(job.id, 'ana')!.finishedAt).not.toBeNull();
    expect(runningJobs('ana')).toBe(0);
  });

  it('are found by their owner only', async () => {
    const job = startJob('bo', 'b.csv', async () => result);
    await tick();
    expect(findJob(job.id, 'bo')?.id).toBe(job.id);
    expect(findJob(job.id, 'cy')).toBeNull();
    expect(findJob('unknown', 'bo')).toBeNull();
  });

  it('keep a failure with a message that says what to do, not what broke inside', async () => {
    const job = startJob('di', 'd.csv', async () => {
      throw new Error('Neo.ClientError.Statement.SyntaxError at MERGE (n:Entity ...)');
    });
    const logged = console.error;
    console.error = () => {};
    try {
      await tick();
    } finally {
      console.error = logged;
    }
    const failed = findJob(job.id, 'di')!;
    expect(failed.phase).toBe('failed');
    expect(failed.error).toMatch(/Import the file again/);
    expect(failed.error).not.toMatch(/MERGE|Neo\./);
  });
});

describe('the upload route body limit', () => {
  const request = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers }) as unknown as IncomingMessage;
  it('is 50 MB only for a credentialed POST to /graphql?upload=csv', () => {
    expect(bodyLimitOf(request('POST', '/graphql?upload=csv', { authorization: 'Bearer x' }))).toBe(MAX_UPLOAD_BODY_BYTES);
    expect(bodyLimitOf(request('POST', '/graphql?upload=csv', { cookie: 'sg_session=x' }))).toBe(MAX_UPLOAD_BODY_BYTES);
    expect(bodyLimitOf(request('POST', '/graphql?a=1&upload=csv', { authorization: 'Bearer x' }))).toBe(MAX_UPLOAD_BODY_BYTES);
    for (const other of [
      request('POST', '/graphql?upload=csv'),
      request('POST', '/graphql', { authorization: 'Bearer x' }),
      request('POST', '/graphql?upload=csvx', { authorization: 'Bearer x' }),
      request('POST', '/graphql/x?upload=csv', { authorization: 'Bearer x' }),
      request('POST', '/auth/session?upload=csv', { authorization: 'Bearer x' }),
      request('GET', '/graphql?upload=csv', { authorization: 'Bearer x' }),
    ]) expect(bodyLimitOf(other), `${other.method} ${other.url}`).toBe(MAX_BODY_BYTES);
  });
});
