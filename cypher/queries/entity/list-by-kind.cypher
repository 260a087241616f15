// Roots: one page of entities of one kind, filtered and sorted.
// $kind: string   $nameContains: string|null   $source: string|null
// $equals: map of model property -> value (list properties match when they contain it)
// $orderBy: model property name   $descending: boolean   $skip, $limit: integer   $markings: [string]
// Followed by entity/expand-subgraph; extra.total is the number of matches before paging.
MATCH (n:Entity)
WHERE n.kind = $kind AND n.marking IN $markings
  AND ($nameContains IS NULL
       OR toLower(n.name) CONTAINS toLower($nameContains)
       OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS toLower($nameContains)))
  AND ($source IS NULL OR $source IN n.sources)
  AND all(k IN keys($equals) WHERE n[k] = $equals[k] OR (n[k] IS :: LIST<ANY> AND $equals[k] IN n[k]))
WITH n
ORDER BY
  n[$orderBy] IS NULL,
  CASE WHEN $descending THEN n[$orderBy] END DESC,
  CASE WHEN NOT $descending THEN n[$orderBy] END ASC,
  n.name, n.id
WITH collect(n) AS matches
WITH matches[$skip..($skip + $limit)] AS roots, {total: size(matches)} AS extra
