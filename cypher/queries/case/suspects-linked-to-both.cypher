// The persons suspected of both crime types, each once.
// $crimeA, $crimeB: string (CrimeType ids)  $markings: [string]
// Ends with the person n in scope; the compiled tail (server/modules/case) counts, pages and projects.
MATCH (a:Entity:CrimeType {id: $crimeA}), (b:Entity:CrimeType {id: $crimeB})
WHERE a.marking IN $markings AND b.marking IN $markings
MATCH (a)<-[ra:SUSPECTED_OF]-(n:Entity:Person)-[rb:SUSPECTED_OF]->(b)
WHERE ra.marking IN $markings AND rb.marking IN $markings AND n.marking IN $markings
WITH DISTINCT n
