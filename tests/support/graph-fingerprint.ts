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

/**
 * The whole graph, or with `ids` only those entities and the relationships that touch one of them
 * (to compare a test's own part of a database others write to at the same time).
 */
export async function graphFingerprint(db: Db, scope: { ids?: string[] } = {}): Promise<{ nodes: number; relationships: number; digest: string }> {
  const [row] = await db.readText(`
    MATCH (n:Entity) WHERE $ids IS NULL OR n.id IN $ids WITH n ORDER BY n.id
    WITH collect([n.id, labels(n), properties(n)]) AS nodes
    CALL () {
      MATCH (a:Entity)-[r]->(b:Entity) WHERE $ids IS NULL OR a.id IN $ids OR b.id IN $ids WITH r ORDER BY r.id
      RETURN collect([r.id, type(r), properties(r)]) AS rels
    }
    RETURN nodes, rels`, { ids: scope.ids ?? null });
  const nodes = row!.nodes as unknown[];
  const rels = row!.rels as unknown[];
  const digest = createHash('sha256').update(JSON.stringify(canonical([nodes, rels]))).digest('hex');
  return { nodes: nodes.length, relationships: rels.length, digest };
}
