// Creates or replaces one entity and its provenance links; {{LABEL}} is its kind, checked
// against the model. Old kind labels are not kept: an id keeps its kind (checked before).
// $id: string  $props: map  $mentions: [{id, source, props}]
MERGE (n:Entity {id: $id})
SET n = $props, n:{{LABEL}}
WITH n
CALL (n) {
  MATCH (n)-[old:MENTIONED_IN]->()
  DELETE old
}
CALL (n) {
  UNWIND $mentions AS mention
  MATCH (s:Source {id: mention.source})
  MERGE (n)-[r:MENTIONED_IN {id: mention.id}]->(s)
  SET r = mention.props
}
RETURN n {.*} AS entity
