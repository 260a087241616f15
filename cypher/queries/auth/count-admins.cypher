// Enabled admins (a fresh install has none).
MATCH (u:User {role: 'admin'}) WHERE u.disabledAt IS NULL RETURN count(u) AS admins, collect(u.name)[0] AS first
