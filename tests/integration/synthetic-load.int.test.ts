/**
 * Synthetic case data loaded through the CSV import: the same seed gives the same graph,
 * removing it leaves the rest of the graph exactly as it was, and it is RESTRICTED throughout.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db } from '../../server/db/driver.ts';
import { loadSynthetic, removeSynthetic, SYNTHETIC_SOURCE_ID } from '../../seed/synthetic/cli.ts';
import { SCALES } from '../../seed/synthetic/generate.ts';
import { graphFingerprint } from '../support/graph-fingerprint.ts';

let db: Db;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synthetic-'));
const quiet = () => {};

const syntheticFingerprint = async () => {
  const rows = await db.readText('MATCH (n:Entity) WHERE $source IN n.sources OR n.id = $source RETURN n.id AS id', { source: SYNTHETIC_SOURCE_ID });
  return graphFingerprint(db, { ids: rows.map((r) => String(r.id)) });
};

beforeAll(async () => {
  db = new Db({ ...inject('neo4j'), local: false });
  await removeSynthetic(db, quiet);
});

afterAll(async () => {
  await removeSynthetic(db, quiet);
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('synthetic case data', { timeout: 300_000 }, () => {
  let before: Awaited<ReturnType<typeof graphFingerprint>>;
  let first: Awaited<ReturnType<typeof graphFingerprint>>;

  it('loads through the import at small scale, all of it RESTRICTED', async () => {
    before = await graphFingerprint(db);
    const load = await loadSynthetic(db, 'small', 3, dir, quiet);
    expect(load.entities).toBeGreaterThan(SCALES.small.persons);
    const [counts] = await db.readText(
      `MATCH (n:Entity) WHERE $source IN n.sources
       RETURN count(n) AS entities, count(CASE WHEN n.kind = 'Person' THEN 1 END) AS persons,
              count(CASE WHEN n.marking <> 'RESTRICTED' THEN 1 END) AS notRestricted`,
      { source: SYNTHETIC_SOURCE_ID },
    );
    expect(counts).toEqual({ entities: load.entities, persons: SCALES.small.persons, notRestricted: 0 });
    const [calls] = await db.readText("MATCH (:Identifier)-[r:COMMUNICATED_WITH]->(:Identifier) WHERE r.marking = 'RESTRICTED' RETURN count(r) AS n");
    expect(calls!.n).toBe(SCALES.small.communications);
    first = await syntheticFingerprint();
  });

  it('gives the same graph for the same seed', async () => {
    await removeSynthetic(db, quiet);
    await loadSynthetic(db, 'small', 3, dir, quiet);
    expect(await syntheticFingerprint()).toEqual(first);
  });

  it('is removed with nothing else: the rest of the graph is as it was', async () => {
    await removeSynthetic(db, quiet);
    expect(await syntheticFingerprint()).toEqual({ nodes: 0, relationships: 0, digest: expect.any(String) });
    expect(await graphFingerprint(db)).toEqual(before);
  });
});
