/**
 * `npm run bench` works, at CI size: against the test run's Neo4j (NEO4J_URI), at the curated
 * and small sizes, it writes its JSON and Markdown with every figure present and leaves the
 * curated graph as it found it. A working test, not a timed one: the figures are not judged.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db } from '../../server/db/driver.ts';
import { MARKINGS } from '../../server/domain/model.ts';
import { readSeedFiles } from '../../seed/load.ts';
import { SYNTHETIC_SOURCE_ID } from '../../seed/synthetic/cli.ts';
import { validateSeed } from '../../seed/validate.ts';
import { BENCH_QUERIES, THROUGHPUT_QUERIES } from '../bench/support/case-scale-queries.ts';
import type { BenchFile, LatencyFigure, RenderFigure, Skipped } from '../bench/support/case-scale-report.ts';
import { graphFingerprint } from '../support/graph-fingerprint.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const neo4j = inject('neo4j');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));
let db: Db;

function bench(args: string[], timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'tests/bench/case-scale-benchmark.ts'), ...args], {
      env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

beforeAll(() => {
  db = new Db({ ...neo4j, local: false });
});

afterAll(async () => {
  await db.close();
  fs.rmSync(out, { recursive: true, force: true });
});

describe('npm run bench at CI size', () => {
  const curatedIds = validateSeed(readSeedFiles()).nodes.map((n) => n.id);

  it('refuses an unknown size with a clear message and writes nothing', async () => {
    const run = await bench(['--sizes', 'curated,huge', '--out', out], 60_000);
    expect(run.code).toBe(2);
    expect(run.output).toContain('--sizes takes a comma-separated list of curated, small, tenth, report, triple (got curated,huge)');
    expect(run.output).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('measures every figure at the curated and small sizes, writes them, and leaves the curated graph unchanged', async () => {
    const before = await graphFingerprint(db, { ids: curatedIds });
    const run = await bench(['--sizes', 'curated,small', '--rounds', '5', '--seconds', '2', '--out', out], 900_000);
    expect(run.code, run.output.slice(-3000)).toBe(0);

    const files = fs.readdirSync(out);
    const json = files.find((f) => f.endsWith('.json'));
    const markdown = files.find((f) => f.endsWith('.md'));
    expect(json && markdown, files.join(', ')).toBeTruthy();
    const result = JSON.parse(fs.readFileSync(path.join(out, json!), 'utf8')) as BenchFile;
    expect(Object.keys(result.sizes)).toEqual(['curated', 'small']);

    for (const size of ['curated', 'small'] as const) {
      const s = result.sizes[size]!;
      expect(s.graph.nodes).toBeGreaterThan(curatedIds.length - 1);
      for (const q of BENCH_QUERIES) {
        const f = s.latency[q.key] as LatencyFigure | Skipped | undefined;
        expect(f, `${size} ${q.key}`).toBeDefined();
        if (size === 'curated' && q.caseOnly) {
          expect((f as Skipped).skipped).toBe('no case data at this size');
          continue;
        }
        const l = f as LatencyFigure;
        expect([l.p50, l.p95, l.p99].every(isNumber), `${size} ${q.key}`).toBe(true);
        expect(l.p50).toBeLessThanOrEqual(l.p95);
        expect(l.p95).toBeLessThanOrEqual(l.p99);
        expect(l.rounds).toBeGreaterThanOrEqual(5);
        expect({ key: q.key, errors: l.errors, firstError: l.firstError, answer: l.answer }).toEqual({ key: q.key, errors: 0, firstError: undefined, answer: expect.not.stringMatching(/^error$/) });
        expect(l.form).toBeTruthy();
      }
      for (const t of THROUGHPUT_QUERIES) {
        const f = s.throughput[t.key]!;
        expect(f.connections).toBe(50);
        expect(f.requests, `${size} ${t.key}`).toBeGreaterThan(0);
        expect(f.errors, `${size} ${t.key}`).toBe(0);
      }
      expect([s.memory.api.rssMb, s.memory.api.heapUsedMb, s.memory.api.heapTotalMb].every(isNumber)).toBe(true);
      const n4j = s.memory.neo4j as Record<string, any>;
      expect([n4j.heapUsedMb, n4j.heapMaxMb].every(isNumber)).toBe(true);
      if (neo4j.origin !== 'docker') expect(isNumber(n4j.rssMb)).toBe(true);
      for (const ratio of [n4j.pageCache.workingSetHitRatio, n4j.pageCache.fullScanHitRatio]) {
        expect(ratio).toBeGreaterThan(0);
        expect(ratio).toBeLessThanOrEqual(1);
      }
    }

    const small = result.sizes.small!;
    expect(result.sizes.curated!.import).toBeNull();
    expect(small.import!.rows).toBeGreaterThan(2000);
    expect(small.import!.seconds).toBeGreaterThan(0);
    expect(small.import!.rowsPerSecond).toBeGreaterThan(0);
    // The subjects the small scale was asked about: its largest network's leader and two of its members.
    expect(small.subjects).toMatchObject({ hub: 'per-r-syn-p000001', network: 'net-r-syn-n0001' });
    expect((small.latency['shortest-path'] as LatencyFigure).answer).toBe('1 path(s), length 4');

    const render = (result.render as { results: RenderFigure[] }).results;
    expect(render.map((r) => `${r.elements} ${r.renderer}`)).toEqual(['500 canvas 2D', '500 WebGL', '2000 canvas 2D', '2000 WebGL']);
    // A scenario not drawn (in time, or for a page error) is recorded as such (WebGL in headless
    // Chromium fails on small graphs);
    // the canvas renderer must be drawn.
    for (const r of render) {
      if (r.renderer === 'canvas 2D' || !r.error) expect([r.layoutMs, r.firstFrameMs, r.totalMs].every((v) => isNumber(v) && v >= 0), JSON.stringify(r)).toBe(true);
      else expect(r.error).toMatch(/^(not drawn within \d+ s|page error: .+)$/);
    }
    expect(result.targets.length).toBeGreaterThan(5);

    const table = fs.readFileSync(path.join(out, markdown!), 'utf8');
    for (const heading of ['Graph and import', 'Latency over HTTP', 'Throughput', 'Memory after the measurements', 'Drawing in headless Chromium', 'Targets']) expect(table).toContain(heading);
    expect(run.output).toContain('Latency over HTTP, ms: p50 / p95 / p99');

    // The synthetic data is gone again, and the curated graph is as it was.
    const [left] = await db.readText('MATCH (s:Entity {id: $id}) WHERE s.marking IN $m RETURN count(s) AS n', { id: SYNTHETIC_SOURCE_ID, m: [...MARKINGS] });
    expect(Number(left!.n)).toBe(0);
    expect(await graphFingerprint(db, { ids: curatedIds })).toEqual(before);
  }, 960_000);
});

