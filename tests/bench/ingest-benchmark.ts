/**
 * npm run bench:ingest: ingest of each of the five seed documents, measured.
 *
 * Each document's text (with one line of its own added, so it is another text than the seeded
 * Source and is ingested next to it) is ingested with full clearance, then removed again with
 * its mentions and candidates: the curated data is never touched. Printed per document:
 * - ingest time (reading, matching, writing), and of it the time reading and building the
 *   gazetteer (every curated entity, and the case data holding one of the document's words);
 * - recall: curated entities the seed says the document supports (their `sources`; figures
 *   aside, which are named by numbers, not names) that the ingest found a mention of;
 * - precision on a hand-checked sample: tests/bench/ingest-precision-sample.json lists mentions
 *   (document, offsets, entity) judged by reading the sentence; precision is the share of the
 *   sample's mentions the ingest makes that were judged right, and the sample's right mentions
 *   it misses are counted too;
 * - candidates proposed for review;
 * - then an analyst's steps with a new copy of the joint report, each timed: ingest, mentions,
 *   review queue, two candidates accepted and one rejected, a duplicate merged and undone
 *   (tests/bench/support/analyst-steps.ts; what they made is removed again).
 * Targets: recall >= 95% on each document, the 38 KB report in under 2 s. The case data the
 * database holds is printed with them: for the figures at case scale, load it first
 * (npm run synthetic -- --scale report: 40,000 people, 56,000 identifiers, 522 networks).
 * --sample prints every 8th mention of each document for hand-checking instead.
 *
 * Neo4j: NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), seeded. Writes test-results/bench-ingest.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { neo4jConnection } from '../../server/config/neo4j-connection.ts';
import { Db } from '../../server/db/driver.ts';
import { MARKINGS } from '../../server/domain/model.ts';
import { CASE_DATA_KINDS } from '../../server/ingest/case-data-lookup.ts';
import { ingestDocument, removeIngestedDocument } from '../../server/ingest/ingest-document.ts';
import { analystSteps, type Step } from './support/analyst-steps.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DOCUMENTS = path.join(ROOT, 'seed/documents');
const SAMPLE_FILE = path.join(ROOT, 'tests/bench/ingest-precision-sample.json');
const RECALL_TARGET = 0.95;
const LARGE_SECONDS_TARGET = 2;

interface Judged { document: string; start: number; end: number; text: string; entityId: string; right: boolean; why?: string }

const db = new Db(neo4jConnection());
const sampleMode = process.argv.includes('--sample');
const judged: Judged[] = fs.existsSync(SAMPLE_FILE) ? JSON.parse(fs.readFileSync(SAMPLE_FILE, 'utf8')) : [];
const rows: Record<string, unknown>[] = [];
const sample: Judged[] = [];
let caseData = 0;
let steps: Step[] = [];
try {
  caseData = Number((await db.readText('UNWIND $kinds AS kind MATCH (n:Entity {kind: kind}) RETURN count(n) AS n', { kinds: CASE_DATA_KINDS }))[0]!.n);
  for (const file of fs.readdirSync(DOCUMENTS).filter((f) => f.endsWith('.txt')).sort()) {
    const id = file.replace(/\.txt$/, '');
    const text = `${fs.readFileSync(path.join(DOCUMENTS, file), 'utf8')}\n\nBenchmark copy.`;
    const result = await ingestDocument(db, { markings: [...MARKINGS], actor: 'bench:ingest' }, { text, title: `Benchmark copy of ${id}`, publisher: 'bench' });
    try {
      const [row] = await db.read('ingest/document-mentions', { sourceId: result.sourceId, markings: [...MARKINGS] });
      const mentions = (row!.mentions as { id: string; starts: number[]; ends: number[] }[]).flatMap((m) => m.starts.map((start, i) => ({ entityId: m.id, start: Number(start), end: Number(m.ends[i]) })));
      const found = new Set(mentions.map((m) => m.entityId));
      const curated = (await db.readText("MATCH (n:Entity) WHERE $id IN n.sources AND n.origin = 'seed' AND NOT n:Figure AND NOT n:Source RETURN n.id AS id", { id })).map((r) => String(r.id));
      const hit = curated.filter((e) => found.has(e));
      const mine = judged.filter((j) => j.document === id);
      const made = (j: Judged) => mentions.some((m) => m.entityId === j.entityId && m.start === j.start && m.end === j.end);
      const madeRight = mine.filter((j) => j.right && made(j)).length;
      const madeWrong = mine.filter((j) => !j.right && made(j)).length;
      rows.push({
        document: id,
        kB: +(text.length / 1024).toFixed(1),
        seconds: +result.seconds.toFixed(2),
        gazetteer: `${result.gazetteer?.seconds.toFixed(2)} s, ${result.gazetteer?.entities} entities`,
        mentions: result.mentionCount,
        entities: result.mentionedEntityCount,
        recall: `${hit.length}/${curated.length} = ${((100 * hit.length) / curated.length).toFixed(1)}%`,
        recallOk: hit.length / curated.length >= RECALL_TARGET,
        precision: mine.length ? `${madeRight}/${madeRight + madeWrong} = ${((100 * madeRight) / Math.max(1, madeRight + madeWrong)).toFixed(1)}%` : 'no sample',
        sampleRightMissed: mine.filter((j) => j.right && !made(j)).length,
        candidates: result.candidateCount,
        missed: curated.filter((e) => !found.has(e)).join(' '),
      });
      if (sampleMode) {
        mentions.sort((a, b) => a.start - b.start).filter((_, i) => i % 8 === 0).forEach((m) => sample.push({ document: id, start: m.start, end: m.end, text: text.slice(m.start, m.end), entityId: m.entityId, right: true }));
      }
    } finally {
      await removeIngestedDocument(db, result.sourceId);
    }
  }
  if (!sampleMode) {
    const report = fs.readdirSync(DOCUMENTS).filter((f) => f.endsWith('.txt')).sort().at(-1)!;
    steps = await analystSteps(db, `${fs.readFileSync(path.join(DOCUMENTS, report), 'utf8')}\n\nBenchmark review copy.`, `Benchmark review of ${report}`);
  }
} finally {
  await db.close();
}
if (sampleMode) {
  console.log(JSON.stringify(sample, null, 1));
} else {
  console.log(`Case data in the database: ${caseData.toLocaleString('en')} entities (${CASE_DATA_KINDS.join(', ')}).`);
  console.table(rows.map(({ missed: _, ...r }) => r));
  for (const r of rows) if (r.missed) console.log(`${r.document} missed: ${r.missed}`);
  const large = rows.find((r) => Number(r.kB) > 30);
  console.log(`Targets: recall >= ${RECALL_TARGET * 100}% on each document: ${rows.every((r) => r.recallOk) ? 'met' : 'NOT met'}; `
    + `the ${large?.kB} kB report in under ${LARGE_SECONDS_TARGET} s: ${large && Number(large.seconds) < LARGE_SECONDS_TARGET ? 'met' : 'NOT met'} (${large?.seconds} s).`);
  console.log(`An analyst's steps with a new copy of the ${large?.kB} kB report (RESTRICTED), each through the API's own functions:`);
  console.table(steps);
  fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'test-results/bench-ingest.json'), JSON.stringify({ caseData, documents: rows, steps }, null, 2));
}
