/**
 * One document ingest, as the command line and the API run it: the file is read (or the text
 * taken as given), checked, read against the gazetteer of what the ingesting user may see, and
 * only then written in one transaction: the Source (text and content hash), one MENTIONED_IN
 * per named entity with every offset and sentence, and the candidates for review. Nothing
 * unreviewed becomes an entity. The same text again (a visible Source with its hash) changes
 * nothing. Every write carries the document's marking, which the user must be cleared for
 * (the write authority rule of server/modules/knowledge/write-authority.ts).
 */
import { createHash } from 'node:crypto';
import { auditRow } from '../auth/audit.ts';
import type { Db } from '../db/driver.ts';
import { q } from '../db/cypher.ts';
import { contentHash } from '../domain/content-hash.ts';
import { searchIndexFor, searchLabelParams } from '../domain/derive.ts';
import { INGESTED_DOCUMENT_DEFAULT_MARKING, MARKINGS } from '../domain/model.ts';
import { provenanceProps, stricterMarking } from '../domain/provenance.ts';
import { badInput } from '../errors.ts';
import { newEntityId } from '../modules/knowledge/write-authority.ts';
import { candidateKey, type Candidate } from './candidates.ts';
import { CASE_DATA_KINDS, caseDataQueries, documentWords, REFERENCE_KINDS } from './case-data-lookup.ts';
import { analyseDocument, type DocumentAnalysis, type MentionWithSentence } from './document-analysis.ts';
import { documentText } from './document-text.ts';
import { Gazetteer, type GazetteerEntity } from './gazetteer.ts';
import { sentenceAround } from './sentences.ts';
import { slug } from '../domain/text-folding.ts';

export interface Ingester {
  /** Markings the user may see and write. */
  markings: string[];
  /** Who ingests: the audit log's actor and the candidates' author. */
  actor: string;
}

export interface IngestInput {
  /** The text itself, or a file's name and bytes (.txt, .md, .html, .pdf). */
  text?: string | null;
  file?: string | null;
  content?: Uint8Array | null;
  title: string;
  publisher?: string | null;
  date?: string | null;
  documentType?: string | null;
  marking?: string | null;
}

export interface IngestResult {
  sourceId: string;
  /** False when a document with the same text was already there: nothing was written. */
  created: boolean;
  contentHash: string;
  mentionCount: number;
  mentionedEntityCount: number;
  candidateCount: number;
  languages: string[];
  seconds: number;
  /** The gazetteer this ingest read the text with: how many entities, and the seconds reading and building it took. */
  gazetteer?: { entities: number; seconds: number };
}

export type IngestPhase = 'reading' | 'matching' | 'writing' | 'done';
export type IngestProgress = (phase: IngestPhase, done: number, total: number) => void;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const MAX_TEXT_CHARS = 5_000_000;
const BATCH = 500;
const LANGUAGE_NAMES: Record<string, string> = { eng: 'English', fra: 'French' };

const slugOf = (text: string) => slug(text, 60).replace(/-+$/, '');
const short = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

/** Problems with the document's details, all at once; the file is named in each. */
function checkDetails(ingester: Ingester, input: IngestInput): { marking: string } {
  const problems: string[] = [];
  if (typeof input.title !== 'string' || !input.title.trim() || input.title.length > 300) problems.push('title must be 1 to 300 characters');
  if (input.date && !DATE.test(input.date)) problems.push('date must be "YYYY", "YYYY-MM" or "YYYY-MM-DD"');
  if (input.publisher && input.publisher.length > 300) problems.push('publisher must be at most 300 characters');
  const marking = input.marking ?? INGESTED_DOCUMENT_DEFAULT_MARKING;
  if (!(MARKINGS as readonly string[]).includes(marking)) problems.push(`marking must be one of ${MARKINGS.join(', ')}`);
  else if (!ingester.markings.includes(marking)) problems.push(`you cannot write above your clearance: you may ingest documents marked ${MARKINGS.filter((m) => ingester.markings.includes(m)).join(', ')}`);
  if (problems.length) throw badInput(`${input.file ?? 'The document'} was not ingested: ${problems.join('; ')}.`, 'input');
  return { marking };
}

async function textOf(input: IngestInput): Promise<string> {
  if (typeof input.text === 'string') {
    if (!input.text.trim()) throw badInput(`${input.file ?? 'The document'} cannot be ingested: it holds no text.`, 'text');
    return input.text.replace(/\r\n?/g, '\n');
  }
  if (!input.file || !input.content) throw badInput('Give the document\'s text, or a file name and its content.', 'input');
  return documentText(input.file, input.content);
}

