// Entities the importer may see whose name or one of whose aliases is exactly one of $names,
// of the given kinds ($kinds null: any kind): link ends given by name in a CSV file.
// $names: [string]  $kinds: [string] | null  $markings: [string]
MATCH (n:Entity)
WHERE n.marking IN $markings
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND (n.name IN $names OR any(alias IN coalesce(n.aliases, []) WHERE alias IN $names))
RETURN n.id AS id, n.kind AS kind, n.name AS name, coalesce(n.aliases, []) AS aliases
