// A crime type and the crime types LINKED_TO it (either direction), with the figures behind
// the shares, plus every year for which a share is given.
// $crimeTypeId: string  $year: integer|null  $markings: [string]  $structuralTypes: [string]
MATCH (c:Entity {id: $crimeTypeId})
WHERE c.kind = 'CrimeType' AND c.marking IN $markings
RETURN
  c {.*, degree: COUNT { (c)-[y]-(o:Entity) WHERE NOT type(y) IN $structuralTypes AND y.marking IN $markings AND o.marking IN $markings }} AS crime,
  COLLECT {
    MATCH (c)-[r:LINKED_TO]-(o:Entity)
    WHERE r.marking IN $markings AND o.marking IN $markings AND ($year IS NULL OR r.year = $year)
    OPTIONAL MATCH (f:Entity {id: r.figureId}) WHERE f.marking IN $markings
    RETURN {
      rel: {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)},
      other: o {.*, degree: COUNT { (o)-[y]-(z:Entity) WHERE NOT type(y) IN $structuralTypes AND y.marking IN $markings AND z.marking IN $markings }},
      figure: f {.*}
    }
  } AS links,
  COLLECT {
    MATCH (c)-[r:LINKED_TO]-(o:Entity)
    WHERE r.marking IN $markings AND o.marking IN $markings AND r.year IS NOT NULL
    RETURN DISTINCT r.year ORDER BY r.year
  } AS years,
  COLLECT { MATCH (s:Source) WHERE s.marking IN $markings RETURN s {.*} } AS sourceDocs
