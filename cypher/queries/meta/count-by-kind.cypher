// Number of visible entities per kind and visible relationships per type.
// $markings: [string]
RETURN
  COLLECT {
    MATCH (n:Entity) WHERE n.marking IN $markings
    WITH n.kind AS name, count(*) AS count
    RETURN {name: name, count: count}
  } AS kinds,
  COLLECT {
    MATCH (a:Entity)-[r]->(b:Entity)
    WHERE r.marking IN $markings AND a.marking IN $markings AND b.marking IN $markings
    WITH type(r) AS name, count(*) AS count
    RETURN {name: name, count: count}
  } AS relationships
