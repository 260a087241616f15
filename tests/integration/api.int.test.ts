import { afterAll, describe, expect, it } from 'vitest';
import { codes, gql, testApp } from '../support/graphql-client.ts';

const { app, db } = testApp();
afterAll(() => db.close());

describe('search', () => {
  it('finds Europol by name first, with a highlighted match', async () => {
    const r = await gql(app, '{ search(query: "europol", limit: 3) { score matchedField highlight entity { id kind } } }');
    expect(r.data!.search[0]).toMatchObject({ entity: { id: 'org-europol', kind: 'Organisation' }, matchedField: 'name', highlight: '<mark>Europol</mark>' });
  });

  it('finds acronyms, prefixes, typos and accent-free French', async () => {
    const top = async (query: string, kinds = '') =>
      (await gql(app, `{ search(query: ${JSON.stringify(query)}, limit: 5${kinds}) { entity { id } } }`)).data!.search.map((h: any) => h.entity.id);
    expect(await top('EMSC')).toContain('org-emsc');
    expect(await top('ISON', ', kinds: [Organisation]')).toEqual(['org-ison']);
    expect(await top('Euro', ', kinds: [Organisation]')).toContain('org-europol');
    expect(await top('Europpol', ', kinds: [Organisation]')).toContain('org-europol');
    expect((await top('operation hydra'))[0]).toBe('op-hydra');
    expect((await top('traite etres humains')).length).toBeGreaterThan(0);
  });

  it('filters by kind', async () => {
    const r = await gql(app, '{ search(query: "smuggling", kinds: [Route, CrimeType], limit: 20) { entity { kind } } }');
    expect(r.data!.search.length).toBeGreaterThan(0);
    for (const hit of r.data!.search) expect(['Route', 'CrimeType']).toContain(hit.entity.kind);
  });

  it.each(['a:b', '"unbalanced', 'AND OR NOT', '(((', '*', 'name:europol~', '\\', '/regex/', '[1 TO 5]', '+-&&||!^~?', '`MATCH (n) DETACH DELETE n`', '\u0000'])(
    'treats Lucene syntax in %j as plain text', async (query) => {
      const r = await gql(app, 'query($q: String!) { search(query: $q) { entity { id } } }', { q: query });
      expect(r.errors).toBeUndefined();
      expect(Array.isArray(r.data!.search)).toBe(true);
    });
});

