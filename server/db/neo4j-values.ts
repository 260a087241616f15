import neo4j from 'neo4j-driver';

/**
 * Neo4j values → plain JSON-friendly JS: integers become numbers, temporal values ISO strings,
 * nodes and relationships their properties (with kind/type), paths lists of segments.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value)) {
    return toPlain(value.properties);
  }
  if (neo4j.isRelationship(value)) {
    return { ...(toPlain(value.properties) as object), type: value.type };
  }
  if (neo4j.isPoint(value)) {
    return { x: value.x, y: value.y, z: value.z ?? null, srid: toPlain(value.srid) };
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}
