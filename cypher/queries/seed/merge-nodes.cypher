// Upserts seeded entities of one kind; {{LABEL}} is the kind, checked against the model.
// $rows: [{ id: string, props: map }]  (props include id, kind, name, provenance lists)
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props, n:{{LABEL}}
RETURN count(n) AS written
