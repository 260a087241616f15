// What judging a pair needs to know, read inside its transaction: both entities as stored, how
// many relationships each has that the judge cannot see (a merge moves every one of them), how
// many it has in all (the better-linked one is kept), and the pair's recorded judgement.
// $a: string  $b: string  $pair: string  $markings: [string]
OPTIONAL MATCH (a:Entity {id: $a})
OPTIONAL MATCH (b:Entity {id: $b})
OPTIONAL MATCH (j:DuplicateJudgement {pair: $pair})
RETURN a {.id, .kind, .name, aliases: coalesce(a.aliases, []), .marking} AS a, b {.id, .kind, .name, aliases: coalesce(b.aliases, []), .marking} AS b,
  CASE WHEN a IS NULL THEN 0 ELSE COUNT { (a)-[r]-(x) WHERE NOT r.marking IN $markings OR NOT x.marking IN $markings } END AS aHidden,
  CASE WHEN b IS NULL THEN 0 ELSE COUNT { (b)-[r]-(x) WHERE NOT r.marking IN $markings OR NOT x.marking IN $markings } END AS bHidden,
  CASE WHEN a IS NULL THEN 0 ELSE COUNT { (a)-[r]-(x) } END AS aDegree,
  CASE WHEN b IS NULL THEN 0 ELSE COUNT { (b)-[r]-(x) } END AS bDegree,
  j {.*} AS judgement
