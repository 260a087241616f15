/**
 * Writes a validated seed graph to Neo4j: schema first, then every node and relationship in
 * batches of UNWIND ... MERGE inside ONE write transaction, so a failed or interrupted run
 * leaves nothing half-written and a re-run converges to the same graph. The same transaction
 * removes what earlier loads wrote and the seed no longer holds, and records which seed it was.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { q, schemaStatementsFromFile } from '../server/db/cypher.ts';
import type { Db } from '../server/db/driver.ts';
import { withLabel, withRelType } from '../server/db/labels.ts';
import { searchLabelParams } from '../server/domain/derive.ts';
import { DOCUMENTS_DIR, withDocumentTexts } from './document-texts.ts';
import type { SeedFile, SeedGraph } from './validate.ts';

export { DOCUMENTS_DIR };

export const SEED_DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');
const BATCH = 500;
const LABEL_BATCH = 10_000;

export function readSeedFiles(dir = SEED_DATA_DIR): SeedFile[] {
  return fs.readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => ({ file: path.join(path.basename(dir), f), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

export async function applySchema(db: Db): Promise<void> {
  for (const statement of schemaStatementsFromFile()) await db.writeText(statement);
  // Older databases: the one full-text index over every entity, whatever its marking, which let
  // the scores of visible hits depend on hidden text (replaced by one index per clearance).
  await db.writeText('DROP INDEX entity_search IF EXISTS');
  // Entities written before the per-clearance search indexes existed get their labels (once:
  // afterwards every write keeps them, and this finds nothing to do).
  for (let labelled = LABEL_BATCH; labelled === LABEL_BATCH;) {
    const [row] = await db.write('seed/label-for-search', { ...searchLabelParams, batch: LABEL_BATCH }, 120_000);
    labelled = Number(row?.labelled ?? 0);
  }
  // Full-text indexes are populated asynchronously; wait so a search right after seeding works.
  await db.writeText('CALL db.awaitIndexes(300)');
}


export interface LoadSummary {
  nodes: number;
  relationships: number;
  /** Entities and relationships an earlier load wrote that the seed no longer holds. */
  removed: { entities: number; relationships: number };
  /** Dropped from the seed but kept, because analysts' knowledge links to them. */
  kept: string[];
}

/** Identifies the content of a validated seed, whatever the files' formatting. */
export function seedDigest(graph: SeedGraph): string {
  const content = JSON.stringify([graph.nodes.map((n) => [n.id, n.props]), graph.links.map((l) => [l.id, l.type, l.from, l.to, l.props])]);
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Whether the database holds this seed: 'current', 'outdated' (an older seed) or 'unknown'.
 * The documents' texts are part of the seed, so a corrected text makes it outdated too.
 */
export async function seedStatus(db: Db, seed: SeedGraph, documentsDir = DOCUMENTS_DIR): Promise<'current' | 'outdated' | 'unknown'> {
  const [row] = await db.read('seed/read-state');
  if (!row) return 'unknown';
  return row.digest === seedDigest(withDocumentTexts(seed, documentsDir)) ? 'current' : 'outdated';
}

/** Loads the seed, with each Source's text from `documentsDir` (seed/documents by default). */
export async function loadSeedGraph(db: Db, seed: SeedGraph, documentsDir = DOCUMENTS_DIR): Promise<LoadSummary> {
  const graph = withDocumentTexts(seed, documentsDir);
  await applySchema(db);
  let nodes = 0;
  let relationships = 0;
  let removed = { entities: 0, relationships: 0 };
  let kept: string[] = [];
  await db.writeTransaction(async (run) => {
    for (const [kind, rows] of Map.groupBy(graph.nodes, (n) => n.kind)) {
      const cypher = withLabel(q('seed/merge-nodes'), kind);
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH).map((n) => ({ id: n.id, props: n.props }));
        nodes += Number((await run(cypher, { rows: batch, ...searchLabelParams }))[0]?.written ?? 0);
      }
    }
    for (const [type, rows] of Map.groupBy(graph.links, (l) => l.type)) {
      const cypher = withRelType(q('seed/merge-relationships'), type);
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH).map((l) => ({ id: l.id, from: l.from, to: l.to, props: l.props }));
        relationships += Number((await run(cypher, { rows: batch }))[0]?.written ?? 0);
      }
    }
    if (relationships !== graph.links.length) {
      // MATCH found fewer endpoints than validated: abort the transaction rather than load a partial graph.
      throw new Error(`Only ${relationships} of ${graph.links.length} relationships could be written; nothing was saved.`);
    }
    // The seeded part of the graph becomes exactly the seed: a corrected fact does not linger.
    const [pruned] = await run(q('seed/prune-stale'), { nodeIds: graph.nodes.map((n) => n.id), relIds: graph.links.map((l) => l.id) });
    removed = { entities: Number(pruned?.entities ?? 0), relationships: Number(pruned?.relationships ?? 0) };
    kept = (pruned?.kept as string[] | undefined) ?? [];
    await run(q('seed/record-state'), { digest: seedDigest(graph), at: Date.now(), entities: nodes, relationships });
  });
  return { nodes, relationships, removed, kept };
}

export async function isGraphEmpty(db: Db): Promise<boolean> {
  const [row] = await db.read('seed/count-entities');
  return Number(row?.entities ?? 0) === 0;
}
