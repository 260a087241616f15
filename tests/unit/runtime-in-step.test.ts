import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pomProperty = (pom: string, name: string) =>
  new RegExp(`<${name}>([^<]+)</${name}>`).exec(fs.readFileSync(path.join(ROOT, 'neo4j/maven', pom), 'utf8'))?.[1];

describe('the Docker path stays in step with the local runtime', () => {
  const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'));

  it('uses the same Neo4j version as the local server', () => {
    const version = pomProperty('server.pom.xml', 'neo4j.version');
    expect(version).toMatch(/^5\.26\.\d+$/);
    expect(compose.services.neo4j.image).toBe(`neo4j:${version}-community`);
  });

  it('loads the same plugins (APOC and GDS) with the same procedure allowlist', () => {
    expect(JSON.parse(compose.services.neo4j.environment.NEO4J_PLUGINS)).toEqual(['apoc', 'graph-data-science']);
    expect(pomProperty('plugins.pom.xml', 'apoc.version')).toBe(pomProperty('server.pom.xml', 'neo4j.version'));
    const conf = fs.readFileSync(path.join(ROOT, 'neo4j/conf/neo4j.conf.template'), 'utf8');
    expect(conf).toContain('dbms.security.procedures.unrestricted=apoc.*,gds.*');
    expect(compose.services.neo4j.environment.NEO4J_dbms_security_procedures_unrestricted).toBe('apoc.*,gds.*');
  });

  it('takes the password from the environment and keeps data in a named volume', () => {
    expect(compose.services.neo4j.environment.NEO4J_AUTH).toMatch(/\$\{NEO4J_PASSWORD/);
    expect(compose.services.neo4j.volumes).toContain('neo4j-data:/data');
    expect(compose.services.neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(compose.services.app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
  });
});
