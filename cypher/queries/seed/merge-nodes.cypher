// Upserts seeded entities of one kind; {{LABEL}} is the kind, checked against the model.
// origin 'seed' marks what the loader owns, so a later load can remove what the seed dropped.
// $rows: [{ id: string, props: map }]  (props include id, kind, name, provenance lists)
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props, n:{{LABEL}}, n.origin = 'seed'
RETURN count(n) AS written
