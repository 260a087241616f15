// Candidates waiting for review, in document order, a page at a time (after the cursor's id).
// $sourceId: string|null  $after: string  $first: integer  $markings: [string]
MATCH (c:Candidate)
WHERE c.marking IN $markings AND c.status = 'pending' AND ($sourceId IS NULL OR c.sourceId = $sourceId)
WITH c ORDER BY c.id
WITH collect(c) AS pending
RETURN size(pending) AS totalCount,
  [c IN pending WHERE c.id > $after | c { .id, .sourceId, .kind, .text, .acronym, .start, .end, .sentence, .confidence, .reason, .relatedIds, .value, .unit, .occurrences, .status, .marking, .acceptedAs }][0..$first] AS page
