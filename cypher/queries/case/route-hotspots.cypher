// Hotspots of a route: places within a place the route departs from, passes through or arrives
// in, and places where networks operating along the route are active; with the number of
// visible persons and networks active at each, most suspects first.
// $routeId: string  $markings: [string]
// Ends with h, suspects, networks in scope, sorted; the compiled tail pages and projects.
MATCH (route:Entity:Route {id: $routeId})
WHERE route.marking IN $markings
CALL (route) {
  MATCH (route)-[s:DEPARTS_FROM|PASSES_THROUGH|ARRIVES_IN]->(place:Entity:Location)<-[po:PART_OF]-(h:Entity:Location)
  WHERE s.marking IN $markings AND place.marking IN $markings AND po.marking IN $markings AND h.marking IN $markings
  RETURN h
  UNION
  MATCH (route)<-[oa:OPERATES_ALONG]-(w:Entity:Network)-[ai:ACTIVE_IN]->(h:Entity:Location)
  WHERE oa.marking IN $markings AND w.marking IN $markings AND ai.marking IN $markings AND h.marking IN $markings
  RETURN h
}
WITH h,
  COUNT { MATCH (h)<-[x:ACTIVE_IN]-(p:Entity:Person) WHERE x.marking IN $markings AND p.marking IN $markings RETURN DISTINCT p } AS suspects,
  COUNT { MATCH (h)<-[y:ACTIVE_IN]-(g:Entity:Network) WHERE y.marking IN $markings AND g.marking IN $markings RETURN DISTINCT g } AS networks
WHERE suspects > 0 OR networks > 0
WITH h, suspects, networks ORDER BY suspects DESC, networks DESC, h.name, h.id
