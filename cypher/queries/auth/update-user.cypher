// Changes a user's role, clearance or disables them (null leaves a value as it is). The last
// enabled admin keeps the role and stays enabled: then nothing changes (lastAdmin is true).
// $name: string  $role: string|null  $clearance: string|null  $disable: boolean  $now: epoch milliseconds
MATCH (u:User {name: $name})
WITH u, u {.*} AS before,
  u.role = 'admin' AND u.disabledAt IS NULL AND (coalesce($role, u.role) <> 'admin' OR $disable)
    AND COUNT { MATCH (o:User {role: 'admin'}) WHERE o.disabledAt IS NULL } <= 1 AS lastAdmin
SET u.role = CASE WHEN lastAdmin THEN u.role ELSE coalesce($role, u.role) END,
    u.clearance = CASE WHEN lastAdmin THEN u.clearance ELSE coalesce($clearance, u.clearance) END,
    u.disabledAt = CASE WHEN $disable AND NOT lastAdmin THEN coalesce(u.disabledAt, $now) ELSE u.disabledAt END
RETURN before, u {.*} AS user, lastAdmin
