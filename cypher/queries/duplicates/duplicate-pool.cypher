// The entities the duplicate queue compares: the visible ones of the given kinds, with their names.
// $kinds: [string] (resolvable kinds, server/domain/model.ts RESOLVABLE_KINDS)  $markings: [string]
MATCH (e:Entity)
WHERE e.marking IN $markings AND e.kind IN $kinds
RETURN e.id AS id, e.kind AS kind, e.name AS name, coalesce(e.aliases, []) AS aliases, e.marking AS marking
