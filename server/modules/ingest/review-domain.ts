/**
 * The review of what ingested documents propose: the queue, and accepting (as a new entity, as
 * an alias of a known one, or as a link between two known ones), editing and rejecting a
 * candidate. Accepting writes through the knowledge writes (upsertEntity, upsertLink), so the
 * write authority rule holds; what is accepted cites the document and the sentence as its
 * evidence, at the document's marking, and the audit log names the analyst. A candidate the
 * user cannot see is refused exactly like an unknown id. Rejected candidates are kept, so
 * re-ingesting does not propose them again (ingest/rejected-keys).
 */
import { auditRow, type AuditAction } from '../../auth/audit.ts';
import type { AppContext } from '../../context.ts';
import { q } from '../../db/cypher.ts';
import { isKind, isRelationshipType, kindNames, kindSpec } from '../../domain/derive.ts';
import { COMMON_PROPERTIES, MARKINGS, type PropertySpec } from '../../domain/model.ts';
import { badInput, boundedInt, notFound } from '../../errors.ts';
import { candidateKey } from '../../ingest/candidates.ts';
import { ingestDocument, type IngestResult } from '../../ingest/ingest-document.ts';
import { INTERACTIVE_WRITE_TIMEOUT_MS } from '../../db/driver.ts';
import { upsertEntity, upsertLink } from '../knowledge/knowledge-domain.ts';

export type CandidateRecord = Record<string, unknown> & { id: string; sourceId: string; kind: string; text: string; sentence: string; marking: string; status: string };

const noCandidate = (id: string) => notFound(`No candidate with id "${id}".`);
const noDocument = (id: string) => notFound(`No document with id "${id}".`);

export interface IngestDocumentArgs {
  text?: string | null;
  fileName?: string | null;
  contentBase64?: string | null;
  title: string;
  publisher?: string | null;
  date?: string | null;
  documentType?: string | null;
  marking?: string | null;
}

export async function ingestFromApi(ctx: AppContext, input: IngestDocumentArgs): Promise<IngestResult> {
  if (input.contentBase64 != null && input.text != null) throw badInput('Give either text or a file (fileName and contentBase64), not both.', 'input');
  if (input.contentBase64 != null && !/^[A-Za-z0-9+/=\s]*$/.test(input.contentBase64)) throw badInput(`${input.fileName ?? 'The file'} cannot be ingested: its content is not base64.`, 'contentBase64');
  return ingestDocument(ctx.db, { markings: ctx.viewer.markings, actor: ctx.viewer.identity!.name }, {
    text: input.text,
    file: input.fileName ?? (input.text != null ? null : 'upload'),
    content: input.contentBase64 != null ? new Uint8Array(Buffer.from(input.contentBase64, 'base64')) : null,
    title: input.title,
    publisher: input.publisher,
    date: input.date,
    documentType: input.documentType,
    marking: input.marking,
  });
}

export async function documentMentions(ctx: AppContext, sourceId: string) {
  const [row] = await ctx.db.read('ingest/document-mentions', { sourceId, markings: ctx.viewer.markings });
  if (!row) throw noDocument(sourceId);
  type Stored = { id: string; kind: string; name: string; marking: string; starts: number[]; ends: number[]; sentences: string[] };
  return (row.mentions as Stored[])
    .flatMap((m) => m.starts.map((start, i) => ({ entityId: m.id, kind: m.kind, name: m.name, marking: m.marking, start: Number(start), end: Number(m.ends[i]), sentence: m.sentences[i] ?? '' })))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.entityId.localeCompare(b.entityId));
}

const MAX_PAGE = 200;

export async function reviewQueue(ctx: AppContext, args: { sourceId?: string | null; first?: number | null; after?: string | null }) {
  const first = boundedInt(args.first, 'first', 0, MAX_PAGE, 20);
  const [row] = await ctx.db.read('ingest/review-queue', { sourceId: args.sourceId ?? null, after: args.after ?? '', first: first + 1, markings: ctx.viewer.markings });
  const page = ((row?.page as CandidateRecord[]) ?? []).map(candidateView);
  return { totalCount: Number(row?.totalCount ?? 0), candidates: page.slice(0, first), hasNextPage: page.length > first, endCursor: page.slice(0, first).at(-1)?.id ?? null };
}

