/**
 * Document ingest and review (server/modules/ingest): send a document, read what it names and
 * proposes, and review a proposal: accept it (as a new entity, as another name of an entity, or
 * as a link between two), edit it, or reject it. Files travel to the upload route, as CSV imports do.
 */
import type { Kind, RelationshipType } from '../../server/domain/model.ts';
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
  kind: Kind;
  name: string;
  start: number;
  end: number;
  sentence: string;
}

export interface Candidate {
  id: string;
  kind: Kind;
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
      /* GraphQL */ `query DocumentMentions($id: ID!) { documentMentions(sourceId: $id) { entityId kind name start end sentence } }`,
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

type Acceptance = { as: 'NEW_ENTITY' } | { as: 'ALIAS'; entityId: string } | { as: 'LINK'; linkType: RelationshipType; from: string; to: string };

async function acceptCandidate(id: string, acceptance: Acceptance): Promise<{ entityId: string | null; linkId: string | null }> {
  const data = await graphqlRequest<{ acceptCandidate: { entityId: string | null; linkId: string | null } }>(
    /* GraphQL */ `mutation AcceptCandidate($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { entityId linkId } }`,
    { input: { id, ...acceptance } },
  );
  return data.acceptCandidate;
}

/** Accepts a candidate as a new entity of its kind, named by its text; the new entity's id. */
export async function acceptAsNewEntity(id: string): Promise<string> {
  return (await acceptCandidate(id, { as: 'NEW_ENTITY' })).entityId!;
}

/** Accepts a candidate as another name of an entity; that entity's id. */
export async function acceptAsAlias(id: string, entityId: string): Promise<string> {
  return (await acceptCandidate(id, { as: 'ALIAS', entityId })).entityId!;
}

/** Accepts a candidate as a relationship between two entities, its sentence the evidence; the relationship's id. */
export async function acceptAsLink(id: string, linkType: RelationshipType, from: string, to: string): Promise<string> {
  return (await acceptCandidate(id, { as: 'LINK', linkType, from, to })).linkId!;
}

/** Changes a pending candidate's text or kind before it is accepted. */
export async function editCandidate(id: string, change: { text?: string; kind?: Kind }): Promise<Candidate> {
  const data = await graphqlRequest<{ editCandidate: Candidate }>(
    /* GraphQL */ `mutation EditCandidate($input: EditCandidateInput!) { editCandidate(input: $input) { id kind text acronym sentence confidence reason status } }`,
    { input: { id, ...change } },
  );
  return data.editCandidate;
}

export async function rejectCandidate(id: string): Promise<void> {
  await graphqlRequest(/* GraphQL */ `mutation RejectCandidate($id: ID!) { rejectCandidate(id: $id) { id } }`, { id });
}
