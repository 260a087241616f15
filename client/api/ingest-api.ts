/**
 * Document ingest and review (server/modules/ingest): send a document, read what it names and
 * proposes, and accept or reject a proposal. Files travel to the upload route, as CSV imports do.
 */
import { sourceText } from '../api.ts';
import { graphqlRequest } from './graphql-transport.ts';
import { MAX_UPLOAD_BYTES, UPLOAD_URL } from './imports-api.ts';

export { MAX_UPLOAD_BYTES };

export interface IngestResult {
  sourceId: string;
  created: boolean;
  mentionCount: number;
  mentionedEntityCount: number;
  candidateCount: number;
  languages: string[];
}

export interface DocumentMention {
  entityId: string;
  kind: string;
  name: string;
  start: number;
  end: number;
}

export interface Candidate {
  id: string;
  kind: string;
  text: string;
  acronym: string | null;
  sentence: string;
  confidence: number;
  reason: string;
  status: 'PENDING' | 'ACCEPTED' | 'REJECTED';
}

export interface IngestFile {
  fileName: string;
  contentBase64: string;
  title: string;
  publisher?: string;
  date?: string;
  marking: string;
}

export async function ingestDocument(input: IngestFile): Promise<IngestResult> {
  const data = await graphqlRequest<{ ingestDocument: IngestResult }>(
    /* GraphQL */ `mutation IngestDocument($input: IngestDocumentInput!) { ingestDocument(input: $input) { sourceId created mentionCount mentionedEntityCount candidateCount languages } }`,
    { input },
    { url: UPLOAD_URL },
  );
  return data.ingestDocument;
}

/** The document's stored text and the places it names known entities. */
export async function documentWithMentions(sourceId: string): Promise<{ text: string; mentions: DocumentMention[] }> {
  const [doc, data] = await Promise.all([
    sourceText(sourceId),
    graphqlRequest<{ documentMentions: DocumentMention[] }>(
      /* GraphQL */ `query DocumentMentions($id: ID!) { documentMentions(sourceId: $id) { entityId kind name start end } }`,
      { id: sourceId },
    ),
  ]);
  return { text: doc?.text ?? '', mentions: data.documentMentions };
}

export async function reviewQueue(sourceId: string, first = 100): Promise<{ totalCount: number; candidates: Candidate[] }> {
  const data = await graphqlRequest<{ reviewQueue: { totalCount: number; candidates: Candidate[] } }>(
    /* GraphQL */ `query ReviewQueue($id: ID, $first: Int) { reviewQueue(sourceId: $id, first: $first) { totalCount candidates { id kind text acronym sentence confidence reason status } } }`,
    { id: sourceId, first },
  );
  return data.reviewQueue;
}

export async function acceptAsNewEntity(id: string): Promise<string> {
  const data = await graphqlRequest<{ acceptCandidate: { entityId: string } }>(
    /* GraphQL */ `mutation AcceptCandidate($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { entityId } }`,
    { input: { id, as: 'NEW_ENTITY' } },
  );
  return data.acceptCandidate.entityId;
}

export async function rejectCandidate(id: string): Promise<void> {
  await graphqlRequest(/* GraphQL */ `mutation RejectCandidate($id: ID!) { rejectCandidate(id: $id) { id } }`, { id });
}
