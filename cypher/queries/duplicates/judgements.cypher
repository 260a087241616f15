// The recorded judgements (not the same, unsure) the viewer may see, for the duplicate queue.
// $markings: [string]
MATCH (j:DuplicateJudgement)
WHERE j.marking IN $markings
RETURN j.id AS id, j.a AS a, j.b AS b, j.verdict AS verdict, j.judgedBy AS judgedBy, j.judgedAt AS judgedAt
