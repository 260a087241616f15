// Whether any relationship of one type ({{TYPE}}, checked against the model) has an id starting
// with $prefix (any id when it is empty): the ids an import gives its rows' links all start with
// the same prefix, so when none is held every link of the import is new and none is looked up.
// $prefix: string
MATCH ()-[r:{{TYPE}}]->()
WHERE r.id STARTS WITH $prefix
RETURN r.id AS id
LIMIT 1
