// Identifiers of the given types (a travel document, a bank account, an e-mail address) that two to
// $maxUsers visible entities of one kind use: a sign that they are one person or network. An
// identifier many use (a shared phone) says nothing of the kind.
// $identifierTypes: [string]  $maxUsers: integer  $markings: [string]
MATCH (i:Identifier)<-[r:USES_IDENTIFIER]-(e:Entity)
WHERE i.marking IN $markings AND i.identifierType IN $identifierTypes AND r.marking IN $markings AND e.marking IN $markings
WITH i, e.kind AS kind, collect(DISTINCT e.id) AS users
WHERE size(users) >= 2 AND size(users) <= $maxUsers
RETURN i.identifierType AS type, i.value AS value, kind, users
