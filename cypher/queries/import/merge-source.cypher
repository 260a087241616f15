// The Source an import's rows cite, created or updated, labelled for search by its marking.
// $id: string  $props: map  $searchLabels: [string]  $searchLabelsByMarking: {marking: [string]}
MERGE (s:Entity {id: $id})
ON CREATE SET s.origin = 'import'
SET s += $props, s:Source
REMOVE s:$($searchLabels)
SET s:$(coalesce($searchLabelsByMarking[s.marking], []))
RETURN s.id AS id
