// Whether Graph Data Science is installed: the list holds 'gds.version' when it is.
SHOW PROCEDURES YIELD name
WHERE name = 'gds.version'
RETURN collect(name) AS procedures
