// The Source an export's scope names, when the viewer may see it: a whole import is exported
// under its own source (title, date, supplier), so importing the files again cites the same one.
// $source: string  $markings: [string]
MATCH (s:Entity:Source {id: $source})
WHERE s.marking IN $markings
RETURN s.id AS id, s.title AS title, s.date AS date, s.publisher AS publisher, s.description AS description, s.marking AS marking
