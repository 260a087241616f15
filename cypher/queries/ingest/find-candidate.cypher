// One candidate the user may see.
// $id: string  $markings: [string]
MATCH (c:Candidate {id: $id})
WHERE c.marking IN $markings
RETURN c { .id, .sourceId, .kind, .text, .acronym, .key, .start, .end, .sentence, .confidence, .reason, .relatedIds, .value, .unit, .occurrences, .status, .marking, .acceptedAs } AS candidate
