// Removes an import's Source once no entity cites it any more.
// $source: string
MATCH (s:Entity {id: $source})
WHERE NOT EXISTS { MATCH (s)<-[m:MENTIONED_IN]-(n:Entity) }
DETACH DELETE s
RETURN count(*) AS removed
