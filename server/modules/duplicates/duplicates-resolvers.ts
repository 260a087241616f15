import type { AppContext } from '../../context.ts';
import { duplicateCandidates, judgeDuplicate, resolvedDuplicates, undoResolution, type CandidateArgs, type JudgeInput } from './duplicates-domain.ts';

/** The duplicate queue, judgements and their undo: one line each, over duplicates-domain.ts. */
export const duplicatesResolvers = {
  Query: {
    duplicateCandidates: (_: unknown, args: CandidateArgs, ctx: AppContext) => duplicateCandidates(ctx, args),
    resolvedDuplicates: (_: unknown, { entityId }: { entityId: string }, ctx: AppContext) => resolvedDuplicates(ctx, entityId),
  },
  Mutation: {
    judgeDuplicate: (_: unknown, { input }: { input: JudgeInput }, ctx: AppContext) => judgeDuplicate(ctx, input),
    undoResolution: (_: unknown, { duplicateId }: { duplicateId: string }, ctx: AppContext) => undoResolution(ctx, duplicateId),
  },
};
