// Keeps saved views as strict as what they hold: when an entity becomes stricter than a view
// that holds it, the view takes the entity's marking, so it stays closed to anyone who may not
// see everything in it (server/modules/views/views-domain.ts).
// $id: string  $marking: string  $lessStrict: [string] (the markings below $marking)
MATCH (v:SavedView)
WHERE $id IN v.entityIds AND v.marking IN $lessStrict
SET v.marking = $marking
RETURN count(v) AS raised
