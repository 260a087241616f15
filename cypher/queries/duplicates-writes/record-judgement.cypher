// Records the judgement of a pair that is not a merge (not the same, unsure), replacing the
// pair's earlier one. $judgement.pair is the two ids in order, joined by a space.
// $judgement: {id, pair, a, b, verdict, judgedBy, judgedAt, marking}
MERGE (j:DuplicateJudgement {pair: $judgement.pair})
ON CREATE SET j.id = $judgement.id
SET j.a = $judgement.a, j.b = $judgement.b, j.verdict = $judgement.verdict, j.judgedBy = $judgement.judgedBy,
  j.judgedAt = $judgement.judgedAt, j.marking = $judgement.marking
RETURN j {.*} AS judgement
