// Which of the relationship ids an import would write exist already, for one type ({{TYPE}},
// checked against the model): those are merged, the others created.
// $ids: [string]
MATCH ()-[r:{{TYPE}}]->()
WHERE r.id IN $ids
RETURN r.id AS id
