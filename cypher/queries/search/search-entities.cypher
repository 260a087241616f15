// Roots: full-text matches over names, aliases and descriptions, best first.
// $index: the full-text index of the viewer's clearance (it holds only what they may see, so
//         hidden text moves no score; the marking filter stays as a second guard)
// $query: Lucene query built from escaped user terms   $kinds: [string]|null
// $limit: integer   $markings: [string]
// A resolved duplicate keeps its names in the index: a match of one finds the entity it was
// resolved into (at the end of its chain of resolutions), once, with its best score; the pool
// of $limit matches is taken first, so this costs nothing more than the matches it returns.
// Ends with node (the entity), hit (the matched names: the entity's own or a duplicate's) and
// score in scope; the compiled tail (server/modules/search) projects what the request selects.
CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS hit, score
WHERE hit.marking IN $markings AND ($kinds IS NULL OR hit.kind IN $kinds)
WITH hit, score ORDER BY score DESC, hit.name LIMIT $limit
OPTIONAL MATCH (hit:Resolved)
  ((x WHERE x.marking IN $markings)-[s:SAME_AS WHERE s.marking IN $markings]->(y WHERE y.marking IN $markings))+
  (survivor:Entity WHERE survivor.marking IN $markings)
WITH coalesce(survivor, hit) AS node, hit, score
WHERE node:Entity
WITH node, hit, score ORDER BY score DESC, hit.name
WITH node, collect(hit)[0] AS hit, max(score) AS score
ORDER BY score DESC, node.name
