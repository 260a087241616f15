/**
 * npm run bench:duplicates -- [--scale small|tenth|report|triple] [--runs <n>] [--keep]
 *
 * The duplicate queue and a merge, measured on the graph as it is, or with synthetic case data of
 * a scale loaded first (removed again afterwards unless --keep). Printed (median of --runs, 5 by
 * default, after one run not kept):
 * - the queue over every kind, over people only, and the pairs of one person;
 * - pairs proposed, and how many people and other entities were compared;
 * - judging the best pair of people the same (the merge, moving every relationship), and its undo.
 * Each merge is undone at once, so the graph ends as it began (the audit log keeps both, by
 * bench:duplicates).
 *
 * Neo4j: NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), seeded. Writes test-results/bench-duplicates.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSynthetic, removeSynthetic, SYNTHETIC_SOURCE_ID } from '../../seed/synthetic/cli.ts';
import { SCALES, type Scale } from '../../seed/synthetic/generate.ts';
import type { AppContext } from '../../server/context.ts';
import { option } from '../../server/cli/cli-args.ts';
import { neo4jConnection } from '../../server/config/neo4j-connection.ts';
import { Db } from '../../server/db/driver.ts';
import { MARKINGS } from '../../server/domain/model.ts';
import { duplicateCandidates, judgeDuplicate, undoResolution } from '../../server/modules/duplicates/duplicates-domain.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const scale = option(args, '--scale') as Scale | undefined;
const runs = Number(option(args, '--runs') ?? 5);
if (scale !== undefined && !(scale in SCALES)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number from 1');

const db = new Db(neo4jConnection());
const ctx: AppContext = { db, viewer: { markings: [...MARKINGS], identity: { name: 'bench:duplicates', role: 'analyst', clearance: 'CONFIDENTIAL' } as never }, analyticsEngine: 'in-process' };

async function timed<T>(label: string, work: () => Promise<T>): Promise<{ label: string; p50: number; min: number; max: number; result: T }> {
  let result = await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const figure = { label, p50: times[Math.floor(times.length / 2)]!, min: times[0]!, max: times.at(-1)!, result };
  console.log(`${label}: p50 ${figure.p50.toFixed(0)} ms (min ${figure.min.toFixed(0)}, max ${figure.max.toFixed(0)})`);
  return figure;
}

const figures: Record<string, unknown> = {};
let loaded = false;
try {
  if (scale) {
    const [existing] = await db.readText('MATCH (s:Entity:Source {id: $id}) RETURN s.title AS title', { id: SYNTHETIC_SOURCE_ID });
    if (!existing) {
      await loadSynthetic(db, scale, 1, path.join(ROOT, '.data/synthetic', `${scale}-seed1`));
      loaded = true;
    } else console.log(`Using the synthetic data already loaded: ${String(existing.title)}.`);
  }
  const counts = await db.readText("MATCH (n:Entity) RETURN sum(CASE WHEN n:Person THEN 1 ELSE 0 END) AS people, count(n) AS entities");
  console.log(`Graph: ${Number(counts[0]!.entities).toLocaleString('en-GB')} entities, ${Number(counts[0]!.people).toLocaleString('en-GB')} people.`);
  figures.entities = Number(counts[0]!.entities);
  figures.people = Number(counts[0]!.people);

  const all = await timed('queue, every kind (first 20)', () => duplicateCandidates(ctx, { first: 20 }));
  const people = await timed('queue, people (first 20)', () => duplicateCandidates(ctx, { kind: 'Person', first: 20 }));
  console.log(`Pairs proposed: ${all.result.totalCount.toLocaleString('en-GB')} in all, ${people.result.totalCount.toLocaleString('en-GB')} of people.`);
  figures.queue = { all: { ...all, result: undefined, pairs: all.result.totalCount }, people: { ...people, result: undefined, pairs: people.result.totalCount } };
  const best = people.result.candidates.find((p) => p.verdict === null);
  if (best) {
    console.log(`Best pair of people: "${best.a.name}" and "${best.b.name}" (${best.score}: ${best.reasons.join('; ')}).`);
    const one = await timed('pairs of one person', () => duplicateCandidates(ctx, { entityId: best.a.id, first: 20 }));
    figures.onePerson = { ...one, result: undefined };
    const merges: number[] = [];
    const undos: number[] = [];
    let moved = 0;
    for (let i = 0; i < runs; i++) {
      let started = performance.now();
      const merged = await judgeDuplicate(ctx, { a: best.a.id, b: best.b.id, verdict: 'same', keep: best.a.id });
      merges.push(performance.now() - started);
      moved = merged.movedLinks;
      started = performance.now();
      await undoResolution(ctx, merged.duplicateId!);
      undos.push(performance.now() - started);
    }
    const p50 = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(`merge (${moved} relationships moved): p50 ${p50(merges).toFixed(0)} ms; undo: p50 ${p50(undos).toFixed(0)} ms`);
    figures.merge = { moved, mergeP50: p50(merges), undoP50: p50(undos) };
  }
} finally {
  if (loaded && !args.includes('--keep')) await removeSynthetic(db);
  await db.close();
}
fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'test-results/bench-duplicates.json'), JSON.stringify(figures, null, 1));