describe('typed entities', () => {
  it('returns an operation with its leader, participants and provenance', async () => {
    const r = await gql(app, `{ entity(id: "op-hydra") { kind name sources { source { id publisher } quotes }
      ... on Operation { participants { node { id } evidence { sourceId quote modality } } } } }`);
    const op = r.data!.entity;
    expect(op.kind).toBe('Operation');
    expect(op.participants.map((l: any) => l.node.id)).toContain('org-europol');
    expect(op.participants[0].evidence[0].quote.length).toBeGreaterThan(5);
    expect(op.sources.map((s: any) => s.source.id)).toContain('004_7cf82133f37c6018');
  });

  it('lists the partners INTERPOL names', async () => {
    const r = await gql(app, '{ entity(id: "org-interpol") { ... on Organisation { partners { node { id } evidence { sourceId } } } } }');
    const partners = r.data!.entity.partners.map((l: any) => l.node.id);
    expect(partners).toEqual(expect.arrayContaining(['org-europol', 'org-frontex', 'org-iom', 'org-unodc']));
  });

  it('gives the routes that pass through Greece', async () => {
    const r = await gql(app, `{ entity(id: "loc-greece") { ... on Location {
      routesDeparting { node { id } } routesPassing { node { id } } routesArriving { node { id } } } } }`);
    const e = r.data!.entity;
    const routes = [...e.routesDeparting, ...e.routesPassing, ...e.routesArriving].map((l: any) => l.node.id);
    expect(routes).toEqual(expect.arrayContaining(['route-south-eastern', 'route-western-balkans']));
  });

  it('orders a route\'s stages', async () => {
    const r = await gql(app, '{ entity(id: "route-central-mediterranean") { ... on Route { stages { order type location { id } } } } }');
    const stages = r.data!.entity.stages;
    expect(stages.map((s: any) => s.order)).toEqual([...stages.map((s: any) => s.order)].sort((a: number, b: number) => a - b));
    expect(stages.at(-1)).toMatchObject({ type: 'ARRIVES_IN', location: { id: 'loc-italy' } });
  });

  it('keeps alternative crossings side by side: the Eastern route enters through any of four neighbours', async () => {
    const r = await gql(app, '{ entity(id: "route-eastern") { ... on Route { stages { order type location { id } } } } }');
    const first = r.data!.entity.stages.filter((s: any) => s.order === 1).map((s: any) => s.location.id).sort();
    expect(first).toEqual(['loc-belarus', 'loc-moldova', 'loc-russia', 'loc-ukraine']);
  });

  it('says where hawala is used, and which crimes human trafficking is connected to', async () => {
    const links = async (id: string, type: string) =>
      (await gql(app, `{ entity(id: "${id}") { links(types: [${type}]) { node { id } evidence { sourceId } } } }`)).data!.entity.links;
    const hawala = await links('pay-hawala', 'ACTIVE_IN');
    expect(hawala.map((l: any) => l.node.id).sort()).toEqual(['loc-asia', 'loc-iraq', 'loc-middle-east', 'loc-turkey']);
    const trafficking = await links('crime-human-trafficking', 'LINKED_TO');
    expect(trafficking.map((l: any) => l.node.id)).toEqual(expect.arrayContaining(['crime-cybercrime', 'crime-terrorism', 'crime-corruption']));
    expect(trafficking.every((l: any) => l.evidence.length > 0)).toBe(true);
  });

  it('gives the roles under the organisers', async () => {
    const r = await gql(app, '{ entity(id: "role-organiser") { ... on NetworkRole { manages { node { id ... on NetworkRole { parts { node { id } } } } } } } }');
    const managed = r.data!.entity.manages;
    expect(managed.map((l: any) => l.node.id)).toContain('role-low-level-facilitator');
    const parts = managed.find((l: any) => l.node.id === 'role-low-level-facilitator').node.parts.map((l: any) => l.node.id);
    expect(parts.length).toBeGreaterThanOrEqual(3);
  });

  it('answers node(id) and entities(ids) in the order asked, null for unknown ids', async () => {
    const r = await gql(app, '{ node(id: "org-europol") { id } missing: entity(id: "org-nobody") { id } entities(ids: ["org-interpol", "nope", "org-europol"]) { id } }');
    expect(r.data).toEqual({ node: { id: 'org-europol' }, missing: null, entities: [{ id: 'org-interpol' }, { id: 'org-europol' }] });
  });

  it('paginates a list with cursors and a total', async () => {
    const page1 = await gql(app, '{ locations(first: 10) { totalCount pageInfo { hasNextPage endCursor } nodes { id name } } }');
    const { totalCount, pageInfo, nodes } = page1.data!.locations;
    expect(totalCount).toBeGreaterThan(20);
    expect(nodes).toHaveLength(10);
    const names = nodes.map((n: any) => n.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    const page2 = await gql(app, 'query($after: String) { locations(first: 10, after: $after) { nodes { id } } }', { after: pageInfo.endCursor });
    const ids2 = page2.data!.locations.nodes.map((n: any) => n.id);
    expect(ids2.some((id: string) => nodes.some((n: any) => n.id === id))).toBe(false);
  });

  it('filters and sorts a list by model properties', async () => {
    const r = await gql(app, '{ locations(filter: { locationType: COUNTRY, nameContains: "gree" }) { nodes { id } } routes(filter: { mode: SEA }, orderBy: { field: NAME, direction: DESC }) { nodes { name mode } } }');
    expect(r.data!.locations.nodes).toEqual([{ id: 'loc-greece' }]);
    const names = r.data!.routes.nodes.map((n: any) => n.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => b.localeCompare(a)));
    for (const route of r.data!.routes.nodes) expect(route.mode).toBe('SEA');
  });

  it('attaches figures to what they measure', async () => {
    const r = await gql(app, '{ entity(id: "crime-drug-trafficking") { figures { value unit year period scope } } }');
    expect(r.data!.entity.figures).toEqual(expect.arrayContaining([expect.objectContaining({ value: 22, unit: 'percent', year: 2015 })]));
  });
});

