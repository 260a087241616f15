import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db } from '../../server/db/driver.ts';
import { loadSeedGraph, readSeedFiles, seedStatus } from '../../seed/load.ts';
import { validateSeed } from '../../seed/validate.ts';
import { graphFingerprint } from '../support/graph-fingerprint.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const neo4j = inject('neo4j');
let db: Db;

const fingerprint = () => graphFingerprint(db);

function seedCli(args: string[]) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'seed/cli.ts'), ...args], {
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

beforeAll(() => {
  db = new Db({ ...neo4j, local: false });
});

afterAll(async () => {
  await db.close();
});

describe('loading the curated seed', () => {
  const graph = validateSeed(readSeedFiles());

  it('holds as many entities per kind as the data files declare', async () => {
    const expected = new Map<string, number>();
    for (const node of graph.nodes) expected.set(node.kind, (expected.get(node.kind) ?? 0) + 1);
    const rows = await db.readText('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.kind AS kind, count(*) AS count', { ids: graph.nodes.map((n) => n.id) });
    expect(new Map(rows.map((r) => [r.kind as string, Number(r.count)]))).toEqual(expected);
  });

  it('gives every node its kind label besides :Entity', async () => {
    const [row] = await db.readText('MATCH (n:Entity) WHERE NOT n.kind IN labels(n) RETURN count(n) AS wrong');
    expect(Number(row!.wrong)).toBe(0);
  });

  it('is idempotent: a second load leaves the same nodes, relationships and properties', async () => {
    const before = await fingerprint();
    const summary = await loadSeedGraph(db, graph);
    const after = await fingerprint();
    expect(summary.nodes).toBe(graph.nodes.length);
    expect(summary.relationships).toBe(graph.links.length);
    expect(after).toEqual(before);
  });

  it('removes what the seed no longer holds, keeps what analysts linked to, and a full load restores the graph', async () => {
    const before = await fingerprint();
    expect(await seedStatus(db, graph)).toBe('current');
    // An analyst links to an entity that a later version of the seed drops.
    await db.writeText(`MATCH (a:Entity {id: 'org-europol'}), (b:Entity {id: 'tool-geographical-analysis'})
      CREATE (a)-[:OPERATES {id: 'analyst-check|OPERATES', marking: 'PUBLIC'}]->(b)`);
    const dropped = new Set(['tool-osint', 'tool-geographical-analysis']);
    const smaller = {
      nodes: graph.nodes.filter((n) => !dropped.has(n.id)),
      links: graph.links.filter((l) => !dropped.has(l.from) && !dropped.has(l.to)),
    };
    const summary = await loadSeedGraph(db, smaller);
    expect(summary.removed).toEqual({ entities: 1, relationships: graph.links.length - smaller.links.length });
    expect(summary.kept).toEqual(['tool-geographical-analysis']);
    const rows = await db.readText(`MATCH (n:Entity) WHERE n.id IN ['tool-osint', 'tool-geographical-analysis']
      RETURN n.id AS id, COUNT { (n)--() } AS links`);
    expect(rows).toEqual([{ id: 'tool-geographical-analysis', links: 1 }]);
    expect(await seedStatus(db, graph)).toBe('outdated');

    await db.writeText("MATCH ()-[r {id: 'analyst-check|OPERATES'}]->() DELETE r");
    await loadSeedGraph(db, graph);
    expect(await fingerprint()).toEqual(before);
    expect(await seedStatus(db, graph)).toBe('current');
  });

  it('writes nothing when a relationship cannot be written (one transaction)', async () => {
    const before = await fingerprint();
    const broken = {
      nodes: [{ ...graph.nodes.find((n) => n.kind === 'Organisation')!, id: 'org-half-written-check', props: { ...graph.nodes.find((n) => n.kind === 'Organisation')!.props, id: 'org-half-written-check' } }],
      links: [{ ...graph.links[0]!, id: 'half-written|PARTNER_OF|nowhere', from: 'org-half-written-check', to: 'org-does-not-exist', type: 'PARTNER_OF' as const }],
    };
    await expect(loadSeedGraph(db, broken)).rejects.toThrow(/nothing was saved/);
    expect(await fingerprint()).toEqual(before);
  });
});

describe('npm run seed', () => {
  it('prints every problem with file, entry and reason, exits non-zero and writes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-seed-'));
    fs.writeFileSync(path.join(dir, 'sources.yaml'), 'kind: Source\nentities:\n  - id: doc-a\n    name: A\n    evidence: [{source: doc-a, quote: "A title"}]\n');
    fs.writeFileSync(path.join(dir, 'organisations.yaml'), [
      'kind: Organisation',
      'entities:',
      '  - id: org-new-unit',
      '    name: New unit',
      '    evidence: [{source: doc-a, quote: "words"}]',
      '    links: [{type: PART_OF, to: org-nowhere, evidence: [{source: doc-a, quote: "part"}]}]',
      '  - id: org-no-evidence',
      '    name: No evidence',
    ].join('\n'));
    const before = await fingerprint();
    const run = seedCli(['--data', dir]);
    expect(run.code).toBe(1);
    expect(run.out).toContain('organisations.yaml › org-new-unit: link #1 (PART_OF → org-nowhere): target "org-nowhere" does not exist');
    expect(run.out).toContain('organisations.yaml › org-no-evidence: has no evidence');
    expect(run.out).toContain('2 problem(s) found; nothing was written.');
    expect(await fingerprint()).toEqual(before);
    const [row] = await db.readText('MATCH (n:Entity {id: "org-new-unit"}) RETURN count(n) AS n');
    expect(Number(row!.n)).toBe(0);
  });

  it('--check verifies every quote against the documents', () => {
    const run = seedCli(['--check']);
    expect(run.out).toContain('every quote found in its document');
    expect(run.code).toBe(0);
  });
});

