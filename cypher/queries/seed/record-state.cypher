// Remembers which version of the seed the database holds, so a start can tell it is outdated.
// $digest: string  $at: integer (epoch ms)  $entities: integer  $relationships: integer
MERGE (s:SeedState {id: 'seed'})
SET s.digest = $digest, s.loadedAt = $at, s.entities = $entities, s.relationships = $relationships
