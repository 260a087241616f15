// Creates a user; the name is unique (constraint user_name_unique).
// $user: {id, name, role, clearance, createdAt}
CREATE (u:User)
SET u = $user
RETURN u {.*} AS user
