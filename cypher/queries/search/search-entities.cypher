// Roots: full-text matches over names, aliases and descriptions, best first.
// $index: the full-text index of the viewer's clearance (it holds only what they may see, so
//         hidden text moves no score; the marking filter stays as a second guard)
// $query: Lucene query built from escaped user terms   $kinds: [string]|null
// $limit: integer   $markings: [string]
// Ends with node and score in scope; the compiled tail (server/modules/search) projects what
// the request selects.
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WHERE node.marking IN $markings AND ($kinds IS NULL OR node.kind IN $kinds)
WITH node, score ORDER BY score DESC, node.name LIMIT $limit