export interface ReadingContext {
  gazetteer: Gazetteer;
  /** candidateKey()s rejected before. */
  rejected: Set<string>;
  /** Entities the gazetteer was built from, and the seconds reading and building it took. */
  gazetteerEntities: number;
  gazetteerSeconds: number;
}

/**
 * The gazetteer of what these markings may see that this text can name (every curated entity,
 * and the case data holding one of its words: ./case-data-lookup.ts), and the candidates
 * rejected before.
 */
export async function readingContext(db: Db, markings: string[], text: string): Promise<ReadingContext> {
  const started = performance.now();
  const queries = caseDataQueries(documentWords(text));
  const [curated, cases] = (await Promise.all([
    db.read('ingest/gazetteer-entities', { kinds: REFERENCE_KINDS, markings }),
    queries.length ? db.read('ingest/gazetteer-case-entities', { index: searchIndexFor(markings), queries, kinds: CASE_DATA_KINDS, markings }) : [],
  ])) as unknown as (GazetteerEntity & { namesMarking: string })[][];
  // A resolved duplicate's names are read at the stricter of its marking and its survivor's.
  const entities = [...curated!, ...cases!].map(({ namesMarking, ...e }) => ({ ...e, marking: stricterMarking(e.marking, namesMarking) }));
  const gazetteer = new Gazetteer(entities);
  const gazetteerSeconds = (performance.now() - started) / 1000;
  const [row] = await db.read('ingest/rejected-keys', { markings });
  return { gazetteer, rejected: new Set((row?.keys as string[]) ?? []), gazetteerEntities: entities.length, gazetteerSeconds };
}

function mentionRows(sourceId: string, marking: string, mentions: MentionWithSentence[]) {
  const byEntity = Map.groupBy(mentions, (m) => m.entity.id);
  return [...byEntity].map(([entityId, list]) => {
    const id = `${entityId}|MENTIONED_IN|${sourceId}|text`;
    const linkMarking = list.reduce((m, x) => stricterMarking(m, x.entity.marking), marking);
    const sentences = [...new Set(list.map((m) => m.sentence))];
    return {
      id,
      entityId,
      props: {
        id,
        marking: linkMarking,
        origin: 'ingest',
        ...provenanceProps(sentences.map((quote) => ({ source: sourceId, quote, date: '', modality: 'reported' })), linkMarking),
        mentionStarts: list.map((m) => m.start),
        mentionEnds: list.map((m) => m.end),
        mentionSentences: list.map((m) => m.sentence),
      },
    };
  });
}

/** One candidate per proposal (kind and normalised text) and document, at its first place, with its count. */
function candidateRows(sourceId: string, marking: string, actor: string, candidates: Candidate[]) {
  const byKey = Map.groupBy(candidates, (c) => (c.reason === 'figure' || c.reason === 'operation-date' ? `${candidateKey(c.kind, c.text)}|${c.start}` : candidateKey(c.kind, c.text)));
  const now = new Date().toISOString();
  return [...byKey.values()].map((list) => {
    const c = list[0]!;
    const row: Record<string, unknown> = {
      id: `cand-${sourceId}-${String(c.start).padStart(8, '0')}-${short(`${c.kind}|${c.text}`)}`,
      sourceId,
      kind: c.kind,
      text: c.text,
      key: candidateKey(c.kind, c.text),
      start: c.start,
      end: c.end,
      sentence: c.sentence,
      confidence: c.confidence,
      reason: c.reason,
      relatedIds: c.relatedIds,
      occurrences: list.length,
      status: 'pending',
      marking,
      proposedBy: actor,
      proposedAt: now,
    };
    if (c.acronym) row.acronym = c.acronym;
    if (c.value !== undefined && Number.isFinite(c.value)) row.value = c.value;
    if (c.unit) row.unit = c.unit;
    return row;
  });
}

