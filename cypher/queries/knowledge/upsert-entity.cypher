// Creates or replaces one entity and its provenance links; {{LABEL}} is its kind, checked
// against the model. Old kind labels are not kept: an id keeps its kind (checked before).
// The search labels follow the marking: those of every clearance that may see the entity.
// Mentions found in an ingested document's text (with mentionStarts) are the document's, not
// the entity's evidence: they stay; so do those a duplicate resolved into it brought (their ids
// are the duplicate's: undo gives them back).
// $id: string  $props: map  $mentions: [{id, source, props}]
// $searchLabels: [string]  $searchLabelsByMarking: {marking: [string]}  (server/domain/derive.ts)
MERGE (n:Entity {id: $id})
SET n = $props, n:{{LABEL}}
REMOVE n:$($searchLabels)
SET n:$(coalesce($searchLabelsByMarking[n.marking], []))
WITH n
CALL (n) {
  MATCH (n)-[old:MENTIONED_IN]->()
  WHERE old.mentionStarts IS NULL AND old.id STARTS WITH n.id + '|'
  DELETE old
}
CALL (n) {
  UNWIND $mentions AS mention
  MATCH (s:Source {id: mention.source})
  MERGE (n)-[r:MENTIONED_IN {id: mention.id}]->(s)
  SET r = mention.props
}
RETURN n {.*} AS entity
