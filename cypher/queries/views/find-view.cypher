// One saved view, if the viewer may see everything in it (its marking is within their
// clearance); otherwise no row, exactly as for an id that does not exist.
// $id: string  $markings: [string]
MATCH (v:SavedView {id: $id})
WHERE v.marking IN $markings
RETURN v {.id, .name, .owner, .savedAt, .marking, .nodeCount, .shared, .state, .positions} AS view