/** Reads, matches and (unless the same text is already there) writes one document. */
export async function ingestDocument(db: Db, ingester: Ingester, input: IngestInput, onProgress: IngestProgress = () => {}): Promise<IngestResult> {
  const started = performance.now();
  const { marking } = checkDetails(ingester, input);
  onProgress('reading', 0, 1);
  const text = await textOf(input);
  if (text.length > MAX_TEXT_CHARS) throw badInput(`${input.file ?? 'The document'} cannot be ingested: its text is longer than ${MAX_TEXT_CHARS.toLocaleString('en')} characters.`, 'text');
  const hash = contentHash(text);
  const seconds = () => (performance.now() - started) / 1000;
  const [existing] = await db.read('ingest/source-by-hash', { hash, markings: ingester.markings });
  if (existing) return { ...(await existingCounts(db, ingester, String(existing.id))), created: false, contentHash: hash, languages: [], seconds: seconds() };

  const { gazetteer, rejected, gazetteerEntities, gazetteerSeconds } = await readingContext(db, ingester.markings, text);
  const analysis: DocumentAnalysis = analyseDocument(text, gazetteer, rejected, (done, total) => onProgress('matching', done, total));
  const title = input.title.trim();
  const first = sentenceAround(text, 0, Math.min(1, text.length)).sentence.slice(0, 300);
  let sourceId = '';
  let written = false;
  let candidates: Record<string, unknown>[] = [];
  await db.writeTransaction(async (run) => {
    sourceId = await newEntityId(`src-${slugOf(title) || 'document'}`, async (id) => (await run(q('knowledge/entity-id-taken'), { id }))[0]!.taken === true);
    const props: Record<string, unknown> = {
      id: sourceId,
      kind: 'Source',
      name: title,
      title,
      aliases: [],
      aliasesText: '',
      marking,
      text,
      contentHash: hash,
      language: analysis.languages.map((l) => LANGUAGE_NAMES[l] ?? l).join(' and '),
      origin: 'ingest',
      ingestedBy: ingester.actor,
      ingestedAt: new Date().toISOString(),
      ...provenanceProps(first.length >= 3 ? [{ source: sourceId, quote: first, date: input.date ?? '', modality: 'reported' }] : [], marking),
    };
    if (input.publisher) props.publisher = input.publisher;
    if (input.date) props.date = input.date;
    if (input.documentType) props.documentType = input.documentType;
    const created = await run(q('ingest-writes/create-source'), { props, markings: ingester.markings, ...searchLabelParams });
    if (!created.length) return; // the same text came in meanwhile: nothing to do
    written = true;
    const mentions = mentionRows(sourceId, marking, analysis.mentions);
    for (let i = 0; i < mentions.length; i += BATCH) {
      await run(q('ingest-writes/write-mentions'), { sourceId, mentions: mentions.slice(i, i + BATCH) });
      onProgress('writing', Math.min(i + BATCH, mentions.length), mentions.length);
    }
    candidates = candidateRows(sourceId, marking, ingester.actor, analysis.candidates);
    for (let i = 0; i < candidates.length; i += BATCH) await run(q('ingest-writes/write-candidates'), { candidates: candidates.slice(i, i + BATCH) });
    await run(q('audit/record-event'), {
      event: auditRow({ actor: ingester.actor, action: 'document-ingested', outcome: 'success', target: sourceId, details: `${input.file ?? title}: ${analysis.mentions.length} mentions, ${candidates.length} candidates`, marking }),
    });
  }, 120_000);
  if (!written) {
    const [again] = await db.read('ingest/source-by-hash', { hash, markings: ingester.markings });
    return { ...(await existingCounts(db, ingester, String(again?.id ?? ''))), created: false, contentHash: hash, languages: [], seconds: seconds() };
  }
  onProgress('done', 1, 1);
  return {
    sourceId,
    created: true,
    contentHash: hash,
    mentionCount: analysis.mentions.length,
    mentionedEntityCount: new Set(analysis.mentions.map((m) => m.entity.id)).size,
    candidateCount: candidates.length,
    languages: analysis.languages,
    seconds: seconds(),
    gazetteer: { entities: gazetteerEntities, seconds: gazetteerSeconds },
  };
}

async function existingCounts(db: Db, ingester: Ingester, sourceId: string) {
  const [row] = await db.read('ingest/document-mentions', { sourceId, markings: ingester.markings });
  const mentions = ((row?.mentions as { starts: unknown[] }[]) ?? []);
  const [queue] = await db.read('ingest/review-queue', { sourceId, after: '', first: 0, markings: ingester.markings });
  return { sourceId, mentionCount: mentions.reduce((n, m) => n + m.starts.length, 0), mentionedEntityCount: mentions.length, candidateCount: Number(queue?.totalCount ?? 0) };
}

/** Removes an ingested document with its mentions and candidates (never a curated document). */
export async function removeIngestedDocument(db: Db, sourceId: string): Promise<void> {
  await db.write('ingest-writes/remove-document', { id: sourceId });
}
