/**
 * Document ingest (server/ingest, server/modules/ingest) against the real database: each seed
 * document's mentions against the curated data, small English and French documents (accents,
 * hyphenation across lines, acronyms, an HTML file and a PDF made here) with known mentions and
 * candidates, idempotence, unreadable files writing nothing, the review (accept, edit, reject)
 * through the API, and markings on documents and everything derived from them.
 */
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relationshipSpec } from '../../server/domain/derive.ts';
import type { PropertySpec } from '../../server/domain/model.ts';
import { removeIngestedDocument } from '../../server/ingest/ingest-document.ts';
import { codes, gql, testApp, userToken } from '../support/graphql-client.ts';

const { app, db } = testApp();
const run = randomBytes(3).toString('hex');
const documents: string[] = [];
const entities: string[] = [];

const INGEST = /* GraphQL */ `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { sourceId created contentHash mentionCount mentionedEntityCount candidateCount languages } }`;
const MENTIONS = /* GraphQL */ `query($id: ID!) { documentMentions(sourceId: $id) { entityId kind name start end sentence marking } }`;
const QUEUE = /* GraphQL */ `query($id: ID, $first: Int, $after: String) { reviewQueue(sourceId: $id, first: $first, after: $after) { totalCount hasNextPage endCursor candidates { id kind text acronym start end sentence confidence reason relatedIds value unit status marking occurrences } } }`;

const users: Record<'confidential' | 'restricted' | 'publicAnalyst' | 'publicViewer', { name: string; token: string }> = {} as never;

async function ok(token: string, query: string, variables: Record<string, unknown>) {
  const r = await gql(app, query, variables, token);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as Record<string, any>;
}

async function ingest(token: string, input: Record<string, unknown>) {
  const result = (await ok(token, INGEST, { input })).ingestDocument;
  if (result.created) documents.push(result.sourceId);
  return result as { sourceId: string; created: boolean; contentHash: string; mentionCount: number; mentionedEntityCount: number; candidateCount: number; languages: string[] };
}

const mentionsOf = async (token: string, id: string) => (await ok(token, MENTIONS, { id })).documentMentions as { entityId: string; kind: string; start: number; end: number; sentence: string; marking: string }[];
const queueOf = async (token: string, id: string) => (await ok(token, QUEUE, { id, first: 200 })).reviewQueue.candidates as Record<string, any>[];
const countWhere = async (cypher: string, params: Record<string, unknown>) => Number((await db.readText(cypher, params))[0]!.n);

