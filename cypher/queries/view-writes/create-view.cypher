// Stores a saved view: a :SavedView node (never :Entity, so no graph query reaches it) with its
// view state and positions as JSON text, its owner and its marking (the highest marking of the
// entities it holds, computed by the server). Answers with the view, read through the rule.
// $view: {id, name, owner, savedAt, marking, nodeCount, shared, entityIds, state, positions}  $markings: [string]
CREATE (v:SavedView)
SET v = $view
WITH v
WHERE v.marking IN $markings
RETURN v {.id, .name, .owner, .savedAt, .marking, .nodeCount, .shared, .state, .positions} AS view
