// Drops a projection left behind by a failed analytics query.
// $graphName: string
CALL gds.graph.drop($graphName, false) YIELD graphName RETURN graphName
