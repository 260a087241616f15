// Removes what an earlier load wrote and the seed no longer holds (a corrected or dropped fact).
// Only elements with origin 'seed': analysts' knowledge is never touched. A dropped entity that
// an analyst has linked to is kept (reported as kept), its seeded relationships still go.
// $nodeIds: [string]  $relIds: [string]
CALL () {
  MATCH ()-[r]->()
  WHERE r.origin = 'seed' AND NOT r.id IN $relIds
  DELETE r
  RETURN count(r) AS relationships
}
CALL () {
  MATCH (n:Entity)
  WHERE n.origin = 'seed' AND NOT n.id IN $nodeIds
  OPTIONAL CALL (n) {
    MATCH (n)-[other]-()
    RETURN count(other) AS others
  }
  WITH n, others
  RETURN collect(CASE WHEN others > 0 THEN n.id END) AS kept, collect(CASE WHEN others = 0 THEN n END) AS dropped
}
CALL (dropped) {
  UNWIND dropped AS n
  DELETE n
  RETURN count(n) AS entities
}
RETURN relationships, entities, kept