/** The API's shape of a stored candidate (the status as the enum's name). */
export const candidateView = (c: CandidateRecord) => ({ ...c, status: String(c.status).toUpperCase(), relatedIds: (c.relatedIds as string[] | undefined) ?? [], occurrences: Number(c.occurrences ?? 1) });

async function pendingCandidate(ctx: AppContext, id: string): Promise<CandidateRecord> {
  const [row] = await ctx.db.read('ingest/find-candidate', { id, markings: ctx.viewer.markings });
  const candidate = row?.candidate as CandidateRecord | undefined;
  if (!candidate) throw noCandidate(id);
  if (candidate.status !== 'pending') throw badInput(`Candidate "${id}" was already ${candidate.status}.`, 'id');
  return candidate;
}

async function updateCandidate(ctx: AppContext, candidate: CandidateRecord, props: Record<string, unknown>, action: AuditAction) {
  const updated = await ctx.db.writeTransaction(async (run) => {
    const [row] = await run(q('ingest-writes/update-candidate'), { id: candidate.id, props: { ...props, reviewedBy: ctx.viewer.identity!.name, reviewedAt: new Date().toISOString() }, markings: ctx.viewer.markings });
    const stored = row?.candidate as CandidateRecord | undefined;
    if (!stored) throw noCandidate(candidate.id);
    await run(q('audit/record-event'), { event: auditRow({ actor: ctx.viewer.identity!.name, action, outcome: 'success', target: candidate.id, before: candidate, after: stored, marking: candidate.marking }) });
    return stored;
  }, INTERACTIVE_WRITE_TIMEOUT_MS);
  return candidateView(updated);
}

export async function rejectCandidate(ctx: AppContext, id: string) {
  return updateCandidate(ctx, await pendingCandidate(ctx, id), { status: 'rejected' }, 'candidate-rejected');
}

export async function editCandidate(ctx: AppContext, input: { id: string; text?: string | null; kind?: string | null }) {
  const candidate = await pendingCandidate(ctx, input.id);
  const text = input.text != null ? input.text.trim() : candidate.text;
  if (!text || text.length > 300) throw badInput('text must be 1 to 300 characters.', 'text');
  const kind = input.kind ?? candidate.kind;
  if (!isKind(kind) || kind === 'Source') throw badInput(`"${kind}" is not a kind a candidate can have.`, 'kind');
  return updateCandidate(ctx, candidate, { text, kind, key: candidateKey(kind, text) }, 'candidate-edited');
}

export interface AcceptInput {
  id: string;
  as: 'NEW_ENTITY' | 'ALIAS' | 'LINK';
  entityId?: string | null;
  name?: string | null;
  linkType?: string | null;
  from?: string | null;
  to?: string | null;
}

/** The model's entity properties (never provenance lists or long text), as entity-record reads them. */
const ENTITY_PROPERTY_KEYS = [...new Set([
  ...Object.keys(COMMON_PROPERTIES).filter((k) => k !== 'id' && k !== 'marking'),
  ...kindNames.flatMap((k) => Object.entries(kindSpec(k).properties).filter(([, p]) => !p.long).map(([name]) => name)),
])];

type VisibleEvidence = { source: string; quote: string; date: string | null; modality: string | null; marking: string };
/** Visible evidence as read, in the form a write takes it (the write keeps what the user cannot see). */
const evidenceInputs = (items: unknown) => ((items as VisibleEvidence[] | undefined) ?? []).map((e) => ({ sourceId: e.source, quote: e.quote, date: e.date || null, modality: e.modality || null, marking: e.marking }));

