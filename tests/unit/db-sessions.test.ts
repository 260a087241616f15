/**
 * Access modes decided in one place: only server/db/ opens driver sessions (so every statement
 * gets its mode from the Db method that sends it), the write-clause detector that guards READ
 * mode reads Cypher correctly, and every read query of the catalogue passes it. What is actually
 * sent, and in which mode, is recorded against the real Neo4j in
 * tests/integration/access-modes.int.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { neo4jConnection } from '../../server/config/neo4j-connection.ts';
import { assertFitsMode, writeClauseOf } from '../../server/db/statement-mode.ts';
import { allQueries } from '../support/query-catalogue.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|js|mjs)$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

/** Ways to reach Neo4j without Db: a session, a driver, or the driver's own query helpers. */
const DIRECT_USE = /\.session\s*\(|\.rxSession\s*\(|neo4j\.driver\s*\(|\.executeQuery\s*\(|\.executeRead\s*\(|\.executeWrite\s*\(|\.beginTransaction\s*\(/;

describe('the one place sessions are opened', () => {
  it('is server/db/: no file of server/ or seed/ outside it opens a session or a driver', () => {
    const offenders = [...sourceFiles('server'), ...sourceFiles('seed')]
      .filter((file) => !file.startsWith(`server${path.sep}db${path.sep}`))
      .flatMap((file) => fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n')
        .map((line, i) => ({ line, where: `${file}:${i + 1}` }))
        .filter(({ line }) => DIRECT_USE.test(line))
        .map(({ where, line }) => `${where}: ${line.trim()}`));
    expect(offenders).toEqual([]);
  });

  it('is one function of server/db/driver.ts: every session there comes from openSession', () => {
    const driverSource = fs.readFileSync(path.join(ROOT, 'server/db/driver.ts'), 'utf8');
    expect(driverSource.match(/\.session\s*\(/g)).toHaveLength(1);
    expect(driverSource).toMatch(/private openSession\(mode: AccessMode[^)]*\): Session \{\n\s+const driver = [^\n]+\n\s+return driver\.session\(/);
    const otherDbFiles = fs.readdirSync(path.join(ROOT, 'server/db')).filter((f) => f !== 'driver.ts');
    for (const file of otherDbFiles) expect(fs.readFileSync(path.join(ROOT, 'server/db', file), 'utf8'), file).not.toMatch(DIRECT_USE);
  });

  it('the detector itself finds a session opened outside Db', () => {
    expect(DIRECT_USE.test('const s = db.driver.session({ defaultAccessMode: neo4j.session.WRITE });')).toBe(true);
    expect(DIRECT_USE.test('await driver.executeQuery("MATCH (n) RETURN n")')).toBe(true);
    expect(DIRECT_USE.test('await ctx.db.read("meta/count-by-kind")')).toBe(false);
  });
});

describe('write clauses', () => {
  it.each([
    ['CREATE (n:Entity {id: $id})', 'CREATE'],
    ['MATCH (n) WHERE n.id = $id\nDETACH DELETE n', 'DELETE'],
    ['MATCH (n) SET n.name = $name', 'SET'],
    ['MERGE (a)-[:R]->(b)', 'MERGE'],
    ['MATCH (n) REMOVE n:Hidden', 'REMOVE'],
    ['DROP INDEX entity_search IF EXISTS', 'DROP'],
    ['UNWIND $rows AS r FOREACH (x IN r | CREATE (:A))', 'CREATE'],
    ["LOAD CSV FROM 'file:///x.csv' AS row RETURN row", 'LOAD CSV'],
    ['CALL { MATCH (n) RETURN n } IN TRANSACTIONS OF 100 ROWS RETURN 1', 'IN TRANSACTIONS'],
    ['CALL { MATCH (n) RETURN n } IN 4 CONCURRENT TRANSACTIONS RETURN 1', 'IN TRANSACTIONS'],
    ["CALL gds.pageRank.write('g', {writeProperty: 'rank'}) YIELD nodePropertiesWritten RETURN 1", 'a writing procedure'],
    ['CALL apoc.create.node(["A"], {}) YIELD node RETURN node', 'a writing procedure'],
    ['match (n) set n.x = 1', 'SET'],
  ])('finds the write in %j', (cypher, clause) => {
    expect(writeClauseOf(cypher)).toBe(clause);
    expect(() => assertFitsMode('READ', cypher)).toThrow(/in READ mode/);
    expect(() => assertFitsMode('WRITE', cypher)).not.toThrow();
  });

  it.each([
    'MATCH (n:Entity {id: $id}) RETURN n {.id, .set, .create} AS n',
    "MATCH (n) WHERE n.name = 'Merge and delete' RETURN n",
    '// CREATE nothing: a comment\nMATCH (n) RETURN count(n) AS c',
    'RETURN {create: 1, delete: 2, set: $set} AS m',
    'MATCH (n:`CREATE`) RETURN n',
    "CALL gds.graph.drop($graphName, false) YIELD graphName RETURN graphName",
    "WITH gds.graph.project($g, a, b) AS p CALL gds.degree.stream($g) YIELD nodeId RETURN nodeId",
    'CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node',
    'SHOW PROCEDURES YIELD name RETURN name',
    'MATCH (n) WHERE n.offset > 0 AND n.reset IS NULL RETURN n.dataset',
  ])('reads only: %j', (cypher) => {
    expect(writeClauseOf(cypher)).toBeUndefined();
    expect(() => assertFitsMode('READ', cypher)).not.toThrow();
  });
});

describe('the query catalogue', async () => {
  const queries = await allQueries();
  const readCallSites = new Set<string>();
  const writeCallSites = new Set<string>();
  for (const file of [...sourceFiles('server'), ...sourceFiles('seed')]) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/\.(read|readAnalytics|write)\('([a-z-]+\/[a-z-]+)'/g)) (m[1] === 'write' ? writeCallSites : readCallSites).add(m[2]!);
  }

  it('has every query of a read area free of write clauses (they are sent in READ mode)', () => {
    const reads = queries.filter((query) => query.area === 'read');
    expect(reads.length).toBeGreaterThan(20);
    expect(reads.filter((query) => writeClauseOf(query.cypher)).map((query) => `${query.name}: ${writeClauseOf(query.cypher)}`)).toEqual([]);
  });

  it('sends named queries with read()/readAnalytics() only when they do not write, and with write() only when they do', () => {
    const text = (name: string) => queries.find((query) => query.name === name)!.cypher;
    expect(readCallSites.size).toBeGreaterThan(8);
    expect(writeCallSites.size).toBeGreaterThan(5);
    expect([...readCallSites].filter((name) => writeClauseOf(text(name)))).toEqual([]);
    expect([...writeCallSites].filter((name) => !writeClauseOf(text(name)))).toEqual([]);
  });
});

describe('connection settings', () => {
  it('takes routing and direct URIs, the database and an analytics instance', () => {
    const c = neo4jConnection({ NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'cases', NEO4J_ANALYTICS_URI: 'bolt://gds-secondary:7687' });
    expect(c).toMatchObject({ uri: 'neo4j+s://abcd1234.databases.neo4j.io', database: 'cases', analytics: { uri: 'bolt://gds-secondary:7687', user: 'u', password: 'p' } });
    expect(neo4jConnection({ NEO4J_URI: 'bolt://localhost:7687' }).analytics).toBeUndefined();
    expect(neo4jConnection({ NEO4J_URI: 'neo4j://localhost:7687' }).database).toBeUndefined();
  });

  it('refuses a URI of another scheme with a clear message', () => {
    expect(() => neo4jConnection({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI must start with neo4j:\/\//);
    expect(() => neo4jConnection({ NEO4J_URI: 'neo4j://x:7687', NEO4J_ANALYTICS_URI: 'https://x' })).toThrow(/NEO4J_ANALYTICS_URI/);
  });
});
