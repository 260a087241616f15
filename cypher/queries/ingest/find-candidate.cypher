// One candidate the user may see.
// $id: string  $markings: [string]
MATCH (c:Candidate {id: $id})
WHERE c.marking IN $markings
RETURN c {.*} AS candidate
