/**
 * Exports of case data (server/case-export) against the real Neo4j, on the synthetic data at
 * small scale: the whole import exported to CSV, removed and imported again from the exported
 * files gives back the same entities and links (ids, kinds, properties, provenance but for the
 * quotes, which are the rows' own text); GraphML and GEXF parse back with the right nodes, edges
 * and attributes; and an export holds only what its user may see: nothing RESTRICTED for a
 * PUBLIC viewer, nothing CONFIDENTIAL (entity, link, source or evidence item) for a RESTRICTED one.
 */
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importCsv } from '../../server/case-import/case-import.ts';
import { exportCase, type ExportResult } from '../../server/case-export/case-export.ts';
import { ExportScopeError } from '../../server/case-export/export-reading.ts';
import { Db } from '../../server/db/driver.ts';
import { MARKINGS } from '../../server/domain/model.ts';
import { loadSynthetic, removeSynthetic, SYNTHETIC_SOURCE_ID } from '../../seed/synthetic/cli.ts';
import { syntheticTitle } from '../../seed/synthetic/generate.ts';
import { codes, gql, testApp, userToken } from '../support/graphql-client.ts';

const db = new Db({ ...inject('neo4j'), local: false });
const run = randomBytes(3).toString('hex');
const quiet = () => {};
const RESTRICTED = ['PUBLIC', 'RESTRICTED'];
const ALL = [...MARKINGS];
const exporter = (markings: string[]) => ({ markings, actor: `export-test-${run}` });

/** The synthetic part of the graph: its source, the entities and links citing it, every property but the quotes. */
async function syntheticFingerprint() {
  const [row] = await db.readText(`
    MATCH (n:Entity) WHERE $source IN coalesce(n.sources, []) OR n.id = $source
    WITH n ORDER BY n.id
    WITH collect([n.id, labels(n), properties(n)]) AS nodes
    CALL () {
      MATCH (a:Entity)-[r]->(b:Entity) WHERE $source IN coalesce(r.sources, [])
      WITH a, r, b ORDER BY r.id, type(r)
      RETURN collect([r.id, type(r), a.id, b.id, properties(r)]) AS rels
    }
    RETURN nodes, rels`, { source: SYNTHETIC_SOURCE_ID }, 60_000);
  const strip = (props: Record<string, unknown>) => {
    const { evidenceQuotes: _quotes, ...rest } = props;
    return Object.fromEntries(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)));
  };
  const nodes = (row!.nodes as [string, string[], Record<string, unknown>][]).map(([id, labels, props]) => [id, [...labels].sort(), strip(props)]);
  const rels = (row!.rels as [string, string, string, string, Record<string, unknown>][]).map(([id, type, from, to, props]) => [id, type, from, to, strip(props)]);
  return { nodes, rels };
}

const text = (result: ExportResult) => result.files.map((f) => f.text).join('\n');
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name) });

beforeAll(async () => {
  const [loaded] = await db.readText('MATCH (s:Entity:Source {id: $id}) RETURN s.title AS title', { id: SYNTHETIC_SOURCE_ID });
  if (loaded?.title !== syntheticTitle('small', 1)) await loadSynthetic(db, 'small', 1, path.join(os.tmpdir(), `case-export-${run}`), quiet);
}, 600_000);

afterAll(async () => {
  await db.writeText('MATCH (n:Entity) WHERE n.id ENDS WITH $suffix AND n.id CONTAINS "exptest" DETACH DELETE n', { suffix: run });
  // The synthetic data this file loaded (or imported back from its export) leaves with it.
  await removeSynthetic(db, () => {});
  await db.close();
});

describe('CSV export of a whole import', () => {
  it('imports again into the same entities and links, ids included', async () => {
    const before = await syntheticFingerprint();
    expect(before.nodes.length).toBeGreaterThan(1_000);
    expect(before.rels.length).toBeGreaterThan(3_000);

    const exported = await exportCase(db, exporter(RESTRICTED), { source: SYNTHETIC_SOURCE_ID }, 'csv');
    // Every entity of the import is a row (the source is made by the import itself).
    expect(exported.entities).toBe(before.nodes.length - 1);
    expect(exported.notes.filter((n) => /entities were not written/.test(n))).toEqual([]);
    expect(exported.importOrder.length).toBeGreaterThan(8);
    const byName = new Map(exported.files.map((f) => [f.name, f.text]));

    await removeSynthetic(db, quiet);
    expect((await syntheticFingerprint()).nodes).toEqual([]);

    for (const { csv, mapping } of exported.importOrder) {
      const result = await importCsv(db, { markings: ALL, actor: `export-test-${run}` }, { csv: byName.get(csv)!, file: csv, mapping: byName.get(mapping)!, mappingFile: mapping });
      expect(result.problems, csv).toEqual([]);
      expect(result.written, csv).toBe(true);
    }
    const after = await syntheticFingerprint();
    expect(after.nodes.length).toBe(before.nodes.length);
    expect(after.rels.length).toBe(before.rels.length);
    expect(after).toEqual(before);
  });
});