/** A one-page PDF with these lines of text, made by hand (Helvetica, no compression). */
function tinyPdf(lines: string[]): Uint8Array {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 12 Tf 72 720 Td 14 TL ${lines.map((l) => `(${escape(l)}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

beforeAll(async () => {
  users.confidential = await userToken(db, 'analyst', 'CONFIDENTIAL');
  users.restricted = await userToken(db, 'analyst', 'RESTRICTED');
  users.publicAnalyst = await userToken(db, 'analyst', 'PUBLIC');
  users.publicViewer = await userToken(db, 'viewer', 'PUBLIC');
});

afterAll(async () => {
  await db.writeText('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: entities });
  for (const id of documents) await removeIngestedDocument(db, id);
  await db.close();
});

describe('the seed documents', () => {
  const files = fs.readdirSync('seed/documents').filter((f) => f.endsWith('.txt')).sort();
  it.each(files)('%s: the mentions found cover what the curated data says the document supports', async (file) => {
    const id = file.replace(/\.txt$/, '');
    // A line of its own makes it another text, so it is ingested next to the seeded document.
    const text = `${fs.readFileSync(`seed/documents/${file}`, 'utf8')}\n\nIngest test ${run}.`;
    const started = performance.now();
    const result = await ingest(users.confidential.token, { text, title: `Seed ${id} ${run}`, publisher: 'test', date: '2016' });
    const seconds = (performance.now() - started) / 1000;
    expect(result.created).toBe(true);
    const found = new Set((await mentionsOf(users.confidential.token, result.sourceId)).map((m) => m.entityId));
    const curated = (await db.readText("MATCH (n:Entity) WHERE $id IN n.sources AND NOT n:Figure AND NOT n:Source AND n.origin = 'seed' RETURN n.id AS id", { id })).map((r) => String(r.id));
    const recall = curated.filter((e) => found.has(e)).length / curated.length;
    expect(curated.length).toBeGreaterThan(20);
    expect(recall, `${id}: missed ${curated.filter((e) => !found.has(e)).join(', ')}`).toBeGreaterThanOrEqual(RECALL_FLOOR);
    if (text.length > 30_000) expect(seconds).toBeLessThan(2);
  }, 60_000);
});

/** The target recall on every seed document (see the README's figures). */
const RECALL_FLOOR = 0.95;

describe('small documents in English and French', () => {
  const english = [
    `Operation Sandstorm ${run} was led by Europol in Italy in May 2018.`,
    '',
    'The European Multidisciplinary Platform Against Criminal Threats (EMPACT) coordinates the work. Migrant smug-',
    'gling networks moved 1,200 migrants through Libya, the police said.',
    '',
    'IT systems of the EU were used; ES and It are not countries here.',
  ].join('\n');

  it('finds the known entities, across a hyphenated line break, with offsets into the stored text', async () => {
    const result = await ingest(users.restricted.token, { text: english, title: `English note ${run}`, publisher: 'test' });
    expect(result.created).toBe(true);
    expect(result.languages).toEqual(['eng']);
    const mentions = await mentionsOf(users.restricted.token, result.sourceId);
    const ids = new Set(mentions.map((m) => m.entityId));
    for (const id of ['org-europol', 'loc-italy', 'loc-libya', 'crime-migrant-smuggling', 'org-european-union']) expect(ids, id).toContain(id);
    const smuggling = mentions.find((m) => m.entityId === 'crime-migrant-smuggling')!;
    expect(english.slice(smuggling.start, smuggling.end)).toBe('Migrant smug-\ngling');
    expect(smuggling.sentence).toContain('Migrant smug- gling networks moved 1,200 migrants through Libya');
    const eu = mentions.find((m) => m.entityId === 'org-european-union')!;
    expect(english.slice(eu.start, eu.end)).toBe('EU');
    // "IT", "ES" and "It" are not taken for Italy or Spain.
    expect(mentions.filter((m) => m.entityId === 'loc-italy').map((m) => english.slice(m.start, m.end))).toEqual(['Italy']);
    expect(mentions.every((m) => m.marking === 'RESTRICTED')).toBe(true);
    // Each MENTIONED_IN holds the model's parallel lists (RELATIONSHIPS.MENTIONED_IN, `parallel`) at one length.
    const lists = Object.entries(relationshipSpec('MENTIONED_IN').properties as Record<string, PropertySpec>).filter(([, p]) => p.parallel === 'mention').map(([name]) => name);
    expect(lists).toEqual(['mentionStarts', 'mentionEnds', 'mentionSentences']);
    const sizes = await db.readText('MATCH (:Entity)-[r:MENTIONED_IN]->(:Source {id: $id}) RETURN [k IN $lists | size(r[k])] AS sizes', { id: result.sourceId, lists });
    expect(sizes.length).toBe(new Set(mentions.map((m) => m.entityId)).size);
    for (const row of sizes) expect(new Set((row.sizes as unknown[]).map(Number)).size).toBe(1);
  });

  it('proposes the operation, the acronym with its expansion, the figure and the date as candidates', async () => {
    const [source] = documents.slice(-1);
    const queue = await queueOf(users.restricted.token, source!);
    const find = (reason: string) => queue.filter((c) => c.reason === reason);
    expect(find('operation-name').map((c) => c.text)).toEqual(['Operation Sandstorm']);
    expect(find('acronym')).toMatchObject([{ kind: 'Organisation', text: 'European Multidisciplinary Platform Against Criminal Threats', acronym: 'EMPACT' }]);
    expect(find('figure')).toMatchObject([{ kind: 'Figure', text: '1,200 migrants', value: 1200, unit: 'migrant' }]);
    expect(find('figure')[0]!.relatedIds).toEqual(expect.arrayContaining(['loc-libya']));
    expect(find('operation-date').map((c) => c.text)).toEqual(['May 2018']);
    expect(queue.every((c) => c.status === 'PENDING' && c.marking === 'RESTRICTED')).toBe(true);
    // Nothing unreviewed became an entity.
    expect(await countWhere('MATCH (n:Entity) WHERE toLower(n.name) CONTAINS $t RETURN count(n) AS n', { t: 'sandstorm' })).toBe(0);
  });

  it('reads French paragraphs with accents and French country names', async () => {
    const french = [
      `Note ${run}`,
      '',
      "Les autorités ont démantelé un réseau de passeurs entre la Libye et l'Italie. EUROPOL et la Côte d'Ivoire ont échangé des informations sur les migrants.",
      '',
      "L'Opération Faucon a été menée en mars 2017 par le Centre Européen de Coordination (CEC).",
    ].join('\n');
    const result = await ingest(users.restricted.token, { text: french, title: `Note française ${run}`, publisher: 'test' });
    expect(result.languages).toContain('fra');
    const mentions = await mentionsOf(users.restricted.token, result.sourceId);
    const ids = new Set(mentions.map((m) => m.entityId));
    for (const id of ['loc-libya', 'loc-italy', 'org-europol', 'loc-cote-d-ivoire']) expect(ids, id).toContain(id);
    const italy = mentions.find((m) => m.entityId === 'loc-italy')!;
    expect(french.slice(italy.start, italy.end)).toBe('Italie');
    const queue = await queueOf(users.restricted.token, result.sourceId);
    expect(queue.map((c) => c.text)).toEqual(expect.arrayContaining(['Opération Faucon', 'Centre Européen de Coordination']));
    expect(queue.find((c) => c.acronym === 'CEC')).toMatchObject({ kind: 'Organisation' });
  });

  it('finds case data by the document\'s words: a person by name, another by an alias', async () => {
    const entity = async (kind: string, name: string, aliases: string[] = []) => {
      const id = (await ok(users.restricted.token, 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }', { input: { kind, name, aliases, marking: 'RESTRICTED', evidence: [{ sourceId: '000_517e9a2ade8201e3', quote: 'People smugglers arrange for migrants' }] } })).upsertEntity.id as string;
      entities.push(id);
      return id;
    };
    const named = await entity('Person', `Zorblat Quen${run}`);
    const aliased = await entity('Person', `Mirelda Oskvar${run}`, [`Skipper${run}`]);
    const text = `Case note ${run}. Zorblat Quen${run} met the driver known as Skipper${run} in Libya; Mirelda was not there.`;
    const result = await ingest(users.restricted.token, { text, title: `Case note ${run}`, publisher: 'test' });
    const mentions = await mentionsOf(users.restricted.token, result.sourceId);
    expect(mentions.filter((m) => m.kind === 'Person').map((m) => [m.entityId, text.slice(m.start, m.end)])).toEqual([[named, `Zorblat Quen${run}`], [aliased, `Skipper${run}`]]);
  });

  it('reads a resolved duplicate\'s names as names of the entity it was resolved into', async () => {
    const entity = async (kind: string, name: string) => {
      const id = (await ok(users.restricted.token, 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }', { input: { kind, name, marking: 'RESTRICTED', evidence: [{ sourceId: '000_517e9a2ade8201e3', quote: 'People smugglers arrange for migrants' }] } })).upsertEntity.id as string;
      entities.push(id);
      return id;
    };
    const judge = 'mutation($input: JudgeDuplicateInput!) { judgeDuplicate(input: $input) { survivorId duplicateId } }';
    const pairs = [
      [await entity('Person', `Talvo Brenn${run}`), await entity('Person', `Tolvi Brennick${run}`)],
      [await entity('Organisation', `Harbour Watch Bureau ${run}`), await entity('Organisation', `Bureau Portuaire ${run}`)],
    ] as const;
    for (const [keep, other] of pairs) await ok(users.restricted.token, judge, { input: { a: keep, b: other, verdict: 'SAME', keep } });
    try {
      const text = `Port note ${run}: Tolvi Brennick${run} was seen by the Bureau Portuaire ${run} in Malta.`;
      const result = await ingest(users.restricted.token, { text, title: `Port note ${run}`, publisher: 'test' });
      const mentions = (await mentionsOf(users.restricted.token, result.sourceId)).filter((m) => m.kind === 'Person' || m.kind === 'Organisation');
      expect(mentions.map((m) => [m.entityId, text.slice(m.start, m.end)])).toEqual([[pairs[0][0], `Tolvi Brennick${run}`], [pairs[1][0], `Bureau Portuaire ${run}`]]);
    } finally {
      for (const [, other] of pairs) await ok(users.restricted.token, 'mutation($id: ID!) { undoResolution(duplicateId: $id) { verdict } }', { id: other });
    }
  });

  it('reads an HTML file without its markup and a PDF file', async () => {
    const html = `<html><head><title>x</title><script>var Frontex = 1;</script></head><body><h1>Bulletin ${run}</h1><p>Europol met <b>Frontex</b> in <a href="https://example.org">Greece</a>.</p></body></html>`;
    const fromHtml = await ingest(users.restricted.token, { fileName: 'bulletin.html', contentBase64: base64(html), title: `HTML ${run}` });
    const htmlIds = (await mentionsOf(users.restricted.token, fromHtml.sourceId)).map((m) => m.entityId);
    expect(new Set(htmlIds)).toEqual(new Set(['org-europol', 'org-frontex', 'loc-greece']));
    const storedHtml = String((await db.readText('MATCH (s:Source {id: $id}) RETURN s.text AS t', { id: fromHtml.sourceId }))[0]!.t);
    expect(storedHtml).not.toContain('<');
    expect(storedHtml).not.toContain('example.org');

    const pdf = tinyPdf([`Report ${run}: INTERPOL and Europol`, 'worked with Frontex in Libya.']);
    const fromPdf = await ingest(users.restricted.token, { fileName: 'report.pdf', contentBase64: base64(pdf), title: `PDF ${run}` });
    expect(fromPdf.created).toBe(true);
    const pdfIds = new Set((await mentionsOf(users.restricted.token, fromPdf.sourceId)).map((m) => m.entityId));
    for (const id of ['org-interpol', 'org-europol', 'org-frontex', 'loc-libya']) expect(pdfIds, id).toContain(id);
  });
});

describe('idempotence and refusals', () => {
  it('ingesting the same text again changes nothing', async () => {
    const text = `Bulletin ${run} again: Europol and INTERPOL in Italy. Operation Repeat${run} was planned.`;
    const first = await ingest(users.restricted.token, { text, title: `Twice ${run}` });
    const count = () => countWhere('MATCH (s:Source {contentHash: $h}) OPTIONAL MATCH (s)<-[r:MENTIONED_IN]-() OPTIONAL MATCH (c:Candidate {sourceId: s.id}) RETURN count(DISTINCT s) + count(DISTINCT r) + count(DISTINCT c) AS n', { h: first.contentHash });
    const before = await count();
    const again = await ingest(users.restricted.token, { text, title: `Twice, another title ${run}` });
    expect(again).toMatchObject({ created: false, sourceId: first.sourceId, mentionedEntityCount: first.mentionedEntityCount, candidateCount: first.candidateCount });
    expect(await count()).toBe(before);
  });

  it.each([
    ['empty.txt', '   \n', 'empty.txt cannot be ingested: it holds no text.'],
    ['scan.pdf', 'not a pdf at all', 'scan.pdf cannot be ingested: it is not a PDF file (no %PDF header).'],
    ['broken.pdf', '%PDF-1.4\nthis is not really a PDF', 'broken.pdf cannot be ingested: the PDF could not be read'],
    ['image.png', 'PNG', 'image.png cannot be ingested: .png is not supported'],
  ])('an unreadable file (%s) gets a clear error and nothing is written', async (fileName, content, message) => {
    const before = await countWhere('MATCH (s:Source) RETURN count(s) AS n', {});
    const r = await gql(app, INGEST, { input: { fileName, contentBase64: base64(content), title: `Unreadable ${run}` } }, users.restricted.token);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toContain(message);
    expect(r.errors![0]!.message).not.toMatch(/\bat .*\.ts:\d+/);
    expect(await countWhere('MATCH (s:Source) RETURN count(s) AS n', {})).toBe(before);
  });

  it('a document with the same text above the analyst\'s clearance is, to them, absent: theirs is a new one', async () => {
    const text = `Confidential ${run}: Europol and Frontex met in Libya.`;
    const hidden = await ingest(users.confidential.token, { text, title: `Confidential ${run}`, marking: 'CONFIDENTIAL' });
    const mine = await ingest(users.restricted.token, { text, title: `Restricted copy ${run}` });
    expect(mine.created).toBe(true);
    expect(mine.sourceId).not.toBe(hidden.sourceId);
    expect(mine.contentHash).toBe(hidden.contentHash);
    expect((await mentionsOf(users.restricted.token, mine.sourceId)).every((m) => m.marking === 'RESTRICTED')).toBe(true);
    // The confidential analyst sees both; the same text again from them changes nothing.
    expect((await ingest(users.confidential.token, { text, title: 'Again' })).created).toBe(false);
  });

  it('an analyst cannot ingest above their clearance, and a viewer cannot ingest at all', async () => {
    const above = await gql(app, INGEST, { input: { text: `Europol ${run}`, title: 'Above', marking: 'RESTRICTED' } }, users.publicAnalyst.token);
    expect(codes(above)).toEqual(['BAD_USER_INPUT']);
    expect(above.errors![0]!.message).toContain('you cannot write above your clearance');
    // Without a marking the document is RESTRICTED, which a PUBLIC analyst may not write either.
    expect(codes(await gql(app, INGEST, { input: { text: `Europol ${run}`, title: 'Default' } }, users.publicAnalyst.token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(app, INGEST, { input: { text: `Europol ${run}`, title: 'Viewer', marking: 'PUBLIC' } }, users.publicViewer.token))).toEqual(['FORBIDDEN']);
  });
});

describe('markings on ingested documents and what is derived from them', () => {
  it('a PUBLIC viewer sees none of a RESTRICTED document: its mentions and candidates are refused as if absent', async () => {
    const result = await ingest(users.restricted.token, { text: `Memo ${run}: Europol met Frontex in Italy. Operation Hidden${run} followed in June 2019.`, title: `Restricted memo ${run}` });
    const hidden = await gql(app, MENTIONS, { id: result.sourceId }, users.publicViewer.token);
    const absent = await gql(app, MENTIONS, { id: `src-nothing-${run}` }, users.publicViewer.token);
    expect(codes(hidden)).toEqual(['NOT_FOUND']);
    expect(hidden.errors![0]!.message.replace(result.sourceId, '<id>')).toBe(absent.errors![0]!.message.replace(`src-nothing-${run}`, '<id>'));
    expect((await ok(users.publicViewer.token, QUEUE, { id: result.sourceId })).reviewQueue).toMatchObject({ totalCount: 0, candidates: [] });
    const candidate = (await queueOf(users.restricted.token, result.sourceId))[0]!;
    const rejectHidden = await gql(app, 'mutation($id: ID!) { rejectCandidate(id: $id) { id } }', { id: candidate.id }, users.publicAnalyst.token);
    const rejectAbsent = await gql(app, 'mutation($id: ID!) { rejectCandidate(id: $id) { id } }', { id: `cand-nothing-${run}` }, users.publicAnalyst.token);
    expect(rejectHidden.errors![0]!.message.replace(candidate.id, '<id>')).toBe(rejectAbsent.errors![0]!.message.replace(`cand-nothing-${run}`, '<id>'));
    // Stored: the document, its mentions and its candidates all carry RESTRICTED.
    expect(await countWhere("MATCH (s:Source {id: $id})<-[r:MENTIONED_IN]-() WHERE r.marking <> 'RESTRICTED' RETURN count(r) AS n", { id: result.sourceId })).toBe(0);
    expect(await countWhere("MATCH (c:Candidate {sourceId: $id}) WHERE c.marking <> 'RESTRICTED' RETURN count(c) AS n", { id: result.sourceId })).toBe(0);
    expect(await countWhere("MATCH (s:Source {id: $id}) WHERE s.marking = 'RESTRICTED' AND s.origin = 'ingest' RETURN count(s) AS n", { id: result.sourceId })).toBe(1);
  });
});

describe('the review through the API', () => {
  let sourceId = '';
  const text = [
    `Review ${run}: Operation Kestrel${run} was led by Europol in Spain in March 2020.`,
    'The Joint Coordination Office Against Smuggling (JCOAS) supported it with Frontex.',
    `Frontex later met the Mediterranean Liaison Centre ${run} in Malta.`,
  ].join(' ');

  beforeAll(async () => {
    sourceId = (await ingest(users.restricted.token, { text, title: `Review ${run}`, publisher: 'test', marking: 'RESTRICTED' })).sourceId;
  });

  it('pages through the queue', async () => {
    const all = await queueOf(users.restricted.token, sourceId);
    expect(all.length).toBeGreaterThan(2);
    const first = (await ok(users.restricted.token, QUEUE, { id: sourceId, first: 2 })).reviewQueue;
    expect(first).toMatchObject({ totalCount: all.length, hasNextPage: true });
    const second = (await ok(users.restricted.token, QUEUE, { id: sourceId, first: 200, after: first.endCursor })).reviewQueue;
    expect([...first.candidates, ...second.candidates].map((c: { id: string }) => c.id)).toEqual(all.map((c) => c.id));
  });

  it('accepts a candidate as a new entity carrying the document, the sentence, the analyst and the marking', async () => {
    const candidate = (await queueOf(users.restricted.token, sourceId)).find((c) => c.reason === 'acronym')!;
    const accepted = (await ok(users.restricted.token, 'mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { entityId candidate { status acceptedAs } } }', { input: { id: candidate.id, as: 'NEW_ENTITY' } })).acceptCandidate;
    entities.push(accepted.entityId);
    expect(accepted.candidate).toEqual({ status: 'ACCEPTED', acceptedAs: accepted.entityId });
    const entity = (await ok(users.restricted.token, 'query($id: ID!) { entity(id: $id) { name aliases marking evidence { sourceId quote } } }', { id: accepted.entityId })).entity;
    expect(entity).toEqual({ name: 'Joint Coordination Office Against Smuggling', aliases: ['JCOAS'], marking: 'RESTRICTED', evidence: [{ sourceId, quote: candidate.sentence }] });
    const [event] = await db.readText("MATCH (e:AuditEvent {target: $id, action: 'entity-upserted'}) RETURN e.actor AS actor", { id: accepted.entityId });
    expect(event!.actor).toBe(users.restricted.name);
    // A PUBLIC viewer does not see it.
    const publicView = await gql(app, 'query($id: ID!) { entity(id: $id) { name } }', { id: accepted.entityId }, users.publicViewer.token);
    expect(publicView.data?.entity ?? null).toBeNull();
  });

  it('edits a candidate, then accepts it as a link between two mentioned entities', async () => {
    const candidate = (await queueOf(users.restricted.token, sourceId)).find((c) => c.reason === 'operation-name')!;
    const edited = (await ok(users.restricted.token, 'mutation($input: EditCandidateInput!) { editCandidate(input: $input) { text kind status } }', { input: { id: candidate.id, text: 'Operation Kestrel', kind: 'Operation' } })).editCandidate;
    expect(edited).toEqual({ text: 'Operation Kestrel', kind: 'Operation', status: 'PENDING' });
    const accepted = (await ok(users.restricted.token, 'mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { linkId candidate { status } } }', { input: { id: candidate.id, as: 'LINK', linkType: 'PARTNER_OF', from: 'org-europol', to: 'org-frontex' } })).acceptCandidate;
    expect(accepted.candidate.status).toBe('ACCEPTED');
    const [rel] = await db.readText('MATCH ()-[r:PARTNER_OF {id: $id}]->() RETURN r.evidenceQuotes AS quotes, r.evidenceSources AS sources, r.evidenceMarkings AS markings', { id: accepted.linkId });
    const at = (rel!.sources as string[]).indexOf(sourceId);
    expect(at).toBeGreaterThanOrEqual(0);
    expect((rel!.quotes as string[])[at]).toBe(candidate.sentence);
    expect((rel!.markings as string[])[at]).toBe('RESTRICTED');
    // Take the accepted evidence off the curated link again.
    await db.writeText(`MATCH ()-[r:PARTNER_OF {id: $id}]->()
      WITH r, [i IN range(0, size(r.evidenceSources) - 1) WHERE r.evidenceSources[i] <> $source] AS keep
      SET r.evidenceSources = [i IN keep | r.evidenceSources[i]], r.evidenceQuotes = [i IN keep | r.evidenceQuotes[i]],
        r.evidenceDates = [i IN keep | r.evidenceDates[i]], r.evidenceModalities = [i IN keep | r.evidenceModalities[i]],
        r.evidenceMarkings = [i IN keep | r.evidenceMarkings[i]], r.sources = [s IN r.sources WHERE s <> $source]
      WITH r WHERE size(r.evidenceSources) = 0 DELETE r`, { id: accepted.linkId, source: sourceId });
  });

  it('accepts a candidate as an alias of an entity at the document\'s marking, and refuses one below it', async () => {
    const own = (await ok(users.restricted.token, 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }', { input: { kind: 'Organisation', name: `Liaison office ${run}`, marking: 'RESTRICTED', evidence: [{ sourceId, quote: text.slice(0, 40) }] } })).upsertEntity.id as string;
    entities.push(own);
    const candidate = (await queueOf(users.restricted.token, sourceId)).find((c) => c.text.startsWith('Mediterranean Liaison Centre'))!;
    const refused = await gql(app, 'mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { entityId } }', { input: { id: candidate.id, as: 'ALIAS', entityId: 'org-europol' } }, users.restricted.token);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.message).toContain('below the document\'s RESTRICTED');
    await ok(users.restricted.token, 'mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { entityId } }', { input: { id: candidate.id, as: 'ALIAS', entityId: own } });
    const entity = (await ok(users.restricted.token, 'query($id: ID!) { entity(id: $id) { aliases evidence { sourceId quote } } }', { id: own })).entity;
    expect(entity.aliases).toEqual([candidate.text]);
    expect(entity.evidence.map((e: { quote: string }) => e.quote)).toEqual([text.slice(0, 40), candidate.sentence]);
  });

  it('rejects a candidate, and a later document does not propose it again', async () => {
    const candidate = (await queueOf(users.restricted.token, sourceId)).find((c) => c.reason === 'operation-date')!;
    const asEntity = await gql(app, 'mutation($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { entityId } }', { input: { id: candidate.id, as: 'NEW_ENTITY' } }, users.restricted.token);
    expect(codes(asEntity)).toEqual(['BAD_USER_INPUT']);
    expect(asEntity.errors![0]!.message).toContain('is a date of an operation');
    expect((await ok(users.restricted.token, 'mutation($id: ID!) { rejectCandidate(id: $id) { status } }', { id: candidate.id })).rejectCandidate.status).toBe('REJECTED');
    const again = await gql(app, 'mutation($id: ID!) { rejectCandidate(id: $id) { status } }', { id: candidate.id }, users.restricted.token);
    expect(again.errors![0]!.message).toContain('was already rejected');
    const later = await ingest(users.restricted.token, { text: `Later ${run}: Operation Kestrel${run} by Europol was in March 2020, again.`, title: `Later ${run}` });
    const texts = (await queueOf(users.restricted.token, later.sourceId)).map((c) => c.text);
    expect(texts).not.toContain('March 2020');
    expect(texts).toContain(`Operation Kestrel${run}`);
  });
});
