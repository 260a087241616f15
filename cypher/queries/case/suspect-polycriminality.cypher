// Suspect-level polycriminality: per crime type other than migrant smuggling, the visible persons
// suspected of it, next to the share the documents publish for polycriminal suspects
// (LINKED_TO from migrant smuggling with linkKind POLYCRIMINAL_SUSPECTS, of $year if given).
// Polycriminal suspects: visible persons suspected of at least one crime type other than
// migrant smuggling. Starts from the crime types (a few dozen), never from all persons.
// $year: integer|null  $markings: [string]
MATCH (ms:Entity:CrimeType {id: 'crime-migrant-smuggling'})
WHERE ms.marking IN $markings
CALL (ms) {
  MATCH (c:Entity:CrimeType)<-[s:SUSPECTED_OF]-(p:Entity:Person)
  WHERE c <> ms AND c.marking IN $markings AND s.marking IN $markings AND p.marking IN $markings
  RETURN count(DISTINCT p) AS polycriminal
}
MATCH (c:Entity:CrimeType)
WHERE c <> ms AND c.marking IN $markings
WITH ms, polycriminal, c,
  COUNT { MATCH (c)<-[s:SUSPECTED_OF]-(p:Entity:Person) WHERE s.marking IN $markings AND p.marking IN $markings } AS suspects,
  COLLECT { MATCH (ms)-[l:LINKED_TO]-(c)
    WHERE l.marking IN $markings AND l.linkKind = 'POLYCRIMINAL_SUSPECTS' AND ($year IS NULL OR l.year = $year) AND l.share IS NOT NULL
    RETURN l.share ORDER BY l.year DESC LIMIT 1 } AS published
WHERE suspects > 0 OR size(published) > 0
WITH polycriminal, c, suspects, published[0] AS publishedShare
ORDER BY suspects DESC, publishedShare DESC, c.name
