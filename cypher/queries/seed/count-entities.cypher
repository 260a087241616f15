// Number of entities in the graph (used to decide whether to seed an empty database).
MATCH (n:Entity) RETURN count(n) AS entities