describe('facts from each document', () => {
  it('004: the Central Mediterranean route runs from Libya to Italy, in order', async () => {
    const rows = await db.readText(`
      MATCH (:Route {id: 'route-central-mediterranean'})-[s:DEPARTS_FROM|PASSES_THROUGH|ARRIVES_IN]->(l:Location)
      RETURN l.id AS place, type(s) AS stage, s.order AS ord ORDER BY s.order`);
    const order = rows.map((r) => r.place);
    expect(order).toContain('loc-libya');
    expect(order.at(-1)).toBe('loc-italy');
    expect(rows.find((r) => r.place === 'loc-libya')!.stage).toBe('DEPARTS_FROM');
    expect(order.indexOf('loc-libya')).toBeLessThan(order.indexOf('loc-italy'));
  });

  it('004: 22% of migrant smugglers were linked to drug trafficking in 2015, as a figure and a share', async () => {
    const [link] = await db.readText(`
      MATCH (:CrimeType {id: 'crime-migrant-smuggling'})-[r:LINKED_TO {year: 2015}]->(:CrimeType {id: 'crime-drug-trafficking'})
      WHERE r.share IS NOT NULL
      MATCH (f:Figure {id: r.figureId})-[:MEASURES]->(:CrimeType {id: 'crime-drug-trafficking'})
      RETURN r.share AS share, f.value AS value, f.unit AS unit, f.year AS year, r.evidenceSources AS sources`);
    expect(link).toMatchObject({ share: 22, value: 22, unit: 'percent', year: 2015 });
    expect(link!.sources).toContain('004_7cf82133f37c6018');
  });

  it('004: organisers manage the low-level facilitators, and drivers are low-level facilitators', async () => {
    const rows = await db.readText(`
      MATCH (:NetworkRole {id: 'role-organiser'})-[:MANAGES]->(r:NetworkRole) RETURN collect(r.id) AS managed`);
    expect(rows[0]!.managed).toContain('role-low-level-facilitator');
    const [parts] = await db.readText(`MATCH (r:NetworkRole)-[:PART_OF]->(:NetworkRole {id: 'role-low-level-facilitator'}) RETURN collect(r.name) AS names`);
    expect((parts!.names as string[]).join(' ')).toMatch(/[Dd]river/);
  });

  it('002: the news list is findable by its French titles, with dates and places', async () => {
    const rows = await db.readText(`
      CALL db.index.fulltext.queryNodes('entity_search_public', 'aliasesText:trafic') YIELD node
      WHERE node.kind = 'Operation' RETURN count(node) AS n`);
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);
    const [hydra] = await db.readText(`MATCH (o:Operation {id: 'op-hydra'}) RETURN o.startDate AS date, o.sources AS sources`);
    expect(hydra!.sources).toEqual(expect.arrayContaining(['004_7cf82133f37c6018']));
  });

  it('003: operations Turquesa, WEKA, Storm Makers and Liberterra are there with their regions', async () => {
    const rows = await db.readText(`
      MATCH (o:Operation) WHERE any(w IN ['Turquesa', 'WEKA', 'Storm Makers', 'Liberterra'] WHERE o.name CONTAINS w)
      RETURN o.name AS name, o.region AS region, o.sources AS sources`);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) expect(row.sources).toContain('003_c0597db9bc0769d8');
    expect(rows.some((r) => typeof r.region === 'string' && r.region.length > 0)).toBe(true);
  });

  it('000 and 001: INTERPOL runs the SLTD database and its experts network is searchable as ISON', async () => {
    const [sltd] = await db.readText(`
      MATCH (:Organisation {id: 'org-interpol'})-[:OPERATES]->(t:Tool) WHERE 'SLTD' IN t.aliases OR t.name CONTAINS 'Stolen and Lost'
      RETURN t.id AS id`);
    expect(sltd).toBeDefined();
    const [ison] = await db.readText(`
      CALL db.index.fulltext.queryNodes('entity_search_public', 'aliasesText:ISON') YIELD node
      WHERE node.kind = 'Organisation' RETURN node.id AS id LIMIT 1`);
    expect(ison!.id).toBe('org-ison');
  });
});
