// Stores an ingested document as a Source unless one with the same text is visible to the user
// (then nothing is written and no row comes back), labelled for search by its marking.
// $props: map (with id, contentHash)  $markings: [string]  $searchLabelsByMarking: {marking: [string]}
OPTIONAL MATCH (d:Source {contentHash: $props.contentHash})
WHERE d.marking IN $markings
WITH count(d) AS existing
WHERE existing = 0
CREATE (s:Entity:Source)
SET s = $props
SET s:$(coalesce($searchLabelsByMarking[s.marking], []))
RETURN s.id AS id
