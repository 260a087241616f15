/**
 * Duplicates (server/modules/duplicates): the queue of pairs that may be one entity, judging a
 * pair, undoing a resolution, and what was resolved into an entity.
 */
import type { Kind } from './api-types.ts';
import { graphqlRequest, type RequestOptions } from './graphql-transport.ts';

export interface DuplicateMember {
  id: string;
  kind: Kind;
  name: string;
  aliases: string[];
  marking: string;
}

export interface DuplicateCandidate {
  a: DuplicateMember;
  b: DuplicateMember;
  score: number;
  reasons: string[];
  verdict: 'UNSURE' | null;
}

export interface DuplicatePage {
  totalCount: number;
  candidates: DuplicateCandidate[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export type Verdict = 'SAME' | 'NOT_SAME' | 'UNSURE';

export interface JudgementResult {
  verdict: Verdict;
  survivorId: string | null;
  duplicateId: string | null;
  movedLinks: number;
}

export interface ResolvedDuplicate {
  id: string;
  kind: Kind;
  name: string;
  aliases: string[];
  marking: string;
  judgedBy: string;
  judgedAt: string;
  score: number | null;
  reasons: string[];
  evidence: { sourceId: string; quote: string; date: string | null; modality: string }[];
}

const MEMBER = 'id kind name aliases marking';

export async function duplicateCandidates(args: { kind?: Kind | null; entityId?: string | null; first?: number; after?: string | null }, options: RequestOptions = {}): Promise<DuplicatePage> {
  const data = await graphqlRequest<{ duplicateCandidates: DuplicatePage }>(
    /* GraphQL */ `query DuplicateCandidates($kind: Kind, $entityId: ID, $first: Int, $after: String) {
      duplicateCandidates(kind: $kind, entityId: $entityId, first: $first, after: $after) {
        totalCount endCursor hasNextPage candidates { a { ${MEMBER} } b { ${MEMBER} } score reasons verdict }
      }
    }`,
    { kind: args.kind ?? null, entityId: args.entityId ?? null, first: args.first ?? 20, after: args.after ?? null },
    options,
  );
  return data.duplicateCandidates;
}

export async function judgeDuplicate(a: string, b: string, verdict: Verdict, keep?: string): Promise<JudgementResult> {
  const data = await graphqlRequest<{ judgeDuplicate: JudgementResult }>(
    /* GraphQL */ `mutation JudgeDuplicate($input: JudgeDuplicateInput!) { judgeDuplicate(input: $input) { verdict survivorId duplicateId movedLinks } }`,
    { input: { a, b, verdict, ...(keep ? { keep } : {}) } },
  );
  return data.judgeDuplicate;
}

export async function undoResolution(duplicateId: string): Promise<JudgementResult> {
  const data = await graphqlRequest<{ undoResolution: JudgementResult }>(
    /* GraphQL */ `mutation UndoResolution($id: ID!) { undoResolution(duplicateId: $id) { verdict survivorId duplicateId movedLinks } }`,
    { id: duplicateId },
  );
  return data.undoResolution;
}

export async function resolvedDuplicates(entityId: string, options: RequestOptions = {}): Promise<ResolvedDuplicate[]> {
  const data = await graphqlRequest<{ resolvedDuplicates: ResolvedDuplicate[] }>(
    /* GraphQL */ `query ResolvedDuplicates($id: ID!) {
      resolvedDuplicates(entityId: $id) { id kind name aliases marking judgedBy judgedAt score reasons evidence { sourceId quote date modality } }
    }`,
    { id: entityId },
    options,
  );
  return data.resolvedDuplicates;
}
