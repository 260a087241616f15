// The identifiers of the given types an entity uses with one to $maxUsers - 1 others of its kind,
// with those others' names (as shared-identifiers, for one entity).
// $id: string  $identifierTypes: [string]  $maxUsers: integer  $markings: [string]
MATCH (e:Entity {id: $id})-[r:USES_IDENTIFIER]->(i:Identifier)
WHERE e.marking IN $markings AND r.marking IN $markings AND i.marking IN $markings AND i.identifierType IN $identifierTypes
MATCH (i)<-[u:USES_IDENTIFIER]-(o:Entity)
WHERE u.marking IN $markings AND o.marking IN $markings AND o.kind = e.kind
WITH i, e.kind AS kind, collect(DISTINCT o {.id, .kind, .name, aliases: coalesce(o.aliases, []), .marking}) AS users
WHERE size(users) >= 2 AND size(users) <= $maxUsers
RETURN i.identifierType AS type, i.value AS value, kind, [x IN users | x.id] AS users, users AS holders
