/**
 * What an analyst does with a new report, step by step, through the same domain functions the
 * API calls, each step timed: ingest it, read its mentions and review queue, accept two
 * candidates as new entities and reject one, then take the best pair the duplicate queue
 * proposes for the first of them (or else over the graph), judge it the same and undo that.
 * Everything it made is removed again: the accepted entities, and the document with its mentions
 * and candidates.
 */
import type { AppContext } from '../../../server/context.ts';
import type { Db } from '../../../server/db/driver.ts';
import { MARKINGS } from '../../../server/domain/model.ts';
import { removeIngestedDocument } from '../../../server/ingest/ingest-document.ts';
import { duplicateCandidates, judgeDuplicate, undoResolution } from '../../../server/modules/duplicates/duplicates-domain.ts';
import { acceptCandidate, documentMentions, ingestFromApi, rejectCandidate, reviewQueue } from '../../../server/modules/ingest/review-domain.ts';
import { deleteEntity } from '../../../server/modules/knowledge/knowledge-domain.ts';

export interface Step {
  step: string;
  ms: number;
  result: string;
}

export async function analystSteps(db: Db, text: string, title: string): Promise<Step[]> {
  const ctx: AppContext = { db, viewer: { markings: [...MARKINGS], identity: { name: 'bench:ingest', role: 'analyst', clearance: 'CONFIDENTIAL' } as never }, analyticsEngine: 'in-process' };
  const steps: Step[] = [];
  const timed = async <T>(step: string, work: () => Promise<T>, result: (value: T) => string): Promise<T> => {
    const started = performance.now();
    const value = await work();
    steps.push({ step, ms: Math.round(performance.now() - started), result: result(value) });
    return value;
  };
  const accepted: string[] = [];
  let sourceId: string | undefined;
  try {
    const ingested = await timed('ingest the report', () => ingestFromApi(ctx, { text, title, publisher: 'bench', marking: 'RESTRICTED' }), (r) => `${r.mentionCount} mentions, ${r.candidateCount} candidates`);
    sourceId = ingested.sourceId;
    await timed('read its mentions (highlighted text)', () => documentMentions(ctx, ingested.sourceId), (m) => `${m.length} mentions`);
    const queue = await timed('read its review queue', () => reviewQueue(ctx, { sourceId: ingested.sourceId, first: 200 }), (q) => `${q.totalCount} candidates`);
    // Named things first (an operation, an organisation with its acronym), the surest first; figures after.
    type Candidate = (typeof queue.candidates)[number] & { confidence?: number; reason?: string };
    const rank = (c: Candidate) => (c.kind === 'Figure' ? 1 : 0) - Number(c.confidence ?? 0);
    const acceptable = (queue.candidates as Candidate[]).filter((c) => c.reason !== 'operation-date').sort((a, b) => rank(a) - rank(b));
    for (const candidate of acceptable.slice(0, 2)) {
      const result = await timed(`accept "${candidate.text}" as a new ${candidate.kind}`, () => acceptCandidate(ctx, { id: candidate.id, as: 'NEW_ENTITY' }), (r) => r.entityId!);
      accepted.push(result.entityId!);
    }
    const rejected = acceptable[2];
    if (rejected) await timed(`reject "${rejected.text}"`, () => rejectCandidate(ctx, rejected.id), (c) => c.status);
    const own = accepted[0] ? await timed('duplicates of the first accepted entity', () => duplicateCandidates(ctx, { entityId: accepted[0], first: 5 }), (p) => `${p.totalCount} pairs`) : null;
    const pairs = own?.candidates.length ? own : await timed('duplicate queue over the graph', () => duplicateCandidates(ctx, { first: 5 }), (p) => `${p.totalCount} pairs`);
    const best = pairs.candidates[0];
    if (best) {
      const merged = await timed(`merge "${best.b.name}" into "${best.a.name}"`, () => judgeDuplicate(ctx, { a: best.a.id, b: best.b.id, verdict: 'same' }), (r) => `${r.movedLinks} relationships moved`);
      await timed('undo the merge', () => undoResolution(ctx, merged.duplicateId!), (r) => `${r.movedLinks} relationships moved back`);
    }
  } finally {
    for (const id of accepted) await deleteEntity(ctx, id).catch((error: Error) => console.error(`Could not remove the accepted entity ${id}: ${error.message}`));
    if (sourceId) await removeIngestedDocument(db, sourceId);
  }
  return steps;
}
