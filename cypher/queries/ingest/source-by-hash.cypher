// A document with this text the user may see: re-ingesting it changes nothing.
// $hash: string  $markings: [string]
MATCH (s:Source {contentHash: $hash})
WHERE s.marking IN $markings
RETURN s.id AS id
ORDER BY s.id
LIMIT 1
