// Creates imported relationships of one type that do not exist yet; {{TYPE}} is checked against
// the model. Both ends were found visible to the importer before anything was written; a link
// whose end has gone since is not written (the count tells).
// $markings: [string]  $rows: [{from, to, props: map (id, marking, provenance lists, ...)}]
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
WHERE a.marking IN $markings
MATCH (b:Entity {id: row.to})
WHERE b.marking IN $markings
CREATE (a)-[r:{{TYPE}}]->(b)
SET r = row.props, r.origin = 'import'
RETURN count(r) AS written
