// One user by name.
// $name: string
MATCH (u:User {name: $name}) RETURN u {.*} AS user
