// The entities a view to be saved holds, among those the saver may see (the others, like ids
// that do not exist, are absent from the answer, and the save is refused).
// $ids: [string]  $markings: [string]
MATCH (e:Entity)
WHERE e.id IN $ids AND e.marking IN $markings
RETURN e.id AS id, e.marking AS marking