describe('GraphML and GEXF exports', () => {
  let graphml: ExportResult;
  let gexf: ExportResult;
  beforeAll(async () => {
    graphml = await exportCase(db, exporter(RESTRICTED), { source: SYNTHETIC_SOURCE_ID }, 'graphml');
    gexf = await exportCase(db, exporter(RESTRICTED), { source: SYNTHETIC_SOURCE_ID }, 'gexf');
  });

  it('GraphML parses, with a node per entity (and link end) and an edge per link, and declared attributes', async () => {
    const doc = xml.parse(graphml.files[0]!.text);
    const graph = doc.graphml.graph;
    expect(graph['@_edgedefault']).toBe('directed');
    expect(graph.node.length).toBe(graphml.entities);
    expect(graph.edge.length).toBe(graphml.links);
    const [{ count: links }] = await db.readText(`MATCH ()-[r]->() WHERE $source IN coalesce(r.sources, []) AND type(r) <> 'MENTIONED_IN' RETURN count(r) AS count`, { source: SYNTHETIC_SOURCE_ID }) as [{ count: number }];
    expect(graph.edge.length).toBe(links);
    const keys = new Map<string, { for: string; name: string; type: string }>(doc.graphml.key.map((k: Record<string, string>) => [k['@_id'], { for: k['@_for'], name: k['@_attr.name'], type: k['@_attr.type'] }]));
    const data = (element: { data: Record<string, unknown>[] }) => Object.fromEntries(element.data.filter((d) => keys.get(String(d['@_key']))?.name).map((d) => [keys.get(String(d['@_key']))!.name, String(d['#text'])]));
    for (const element of [...graph.node, ...graph.edge]) for (const d of element.data) expect(keys.has(d['@_key'])).toBe(true);

    const person = graph.node.find((n: Record<string, string>) => n['@_id'] === 'per-r-syn-p000001');
    expect(data(person)).toMatchObject({ kind: 'Person', marking: 'RESTRICTED', sources: SYNTHETIC_SOURCE_ID, status: 'suspect', colour: expect.stringMatching(/^#[0-9a-f]{6}$/i) });
    expect(data(person).label).toMatch(/\S/);
    expect(data(person).name).toBe(data(person).label);
    const member = graph.edge.find((e: Record<string, string>) => e['@_source'] === 'per-r-syn-p000001' && data(e as never).type === 'MEMBER_OF');
    expect(data(member)).toMatchObject({ type: 'MEMBER_OF', marking: 'RESTRICTED', role: expect.stringMatching(/^role-/) });
    const call = graph.edge.find((e: Record<string, unknown>) => data(e as never).type === 'COMMUNICATED_WITH');
    expect(Number(data(call).count)).toBeGreaterThan(0);
    expect(keys.get('e_count')).toEqual({ for: 'edge', name: 'count', type: 'long' });
  });

  it('GEXF parses back into a graph of the same order and size, with labels, attributes and colours', () => {
    const graph = parseGexf(MultiDirectedGraph, gexf.files[0]!.text);
    expect(graph.order).toBe(graphml.entities);
    expect(graph.size).toBe(graphml.links);
    const person = graph.getNodeAttributes('per-r-syn-p000001');
    expect(person).toMatchObject({ kind: 'Person', marking: 'RESTRICTED', status: 'suspect' });
    expect(person.label).toMatch(/\S/);
    expect(person.color).toBeTruthy();
    const member = graph.findEdge((_e, a, source) => source === 'per-r-syn-p000001' && a.type === 'MEMBER_OF');
    expect(graph.getEdgeAttribute(member!, 'role')).toMatch(/^role-/);
  });
});

describe('markings: an export holds only what its user may see', () => {
  const confidentialSource = `src-exptest-${run}`;
  const confidentialPerson = `per-c-exptest-${run}`;
  const restrictedPerson = `per-r-exptest-${run}`;
  const hiddenDate = '1901-09-09';

  beforeAll(async () => {
    await db.writeText(`
      CREATE (s:Entity:Source {id: $cs, kind: 'Source', name: 'Export test confidential source', title: 'Export test confidential source', marking: 'CONFIDENTIAL'})
      CREATE (c:Entity:Person {id: $cp, kind: 'Person', name: 'Export test confidential person', marking: 'CONFIDENTIAL', origin: 'import',
        sources: [$syn, $cs], evidenceSources: [$syn, $cs], evidenceQuotes: ['q1', 'q2'], evidenceDates: ['2016-05', $hidden], evidenceModalities: ['reported', 'reported'], evidenceMarkings: ['CONFIDENTIAL', 'CONFIDENTIAL']})
      CREATE (r:Entity:Person {id: $rp, kind: 'Person', name: 'Export test restricted person', marking: 'RESTRICTED', origin: 'import', status: 'suspect',
        sources: [$syn, $cs], evidenceSources: [$cs, $syn], evidenceQuotes: ['q3', 'q4'], evidenceDates: [$hidden, '2016-05'], evidenceModalities: ['reported', 'reported'], evidenceMarkings: ['CONFIDENTIAL', 'RESTRICTED']})
      WITH c, r
      MATCH (n:Entity {id: 'net-r-syn-n0001'})
      CREATE (c)-[:MEMBER_OF {id: $cp + '|MEMBER_OF|net-r-syn-n0001', marking: 'CONFIDENTIAL', role: 'role-driver', sources: [$syn], evidenceSources: [$syn], evidenceQuotes: ['q5'], evidenceDates: ['2016-05'], evidenceModalities: ['reported'], evidenceMarkings: ['CONFIDENTIAL']}]->(n)
      CREATE (r)-[:MEMBER_OF {id: $rp + '|MEMBER_OF|net-r-syn-n0001', marking: 'RESTRICTED', role: 'role-driver', sources: [$syn], evidenceSources: [$syn], evidenceQuotes: ['q6'], evidenceDates: ['2016-05'], evidenceModalities: ['reported'], evidenceMarkings: ['RESTRICTED']}]->(n)`,
    { cs: confidentialSource, cp: confidentialPerson, rp: restrictedPerson, syn: SYNTHETIC_SOURCE_ID, hidden: hiddenDate });
  });

  it('a RESTRICTED viewer gets no CONFIDENTIAL entity, link, source or evidence date, in any format', async () => {
    for (const format of ['csv', 'graphml', 'gexf'] as const) {
      for (const scope of [{ source: SYNTHETIC_SOURCE_ID }, { ids: [restrictedPerson, confidentialPerson, 'net-r-syn-n0001'] }]) {
        const all = text(await exportCase(db, exporter(RESTRICTED), scope, format));
        expect(all, `${format} ${JSON.stringify(scope)}`).toContain(restrictedPerson.replace(/^per-r-/, format === 'csv' && 'source' in scope ? '' : 'per-r-'));
        for (const hidden of [confidentialPerson, confidentialSource, hiddenDate, 'CONFIDENTIAL']) expect(all, `${format} ${JSON.stringify(scope)}`).not.toContain(hidden);
      }
    }
  });

  it('a CONFIDENTIAL viewer gets them', async () => {
    const all = text(await exportCase(db, exporter(ALL), { ids: [restrictedPerson, confidentialPerson, 'net-r-syn-n0001'] }, 'graphml'));
    for (const shown of [confidentialPerson, confidentialSource, 'CONFIDENTIAL']) expect(all).toContain(shown);
  });

  it('a PUBLIC viewer gets none of the RESTRICTED data: the import is not there, and a selection holds only the public part', async () => {
    await expect(exportCase(db, exporter(['PUBLIC']), { source: SYNTHETIC_SOURCE_ID }, 'csv')).rejects.toBeInstanceOf(ExportScopeError);
    await expect(exportCase(db, exporter(['PUBLIC']), { source: 'no-such-source' }, 'csv')).rejects.toThrow(/No source with id "no-such-source"/);
    const ids = ['per-r-syn-p000001', 'net-r-syn-n0001', restrictedPerson, 'org-europol', 'org-interpol', 'loc-italy'];
    for (const format of ['csv', 'graphml', 'gexf'] as const) {
      const result = await exportCase(db, exporter(['PUBLIC']), { ids, depth: 1 }, format);
      const all = text(result);
      for (const hidden of ['-r-syn-', restrictedPerson, 'RESTRICTED', 'CONFIDENTIAL', SYNTHETIC_SOURCE_ID]) expect(all, format).not.toContain(hidden);
      if (format !== 'csv') expect(all).toContain('org-europol');
    }
    await expect(exportCase(db, exporter(['PUBLIC']), { ids: ['per-r-syn-p000001'] }, 'gexf')).rejects.toThrow(/None of these entities exists/);
  });
});

describe('the explorer\'s download (exportGraph)', () => {
  const { app, db: appDb } = testApp();
  const EXPORT = /* GraphQL */ `mutation($scope: ExportScope!, $format: ExportFormat!) {
    exportGraph(scope: $scope, format: $format) { format entities links notes files { name } downloadName downloadType downloadBase64 }
  }`;
  afterAll(() => appDb.close());

  it('downloads the canvas as a ZIP of the CSV files, or as GraphML, holding only what the viewer may see', async () => {
    const viewer = await userToken(appDb, 'viewer', 'PUBLIC');
    const ids = ['org-europol', 'org-interpol', 'per-r-syn-p000001'];
    const graphml = await gql(app, EXPORT, { scope: { ids }, format: 'GRAPHML' }, viewer.token);
    expect(graphml.errors).toBeUndefined();
    const file = Buffer.from(graphml.data!.exportGraph.downloadBase64, 'base64').toString('utf8');
    expect(graphml.data!.exportGraph).toMatchObject({ format: 'GRAPHML', entities: 2, downloadType: 'application/graphml+xml' });
    expect(xml.parse(file).graphml.graph.node.map((n: Record<string, string>) => n['@_id']).sort()).toEqual(['org-europol', 'org-interpol']);
    expect(file).not.toContain('syn-');

    const analyst = await userToken(appDb, 'viewer', 'RESTRICTED');
    const csv = await gql(app, EXPORT, { scope: { ids: ['per-r-syn-p000001', 'net-r-syn-n0001'] }, format: 'CSV' }, analyst.token);
    expect(csv.errors).toBeUndefined();
    const zip = Buffer.from(csv.data!.exportGraph.downloadBase64, 'base64');
    expect(zip.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
    expect(csv.data!.exportGraph.downloadName).toMatch(/\.zip$/);
    const names = csv.data!.exportGraph.files.map((f: { name: string }) => f.name);
    expect(names).toEqual(expect.arrayContaining(['person-restricted.csv', 'person-restricted.yaml', 'member-of-restricted.csv', 'README.txt']));
    for (const name of names) expect(zip.includes(Buffer.from(name))).toBe(true);
  });

  it('refuses a scope with both or neither, a source it may not see like one that does not exist, and anonymous callers', async () => {
    const viewer = await userToken(appDb, 'viewer', 'PUBLIC');
    expect(codes(await gql(app, EXPORT, { scope: { ids: ['org-europol'], source: SYNTHETIC_SOURCE_ID }, format: 'CSV' }, viewer.token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(app, EXPORT, { scope: {}, format: 'CSV' }, viewer.token))).toEqual(['BAD_USER_INPUT']);
    const hidden = await gql(app, EXPORT, { scope: { source: SYNTHETIC_SOURCE_ID }, format: 'GEXF' }, viewer.token);
    const missing = await gql(app, EXPORT, { scope: { source: 'import-r-nothing-here' }, format: 'GEXF' }, viewer.token);
    expect(codes(hidden)).toEqual(['NOT_FOUND']);
    expect(hidden.errors![0]!.message.replace(SYNTHETIC_SOURCE_ID, 'X')).toBe(missing.errors![0]!.message.replace('import-r-nothing-here', 'X'));
    expect(codes(await gql(app, EXPORT, { scope: { ids: ['org-europol'], depth: 5 }, format: 'CSV' }, viewer.token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(app, EXPORT, { scope: { ids: ['org-europol'] }, format: 'CSV' }, null))).toEqual(['UNAUTHENTICATED']);
  });
});
