// Creates imported entities that do not exist yet (the import checked), of one kind; {{LABEL}}
// is the kind, checked against the model. The fast path of a first import: nothing to merge.
// $source: string  $rows: [{props: map (id, kind, name, marking, provenance lists, ...),
//   searchLabels: [string], mention: map}]
MATCH (s:Entity {id: $source})
UNWIND $rows AS row
CREATE (n:Entity:{{LABEL}})
SET n = row.props, n.origin = 'import'
SET n:$(row.searchLabels)
CREATE (n)-[m:MENTIONED_IN]->(s)
SET m = row.mention
RETURN count(n) AS written