/** Known properties of the candidate's kind it carries (a figure's value and unit). */
function candidateProperties(kind: string, candidate: CandidateRecord): Record<string, unknown> {
  const spec = kindSpec(kind as never).properties as Record<string, PropertySpec>;
  return Object.fromEntries(['value', 'unit'].filter((k) => spec[k] && candidate[k] != null).map((k) => [k, candidate[k]]));
}

export async function acceptCandidate(ctx: AppContext, input: AcceptInput) {
  const candidate = await pendingCandidate(ctx, input.id);
  const evidence = { sourceId: candidate.sourceId, quote: candidate.sentence, marking: candidate.marking };
  if (input.as === 'NEW_ENTITY') {
    // A date found near an operation dates that operation; it is no entity of its own.
    if (candidate.reason === 'operation-date') throw badInput(`Candidate "${input.id}" is a date of an operation: edit that operation's dates, or reject it.`, 'as');
    const name = (input.name ?? candidate.text).trim();
    const entity = await upsertEntity(ctx, {
      kind: candidate.kind,
      name,
      aliases: typeof candidate.acronym === 'string' ? [candidate.acronym] : [],
      marking: candidate.marking,
      properties: candidateProperties(candidate.kind, candidate),
      evidence: [evidence],
    });
    return { candidate: await updateCandidate(ctx, candidate, { status: 'accepted', acceptedAs: entity.id }, 'candidate-accepted'), entityId: entity.id, linkId: null };
  }
  if (input.as === 'ALIAS') {
    if (!input.entityId) throw badInput('Name the entity the candidate is another name of (entityId).', 'entityId');
    const [row] = await ctx.db.read('ingest/entity-record', { id: input.entityId, markings: ctx.viewer.markings, propertyKeys: ENTITY_PROPERTY_KEYS });
    if (!row || row.kind === 'Source') throw notFound(`No entity with id "${input.entityId}".`);
    const marking = String(row.marking);
    // The alias is read wherever the entity is: it may not come from a document marked above it.
    if (MARKINGS.indexOf(candidate.marking as never) > MARKINGS.indexOf(marking as never)) {
      throw badInput(`"${input.entityId}" is marked ${marking}, below the document's ${candidate.marking}: an alias from this document would be read by people not cleared for it. Accept the candidate as a new entity instead.`, 'entityId');
    }
    const kind = String(row.kind);
    const stored = Object.fromEntries(row.properties as [string, unknown][]);
    const spec = kindSpec(kind as never).properties as Record<string, PropertySpec>;
    const name = String(stored.name);
    const aliases = [...new Set([...((stored.aliases as string[]) ?? []), candidate.text, ...(typeof candidate.acronym === 'string' ? [candidate.acronym] : [])])].filter((a) => a !== name);
    const updated = await upsertEntity(ctx, {
      id: String(row.id),
      kind,
      name,
      aliases,
      description: (stored.description as string | undefined) ?? null,
      marking,
      properties: Object.fromEntries(Object.keys(spec).filter((k) => stored[k] != null && !spec[k]!.long).map((k) => [k, stored[k]])),
      evidence: [...evidenceInputs(row.evidence), evidence],
    });
    return { candidate: await updateCandidate(ctx, candidate, { status: 'accepted', acceptedAs: updated.id }, 'candidate-accepted'), entityId: updated.id, linkId: null };
  }
  if (!input.linkType || !isRelationshipType(input.linkType)) throw badInput('Name the relationship type (linkType) of the link.', 'linkType');
  if (!input.from || !input.to) throw badInput('Name both ends of the link (from, to).', 'from');
  const [existing] = await ctx.db.read('ingest/visible-link', { from: input.from, to: input.to, type: input.linkType, markings: ctx.viewer.markings });
  const rel = await upsertLink(ctx, {
    type: input.linkType,
    from: input.from,
    to: input.to,
    marking: existing ? String(existing.marking) : candidate.marking,
    evidence: [...evidenceInputs(existing?.evidence), evidence],
  });
  return { candidate: await updateCandidate(ctx, candidate, { status: 'accepted', acceptedAs: rel.id }, 'candidate-accepted'), entityId: null, linkId: rel.id };
}
