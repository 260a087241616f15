// Upserts seeded relationships of one type; {{TYPE}} is checked against the model.
// origin 'seed' marks what the loader owns, so a later load can remove what the seed dropped.
// $rows: [{ id: string, from: string, to: string, props: map }]
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:{{TYPE}} {id: row.id}]->(b)
SET r = row.props, r.origin = 'seed'
RETURN count(r) AS written
