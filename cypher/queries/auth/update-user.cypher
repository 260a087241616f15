// Changes a user's role, clearance or disables them (null leaves a value as it is).
// $name: string  $role: string|null  $clearance: string|null  $disable: boolean  $now: epoch milliseconds
MATCH (u:User {name: $name})
WITH u, u {.*} AS before
SET u.role = coalesce($role, u.role),
    u.clearance = coalesce($clearance, u.clearance),
    u.disabledAt = CASE WHEN $disable THEN coalesce(u.disabledAt, $now) ELSE u.disabledAt END
RETURN before, u {.*} AS user
