/**
 * CSV import against the real Neo4j: a good file is written with its provenance and marking, a
 * bad one writes nothing and says where each problem is, importing again changes nothing, and
 * what the importer may not see is neither linked to nor revealed.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importCsv, type Importer } from '../../server/case-import/case-import.ts';
import { removeImportedSource } from '../../server/case-import/import-writer.ts';
import { Db } from '../../server/db/driver.ts';
import { graphFingerprint } from '../support/graph-fingerprint.ts';
import { gql, testApp, userToken } from '../support/graphql-client.ts';

const run = Date.now().toString(36);
const ns = `t${run}`;
const sourceId = `case-${run}`;
const everything: Importer = { markings: ['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL'], actor: 'test' };
let db: Db;
const CURATED = ['loc-italy', 'loc-libya', 'loc-greece', 'route-central-mediterranean', 'role-leader', 'role-driver'];
let curatedBefore: Awaited<ReturnType<typeof graphFingerprint>>;

const source = `source: { id: ${sourceId}, title: Test case ${run}, date: 2016-05, suppliedBy: Test unit }`;
const networksMapping = `${source}
namespace: ${ns}
kind: Network
id: network_id
properties: { name: name, structure: structure }
links:
  - { type: OPERATES_ALONG, to: { column: route, graphIds: true } }
`;
const personsMapping = `${source}
namespace: ${ns}
kind: Person
id: suspect_id
properties: { name: name, aliases: aliases, status: status, dateOfBirth: dob }
links:
  - { type: NATIONAL_OF, to: { column: nationality, match: name, kind: Location } }
  - { type: MEMBER_OF, to: { column: network, kind: Network }, properties: { role: role } }
`;
const networksCsv = `network_id,name,structure,route
N1,Network one ${run},hierarchical,route-central-mediterranean
`;
const personsCsv = `suspect_id,name,aliases,status,dob,nationality,network,role
S1,Alpha ${run},"A1|Alf",suspect,1980-02,Italy,N1,role-leader
S2,"Beta, ${run}",,associate,,Libya,N1,role-driver
`;

const importFile = (csv: string, mapping: string, file = 'persons.csv', importer = everything, check = false) =>
  importCsv(db, importer, { csv, file, mapping, mappingFile: file.replace('.csv', '.yaml') }, { check });

const ids = (...values: string[]) => values.map((v) => `per-r-${ns}-${v.toLowerCase()}`);

beforeAll(async () => {
  db = new Db({ ...inject('neo4j'), local: false });
  curatedBefore = await graphFingerprint(db, { ids: CURATED });
});

afterAll(async () => {
  await removeImportedSource(db, `import-r-${sourceId}`);
  await removeImportedSource(db, `import-c-${sourceId}`);
  await db.close();
});

describe('a good file', () => {
  it('is written with the row as its evidence, the source, and RESTRICTED marking by default', async () => {
    expect((await importFile(networksCsv, networksMapping, 'networks.csv')).ok).toBe(true);
    const result = await importFile(personsCsv, personsMapping);
    expect(result).toMatchObject({ ok: true, written: true, rows: 2, entities: 2, links: 4, sourceId: `import-r-${sourceId}` });
    const [person] = await db.readText('MATCH (p:Person {id: $id}) RETURN properties(p) AS p, labels(p) AS labels', { id: ids('S1')[0] });
    expect(person!.p).toMatchObject({
      name: `Alpha ${run}`,
      aliases: ['A1', 'Alf'],
      status: 'suspect',
      dateOfBirth: '1980-02',
      marking: 'RESTRICTED',
      sources: [`import-r-${sourceId}`],
      evidenceQuotes: [`S1,Alpha ${run},"A1|Alf",suspect,1980-02,Italy,N1,role-leader`],
      evidenceMarkings: ['RESTRICTED'],
    });
    const [links] = await db.readText(
      `MATCH (p:Person {id: $id})-[r]->(o:Entity) RETURN collect([type(r), o.id, r.role, r.marking]) AS links`,
      { id: ids('S1')[0] },
    );
    expect(links!.links).toEqual(expect.arrayContaining([
      ['NATIONAL_OF', 'loc-italy', null, 'RESTRICTED'],
      ['MEMBER_OF', `net-r-${ns}-n1`, 'role-leader', 'RESTRICTED'],
      ['MENTIONED_IN', `import-r-${sourceId}`, null, 'RESTRICTED'],
    ]));
  });

  it('is visible through the API to a RESTRICTED viewer and does not exist for a PUBLIC one', async () => {
    const { app } = testApp({}, db);
    const query = `{ entities(ids: ${JSON.stringify(ids('S1', 'S2'))}) { id name } }`;
    const restricted = await gql(app, query, {}, (await userToken(db, 'viewer', 'RESTRICTED')).token);
    expect(restricted.data!.entities.map((e: { id: string }) => e.id).sort()).toEqual(ids('S1', 'S2'));
    const open = await gql(app, query, {}, (await userToken(db, 'viewer', 'PUBLIC')).token);
    expect(open.data!.entities).toEqual([]);
  });

  it('changes nothing when imported again', async () => {
    const scope = { ids: [...ids('S1', 'S2'), `net-r-${ns}-n1`] };
    const before = await graphFingerprint(db, scope);
    expect((await importFile(personsCsv, personsMapping)).ok).toBe(true);
    expect((await importFile(networksCsv, networksMapping, 'networks.csv')).ok).toBe(true);
    expect(await graphFingerprint(db, scope)).toEqual(before);
  });

  it('checks without writing when asked, and previews the first rows', async () => {
    const csv = `suspect_id,name,aliases,status,dob,nationality,network,role\nS9,Gamma ${run},,suspect,,Greece,N1,role-scout\n`;
    const result = await importFile(csv, personsMapping, 'persons.csv', everything, true);
    expect(result).toMatchObject({ ok: true, written: false, rows: 1 });
    expect(result.preview[0]).toMatchObject({ line: 2, id: ids('S9')[0], name: `Gamma ${run}` });
    expect(result.preview[0]!.links.map((l) => l.to)).toEqual(expect.arrayContaining(['loc-greece', `net-r-${ns}-n1`]));
    expect(await db.readText('MATCH (p:Entity {id: $id}) RETURN p', { id: ids('S9')[0] })).toEqual([]);
  });
});

describe('a bad file', () => {
  const bad = `suspect_id,name,aliases,status,dob,nationality,network,role
S3,Delta ${run},,suspect,1981,Italy,N1,role-leader
S3,,,boss,80,Atlantis,N9,role-nobody
bad id!,Eps,,suspect,,Italy,N1,role-driver
`;

  it('writes nothing and reports every problem with its line, column and field', async () => {
    const before = await graphFingerprint(db, { ids: ids('S3') });
    const result = await importFile(bad, personsMapping);
    expect(result.ok).toBe(false);
    expect(result.written).toBe(false);
    const where = result.problems.map((p) => `${p.line}:${p.column} ${p.field}`);
    expect(where).toEqual([
      '3:1 suspect_id', '3:2 name', '3:4 status', '3:5 dob', '3:6 nationality', '3:7 network', '3:8 role', '4:1 suspect_id',
    ]);
    expect(result.problems.find((p) => p.field === 'nationality')!.reason).toBe('no Location is named "Atlantis" (exact name or alias)');
    expect(result.problems.find((p) => p.field === 'network')!.reason).toBe('no Network with id "N9" in the graph or in this file');
    expect(result.problems[0]!.reason).toBe('id "S3" is already on line 2');
    expect(await graphFingerprint(db, { ids: ids('S3') })).toEqual(before);
    expect(before.nodes).toBe(0);
  });

  it('reports malformed CSV and a header without a mapped column', async () => {
    const unclosed = await importFile(`suspect_id,name\nS1,"Alpha\n`, personsMapping);
    expect(unclosed.problems).toHaveLength(1);
    expect(unclosed.problems[0]).toMatchObject({ file: 'persons.csv', line: 2, reason: expect.stringContaining('not valid CSV') });
    const header = await importFile('suspect_id,name\nS1,Alpha\n', personsMapping);
    expect(header.problems.map((p) => p.field)).toEqual(['aliases', 'status', 'dob', 'nationality', 'network', 'role']);
    expect(header.problems[0]!.reason).toContain('the header has no column "aliases"');
  });

  it('reports a bad mapping at its line and column', async () => {
    const result = await importFile(personsCsv, `${source}\nkind: Persn\nid: suspect_id\nproperties: { name: name }\n`);
    expect(result.problems).toEqual([{ file: 'persons.yaml', line: 2, column: 7, field: 'kind', reason: expect.stringContaining('"Persn" is not a kind') }]);
    const wrongProperty = await importFile(personsCsv, `${source}\nkind: Person\nid: suspect_id\nproperties: { name: name, colour: aliases }\n`);
    expect(wrongProperty.problems[0]).toMatchObject({ line: 4, field: 'colour', reason: expect.stringContaining('Person has no property "colour"') });
  });

  it('refuses a marking above the importer\'s clearance', async () => {
    const result = await importFile(personsCsv, `marking: CONFIDENTIAL\n${personsMapping}`, 'persons.csv', { markings: ['PUBLIC', 'RESTRICTED'], actor: 'test' });
    expect(result.ok).toBe(false);
    expect(result.problems[0]!.reason).toBe('you may import data marked PUBLIC, RESTRICTED, not CONFIDENTIAL');
  });
});

describe('what the importer may not see', () => {
  it('is not found as a link end, in the same words as what does not exist', async () => {
    const hidden = `net-c-${ns}-secret`;
    await db.writeText("CREATE (n:Entity:Network {id: $id, kind: 'Network', name: $name, marking: 'CONFIDENTIAL'})", { id: hidden, name: `Secret ${run}` });
    try {
      const mapping = personsMapping.replace('{ column: network, kind: Network }', '{ column: network, graphIds: true }');
      const csv = (network: string) => `suspect_id,name,aliases,status,dob,nationality,network,role\nS5,Zeta ${run},,suspect,,Italy,${network},role-driver\n`;
      const restricted: Importer = { markings: ['PUBLIC', 'RESTRICTED'], actor: 'test' };
      const toHidden = await importFile(csv(hidden), mapping, 'persons.csv', restricted);
      const toAbsent = await importFile(csv(`net-c-${ns}-nothing`), mapping, 'persons.csv', restricted);
      expect(toHidden.problems.map((p) => p.reason.replace(hidden, 'ID'))).toEqual(toAbsent.problems.map((p) => p.reason.replace(`net-c-${ns}-nothing`, 'ID')));
      expect(toHidden.problems[0]!.reason).toBe(`no Organisation or Network with id "${hidden}" in the graph or in this file`);
      // Found by someone cleared for it.
      expect((await importFile(csv(hidden), `marking: CONFIDENTIAL\n${mapping}`, 'persons.csv', everything, true)).ok).toBe(true);
    } finally {
      await db.writeText('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: hidden });
    }
  });

  it('is never named by a lookup by name either', async () => {
    const hidden = `loc-c-${ns}-secretland`;
    await db.writeText("CREATE (n:Entity:Location {id: $id, kind: 'Location', name: $name, marking: 'CONFIDENTIAL'})", { id: hidden, name: `Secretland ${run}` });
    try {
      const csv = `suspect_id,name,aliases,status,dob,nationality,network,role\nS6,Eta ${run},,suspect,,Secretland ${run},N1,role-driver\n`;
      const result = await importFile(csv, personsMapping, 'persons.csv', { markings: ['PUBLIC', 'RESTRICTED'], actor: 'test' });
      expect(result.problems.map((p) => p.reason)).toEqual([`no Location is named "Secretland ${run}" (exact name or alias)`]);
    } finally {
      await db.writeText('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: hidden });
    }
  });
});

describe('removing an import', () => {
  it('removes what it wrote and nothing else', async () => {
    expect(await graphFingerprint(db, { ids: CURATED })).not.toEqual(curatedBefore);
    const removed = await removeImportedSource(db, `import-r-${sourceId}`);
    expect(removed.entities).toBe(3);
    expect(await db.readText('MATCH (n:Entity) WHERE n.id IN $ids OR n.id = $source RETURN n.id', { ids: [...ids('S1', 'S2'), `net-r-${ns}-n1`], source: `import-r-${sourceId}` })).toEqual([]);
    // The curated entities are as they were before anything was imported.
    expect(await graphFingerprint(db, { ids: CURATED })).toEqual(curatedBefore);
  });
});
