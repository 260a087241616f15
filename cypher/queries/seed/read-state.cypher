// The version of the seed the database holds (no row when it was never loaded by this version).
MATCH (s:SeedState {id: 'seed'})
RETURN s.digest AS digest, s.loadedAt AS loadedAt
