// Deletes a saved view the viewer may see (the owner check is made before, by the server).
// $id: string  $markings: [string]
MATCH (v:SavedView {id: $id})
WHERE v.marking IN $markings
DELETE v
RETURN count(*) AS deleted
