// The mentions found in a document: one MENTIONED_IN per entity, with every offset and sentence.
// $sourceId: string  $mentions: [{id, entityId, props}]
MATCH (s:Source {id: $sourceId})
UNWIND $mentions AS mention
MATCH (n:Entity {id: mention.entityId})
MERGE (n)-[r:MENTIONED_IN {id: mention.id}]->(s)
SET r = mention.props
RETURN count(r) AS written
