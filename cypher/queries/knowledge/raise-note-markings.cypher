// Keeps notes at least as strict as what they are about: when an entity or relationship becomes
// stricter than a note on it (or, for an entity, on one of its relationships, whose notes are as
// strict as both ends), the note takes its marking and the search labels of it, so the note
// indexes of lower clearances no longer hold it (server/modules/notes/note-targets.ts).
// $id: string  $marking: string  $lessStrict: [string] (the markings below $marking)
// $noteSearchLabels: [label]  $noteSearchLabelsByMarking: {marking: [label]}
MATCH (n:Note)
WHERE (n.targetId = $id OR n.fromId = $id OR n.toId = $id) AND n.marking IN $lessStrict
SET n.marking = $marking
REMOVE n:$($noteSearchLabels)
SET n:$(coalesce($noteSearchLabelsByMarking[$marking], []))
RETURN count(n) AS raised
