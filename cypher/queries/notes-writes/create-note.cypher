// Stores an analyst's note: a :Note node (never :Entity, and tied to what it is about by the
// targetId property, never by a relationship, so no graph query or degree meets it) with the
// search labels of its marking. Answers with the note, read through the rule.
// $note: {id, text, author, createdAt, marking, targetId, targetType, fromId, toId}
// $noteSearchLabelsByMarking: {marking: [label]}  $markings: [string]
CREATE (n:Note)
SET n = $note
SET n:$(coalesce($noteSearchLabelsByMarking[n.marking], []))
WITH n
WHERE n.marking IN $markings
RETURN n {.id, .text, .author, .createdAt, .marking, .targetId, .targetType} AS note
