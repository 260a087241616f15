// Candidates rejected before (by normalised text and kind), so they are not proposed again.
// $markings: [string]
MATCH (c:Candidate {status: 'rejected'})
WHERE c.marking IN $markings
RETURN collect(DISTINCT c.key) AS keys
