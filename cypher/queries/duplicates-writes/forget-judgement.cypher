// Removes the recorded judgement of a pair (a merge of the pair replaces it).
// $pair: string
MATCH (j:DuplicateJudgement {pair: $pair})
DELETE j
RETURN count(*) AS removed