describe('graph traversal', () => {
  it('returns a Cytoscape-ready neighbourhood with an honest truncated flag', async () => {
    const full = await gql(app, '{ neighbourhood(ids: ["org-europol"], limit: 500) { truncated totalNodes nodes { id distance } edges { source target } } }');
    const small = await gql(app, '{ neighbourhood(ids: ["org-europol"], limit: 3) { truncated totalNodes nodes { id distance } edges { source target type weight evidenceCount evidence { sourceId source { id } } } } }');
    expect(full.data!.neighbourhood.truncated).toBe(false);
    expect(small.data!.neighbourhood.truncated).toBe(true);
    expect(small.data!.neighbourhood.nodes).toHaveLength(3);
    expect(small.data!.neighbourhood.totalNodes).toBe(full.data!.neighbourhood.nodes.length);
    const ids = new Set(small.data!.neighbourhood.nodes.map((n: any) => n.id));
    for (const edge of small.data!.neighbourhood.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.evidenceCount).toBeGreaterThan(0);
      for (const e of edge.evidence) expect(e.source).toMatchObject({ id: e.sourceId });
    }
  });

  it('reaches as far as the depth asked, and no further', async () => {
    const distances = async (depth: number) =>
      new Set((await gql(app, `{ neighbourhood(ids: ["op-hydra"], depth: ${depth}, limit: 500) { nodes { distance } } }`)).data!.neighbourhood.nodes.map((n: any) => n.distance));
    expect(await distances(1)).toEqual(new Set([0, 1]));
    expect(await distances(2)).toEqual(new Set([0, 1, 2]));
    expect(await distances(3)).toEqual(new Set([0, 1, 2, 3]));
  });

  it('filters the neighbourhood by relationship type and kind, and leaves out figures and sources by default', async () => {
    const r = await gql(app, '{ neighbourhood(ids: ["org-interpol"], depth: 2, kinds: [Organisation], relationshipTypes: [PARTNER_OF, PART_OF]) { nodes { kind } edges { type } } }');
    for (const n of r.data!.neighbourhood.nodes) expect(n.kind).toBe('Organisation');
    for (const e of r.data!.neighbourhood.edges) expect(['PARTNER_OF', 'PART_OF']).toContain(e.type);
    const plain = await gql(app, '{ neighbourhood(ids: ["crime-drug-trafficking"], depth: 2, limit: 500) { nodes { kind } } }');
    expect(plain.data!.neighbourhood.nodes.map((n: any) => n.kind)).not.toContain('Figure');
    expect(plain.data!.neighbourhood.nodes.map((n: any) => n.kind)).not.toContain('Source');
  });

  it('finds the path from Operation Hydra to Europol with evidence on each edge', async () => {
    const r = await gql(app, '{ paths(from: "op-hydra", to: "org-europol") { paths { length nodes { id } edges { type evidence { sourceId quote source { id title } } } } } }');
    const [path] = r.data!.paths.paths;
    expect(path.nodes[0].id).toBe('op-hydra');
    expect(path.nodes.at(-1).id).toBe('org-europol');
    for (const edge of path.edges) {
      expect(edge.evidence.length).toBeGreaterThan(0);
      for (const e of edge.evidence) expect(e.source).toMatchObject({ id: e.sourceId });
    }
  });

  it('gives k paths shortest first, honours excluded nodes and max hops', async () => {
    const k = await gql(app, '{ paths(from: "op-hydra", to: "org-europol", mode: K_SHORTEST, k: 3, maxHops: 4) { paths { length nodes { id } } } }');
    const lengths = k.data!.paths.paths.map((p: any) => p.length);
    expect(lengths.length).toBeGreaterThan(1);
    expect(lengths).toEqual([...lengths].sort());
    const excluded = await gql(app, '{ paths(from: "op-hydra", to: "org-europol", mode: ALL_SHORTEST, excludeIds: ["org-interpol"], maxHops: 4) { paths { nodes { id } } } }');
    for (const p of excluded.data!.paths.paths) expect(p.nodes.map((n: any) => n.id)).not.toContain('org-interpol');
    const none = await gql(app, '{ paths(from: "loc-lyon", to: "crime-drug-trafficking", maxHops: 1) { paths { length } } }');
    expect(none.data!.paths.paths).toEqual([]);
  });

  it('does not count source documents as links unless asked', async () => {
    const r = await gql(app, '{ paths(from: "op-hydra", to: "org-europol", mode: ALL_SHORTEST, maxHops: 6) { paths { nodes { kind } } } }');
    for (const p of r.data!.paths.paths) for (const n of p.nodes) expect(['Source', 'Figure']).not.toContain(n.kind);
  });
});

