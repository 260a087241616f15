// Roots: full-text matches over names, aliases and descriptions, best first.
// $query: Lucene query built from escaped user terms   $kinds: [string]|null
// $limit: integer   $markings: [string]
// Followed by entity/expand-subgraph; extra.scores holds the score of each root.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE node.marking IN $markings AND ($kinds IS NULL OR node.kind IN $kinds)
WITH node, score ORDER BY score DESC, node.name LIMIT $limit
WITH collect(node) AS roots, collect(score) AS scores
WITH roots, {scores: scores} AS extra
