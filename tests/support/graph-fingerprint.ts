/** Counts and a digest of every entity's and relationship's labels, type and properties. */
import { createHash } from 'node:crypto';
import type { Db } from '../../server/db/driver.ts';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

export async function graphFingerprint(db: Db): Promise<{ nodes: number; relationships: number; digest: string }> {
  const [row] = await db.readText(`
    MATCH (n:Entity) WITH n ORDER BY n.id
    WITH collect([n.id, labels(n), properties(n)]) AS nodes
    CALL () {
      MATCH (:Entity)-[r]->(:Entity) WITH r ORDER BY r.id
      RETURN collect([r.id, type(r), properties(r)]) AS rels
    }
    RETURN nodes, rels`);
  const nodes = row!.nodes as unknown[];
  const rels = row!.rels as unknown[];
  const digest = createHash('sha256').update(JSON.stringify(canonical([nodes, rels]))).digest('hex');
  return { nodes: nodes.length, relationships: rels.length, digest };
}
