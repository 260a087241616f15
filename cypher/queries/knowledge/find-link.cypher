// One relationship by id, if the writer can see it and both its ends, with the sources of its
// evidence the writer can see; {{TYPE}} (from the id) is checked against the model.
// $id: string  $markings: [string]
MATCH (a:Entity)-[r:{{TYPE}} {id: $id}]->(b:Entity)
WHERE r.marking IN $markings AND a.marking IN $markings AND b.marking IN $markings
RETURN {id: r.id, type: type(r), from: a.id, to: b.id, props: properties(r)} AS rel, [a.marking, b.marking] AS ends,
  [s IN coalesce(r.evidenceSources, []) WHERE EXISTS { MATCH (d:Source {id: s}) WHERE d.marking IN $markings }] AS visibleSources