describe('polycriminality and analytics', () => {
  it('ranks the 2015 crimes linked to migrant smuggling by share', async () => {
    const r = await gql(app, '{ polycriminality(year: 2015) { years links { rank share year crimeType { id } figure { value } sources { source { id } } } } }');
    const { links, years } = r.data!.polycriminality;
    expect(years).toEqual(expect.arrayContaining([2014, 2015]));
    const shared = links.filter((l: any) => l.share !== null);
    expect(shared[0]).toMatchObject({ rank: 1, share: 22, year: 2015, crimeType: { id: 'crime-drug-trafficking' }, figure: { value: 22 } });
    expect(shared.map((l: any) => l.share)).toEqual([...shared.map((l: any) => l.share)].sort((a: number, b: number) => b - a));
    expect(shared.map((l: any) => l.crimeType.id)).toEqual(expect.arrayContaining(['crime-human-trafficking', 'crime-property-crime', 'crime-document-fraud']));
    for (const l of links) expect(l.sources.length).toBeGreaterThan(0);
  });

  it('distinguishes the three kinds of link', async () => {
    const r = await gql(app, '{ polycriminality { links { linkKind } } }');
    const kinds = new Set(r.data!.polycriminality.links.map((l: any) => l.linkKind));
    for (const kind of ['SHARED_ACTORS', 'SHARED_INFRASTRUCTURE', 'SUPPORTING_CRIME']) expect(kinds).toContain(kind);
  });

  it('finds what connects to two crime types at once', async () => {
    const r = await gql(app, '{ sharedConnections(first: "crime-migrant-smuggling", second: "crime-human-trafficking") { entity { id kind } toFirst { type } toSecond { type } } }');
    expect(r.data!.sharedConnections.length).toBeGreaterThan(0);
    for (const c of r.data!.sharedConnections) {
      expect(c.toFirst.length).toBeGreaterThan(0);
      expect(c.toSecond.length).toBeGreaterThan(0);
    }
  });

  it.each(['DEGREE', 'BETWEENNESS', 'PAGERANK'])('computes %s centrality and says which engine did', async (measure) => {
    const r = await gql(app, `{ centrality(measure: ${measure}, top: 5) { engine nodeCount scores { rank score entity { id } } } }`);
    const c = r.data!.centrality;
    expect(['GDS', 'GRAPHOLOGY']).toContain(c.engine);
    expect(c.scores).toHaveLength(5);
    expect(c.scores.map((s: any) => s.entity.id)).toContain('org-interpol');
    expect(c.scores.map((s: any) => s.score)).toEqual([...c.scores.map((s: any) => s.score)].sort((a: number, b: number) => b - a));
  });

  it('computes the same subgraph in the API process (graphology) when told to, with the same leaders', async () => {
    const { app: inProcess, db: inProcessDb } = testApp({ analyticsEngine: 'in-process' });
    const query = '{ centrality(measure: PAGERANK, kinds: [Organisation, Operation], top: 5) { engine nodeCount scores { entity { id } } } }';
    const [gds, local] = [(await gql(app, query)).data!.centrality, (await gql(inProcess, query)).data!.centrality];
    expect(local.engine).toBe('GRAPHOLOGY');
    expect(local.nodeCount).toBe(gds.nodeCount);
    expect(local.scores.slice(0, 2).map((s: any) => s.entity.id).sort()).toEqual(['org-europol', 'org-interpol']);
    expect(local.scores.slice(0, 2)).toEqual(gds.scores.slice(0, 2));
    const communities = (await gql(inProcess, '{ communities(kinds: [Organisation, Operation], top: 3) { engine nodeCount communities { size } } }')).data!.communities;
    expect(communities).toMatchObject({ engine: 'GRAPHOLOGY', nodeCount: gds.nodeCount });
    expect(communities.communities.length).toBeGreaterThan(0);
    await inProcessDb.close();
  });

  it('detects communities over a chosen subgraph', async () => {
    const r = await gql(app, '{ communities(kinds: [Organisation, Operation], relationshipTypes: [LED_BY, INVOLVED, PART_OF, PARTNER_OF], top: 3) { engine nodeCount communities { size members { kind } } } }');
    const { communities, nodeCount } = r.data!.communities;
    expect(communities.length).toBeGreaterThan(0);
    expect(communities[0].size).toBeGreaterThanOrEqual(communities.at(-1).size);
    expect(communities.reduce((sum: number, c: any) => sum + c.size, 0)).toBeLessThanOrEqual(nodeCount);
    for (const c of communities) for (const m of c.members) expect(['Organisation', 'Operation']).toContain(m.kind);
  });

  it('describes the model with counts for legends', async () => {
    const r = await gql(app, '{ meta { entityCount kinds { kind colour shape count } relationshipTypes { type caption count structural } } }');
    const org = r.data!.meta.kinds.find((k: any) => k.kind === 'Organisation');
    expect(org).toMatchObject({ colour: '#1f77b4', shape: 'round-rectangle' });
    expect(org.count).toBeGreaterThan(20);
    expect(r.data!.meta.relationshipTypes.find((t: any) => t.type === 'MENTIONED_IN').structural).toBe(true);
  });
});

