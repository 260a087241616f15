// Upserts seeded entities of one kind; {{LABEL}} is the kind, checked against the model.
// origin 'seed' marks what the loader owns, so a later load can remove what the seed dropped.
// The search labels follow the marking: those of every clearance that may see the entity.
// $rows: [{ id: string, props: map }]  (props include id, kind, name, marking, provenance lists)
// $searchLabels: [string]  $searchLabelsByMarking: {marking: [string]}  (server/domain/derive.ts)
UNWIND $rows AS row
// A seeded entity an analyst resolved into another stays resolved (its undo brings it back);
// its seeded relationships moved to the entity kept, and are found there by id.
WITH row WHERE NOT EXISTS { MATCH (d:Resolved {id: row.id}) }
MERGE (n:Entity {id: row.id})
SET n = row.props, n:{{LABEL}}, n.origin = 'seed'
REMOVE n:$($searchLabels)
SET n:$(coalesce($searchLabelsByMarking[n.marking], []))
RETURN count(n) AS written
