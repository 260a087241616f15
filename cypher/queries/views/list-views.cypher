// The viewer's own views and the shared views of others, among those they may see, newest first.
// $owner: string  $markings: [string]  $limit: int
MATCH (v:SavedView)
WHERE v.marking IN $markings AND (v.owner = $owner OR v.shared = true)
RETURN v {.id, .name, .owner, .savedAt, .marking, .nodeCount, .shared} AS view
ORDER BY v.savedAt DESC, v.id
LIMIT $limit