describe('errors', () => {
  it.each([
    ['{ neighbourhood(ids: ["org-europol"], depth: 4) { truncated } }', 'BAD_USER_INPUT', /depth must be an integer from 1 to 3/],
    ['{ neighbourhood(ids: ["org-europol"], limit: -1) { truncated } }', 'BAD_USER_INPUT', /limit/],
    ['{ paths(from: "op-hydra", to: "org-europol", maxHops: 99) { paths { length } } }', 'BAD_USER_INPUT', /maxHops/],
    ['{ paths(from: "op-hydra", to: "op-hydra") { paths { length } } }', 'BAD_USER_INPUT', /two different/],
    ['{ locations(first: 1000) { totalCount } }', 'BAD_USER_INPUT', /first must be an integer from 0 to 100/],
    ['{ locations(after: "not-a-cursor") { totalCount } }', 'BAD_USER_INPUT', /cursor/],
    ['{ polycriminality(crimeTypeId: "crime-nothing") { years } }', 'NOT_FOUND', /No crime type/],
    ['{ search(query: "x", limit: 0) { score } }', 'BAD_USER_INPUT', /limit/],
    ['{ neighbourhood(ids: ["org-europol"], kinds: [Gang]) { truncated } }', 'GRAPHQL_VALIDATION_FAILED', /Gang/],
    ['{ entity(id: "org-interpol") { links { node { links { node { links { node { links { node { id } } } } } } } } } }', 'BAD_USER_INPUT', /at most 3 levels/],
  ])('%s → %s', async (query, code, message) => {
    const r = await gql(app, query);
    expect(codes(r)).toEqual([code]);
    expect(r.errors![0]!.message).toMatch(message);
    expect(JSON.stringify(r)).not.toMatch(/MATCH|Neo4jError|\bat .*\.ts:\d+/);
  });

  it('reports an unknown field as a validation error', async () => {
    const r = await gql(app, '{ entity(id: "x") { nonsense } }');
    expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('one Cypher round trip per root field', () => {
  // Its own instance with a long credential cache, so the caller's token is checked only by the
  // warm-up request and the count below is exact however slowly the machine runs.
  const cached = testApp({ credentialCacheMs: 600_000 });
  afterAll(() => cached.db.close());

  it('answers a deeply nested request over many entities with one query per root field', async () => {
    const { app, db } = cached;
    expect((await gql(app, '{ me { name } }')).errors).toBeUndefined();
    const before = db.queryCount;
    const r = await gql(app, `{
      routes(first: 20) { nodes { id stages { location { name ... on Location { routesArriving { node { name } } } } } figures { value } } }
      entity(id: "org-interpol") { ... on Organisation { partners { node { name ... on Organisation { partners { node { name } } } } } } }
      search(query: "smuggling", limit: 20) { entity { id links { node { id } evidence { source { title } } } } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.routes.nodes.length).toBeGreaterThan(5);
    // One query per root field; the caller's API token was verified moments ago.
    expect(db.queryCount - before).toBe(3);
  });
});
