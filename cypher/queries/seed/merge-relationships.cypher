// Upserts seeded relationships of one type; {{TYPE}} is checked against the model.
// $rows: [{ id: string, from: string, to: string, props: map }]
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:{{TYPE}} {id: row.id}]->(b)
SET r = row.props
RETURN count(r) AS written
