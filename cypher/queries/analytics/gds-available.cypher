// Whether Graph Data Science is installed (its version, or null).
RETURN COLLECT { SHOW PROCEDURES YIELD name WHERE name = 'gds.version' RETURN name } AS procedures
