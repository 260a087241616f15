// The entities of one kind whose names or aliases hold a word of the given entity's names, or
// nearly (the full-text index of the viewer's clearance, so nothing hidden is read): the few its
// pairs are looked for among, instead of every entity of its kind.
// $index: string  $query: Lucene query of the entity's name words  $kind: string  $id: string
// $limit: integer  $markings: [string]
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WHERE node.marking IN $markings AND node:Entity AND node.kind = $kind AND node.id <> $id
WITH node, score ORDER BY score DESC LIMIT $limit
RETURN node.id AS id, node.kind AS kind, node.name AS name, coalesce(node.aliases, []) AS aliases, node.marking AS marking
