import type { AppContext } from '../../context.ts';
import { acceptCandidate, documentMentions, editCandidate, ingestFromApi, rejectCandidate, reviewQueue, type AcceptInput, type IngestDocumentArgs } from './review-domain.ts';

/** Document ingest and the review of its candidates: one line each, over review-domain.ts. */
export const ingestResolvers = {
  Query: {
    documentMentions: (_: unknown, { sourceId }: { sourceId: string }, ctx: AppContext) => documentMentions(ctx, sourceId),
    reviewQueue: (_: unknown, args: { sourceId?: string; first?: number; after?: string }, ctx: AppContext) => reviewQueue(ctx, args),
  },
  Mutation: {
    ingestDocument: (_: unknown, { input }: { input: IngestDocumentArgs }, ctx: AppContext) => ingestFromApi(ctx, input),
    acceptCandidate: (_: unknown, { input }: { input: AcceptInput }, ctx: AppContext) => acceptCandidate(ctx, input),
    editCandidate: (_: unknown, { input }: { input: { id: string; text?: string; kind?: string } }, ctx: AppContext) => editCandidate(ctx, input),
    rejectCandidate: (_: unknown, { id }: { id: string }, ctx: AppContext) => rejectCandidate(ctx, id),
  },
};
