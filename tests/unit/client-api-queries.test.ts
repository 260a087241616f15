import { buildSchema, parse, validate } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as api from '../../client/api.ts';
import * as ingestApi from '../../client/api/ingest-api.ts';
import * as notesApi from '../../client/api/notes-api.ts';
import { typeDefs } from '../../server/schema.ts';

/**
 * Every query the explorer sends must be valid against the API's schema and within its query
 * limits (GraphQL Armor allows at most 20 aliases). The fetch stand-in only records the requests:
 * this checks the documents, not the server.
 */
const sent: { query: string; variables: Record<string, unknown> }[] = [];

function recordRequests(data: unknown) {
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    sent.push(JSON.parse(String(init.body)));
    return new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  sent.length = 0;
});

const graph = { nodes: [], edges: [], truncated: false, totalNodes: 0 };

describe('the explorer\'s GraphQL documents', () => {
  it('are valid against the API schema, with credentials sent same-origin and the CSRF header set', async () => {
    recordRequests({
      search: [],
      meta: { kinds: [], relationshipTypes: [] },
      neighbourhood: graph,
      paths: { paths: [], graph },
      polycriminality: { graph, links: [], years: [] },
      routes: { nodes: [] },
      centrality: { scores: [] },
      communities: { communities: [] },
      entity: null,
      entities: [],
    });
    let init: RequestInit | undefined;
    const fetchSpy = globalThis.fetch;
    vi.stubGlobal('fetch', (url: string, options: RequestInit) => {
      init = options;
      return fetchSpy(url, options);
    });
    await api.search('europol');
    await api.meta();
    await api.neighbourhood({ ids: ['org-europol'], excludeIds: ['op-hydra'] });
    await api.nodesWithConnections(['org-europol'], ['op-hydra']);
    await api.sourceDocuments(['004_7cf82133f37c6018']);
    await api.inducedSubgraph(['a', 'b']);
    await api.paths({ from: 'op-hydra', to: 'org-europol', mode: 'K_SHORTEST', k: 3, maxHops: 6, relationshipTypes: ['INVOLVED'] });
    await api.polycriminality(api.MIGRANT_SMUGGLING, 2015);
    await api.regionalRouteIds();
    await api.centrality('BETWEENNESS');
    await api.communities();
    await api.entityDetails('org-europol');

    expect(init?.credentials).toBe('same-origin');
    expect((init?.headers as Record<string, string>)['x-graphql-csrf']).toBeTruthy();
    // Built from the SDL files here: the executable schema may come from another copy of graphql.
    const schema = buildSchema(typeDefs().join('\n'));
    const documents = new Set(sent.map((r) => r.query));
    const names = [...documents].map((q) => /query (\w+)/.exec(q)?.[1]).sort();
    expect(names).toEqual(['Centrality', 'Communities', 'EntityDetails', 'MainRoutes', 'Meta', 'Neighbourhood', 'Paths', 'Polycriminality', 'Search', 'SourceDocuments', 'Subgraph']);
    for (const query of documents) {
      const document = parse(query);
      expect(validate(schema, document).map((e) => e.message), query.slice(0, 60)).toEqual([]);
      const aliases = (query.match(/\b\w+\s*:\s*\w+\s*[({]/g) ?? []).length;
      expect(aliases, query.slice(0, 60)).toBeLessThanOrEqual(20);
    }
  });

  it('ask for notes, add and delete them with valid documents, and search notes with entities', async () => {
    recordRequests({ notes: [], me: { name: 'x', role: 'ANALYST', clearance: 'PUBLIC' }, addNote: {}, deleteNote: {}, search: [], searchNotes: [] });
    await notesApi.notesOf('org-europol');
    await notesApi.currentMe();
    await notesApi.addNote('org-europol', 'A note', null);
    await notesApi.deleteNote('note-AAAAAAAAAAAA');
    expect(await api.search('boat')).toEqual({ hits: [], notes: [] });
    const schema = buildSchema(typeDefs().join('\n'));
    for (const { query } of sent) expect(validate(schema, parse(query)).map((e) => e.message), query.slice(0, 60)).toEqual([]);
    expect(sent.map((r) => /(?:query|mutation) (\w+)/.exec(r.query)?.[1])).toEqual(['Notes', 'Me', 'AddNote', 'DeleteNote', 'Search']);
    expect(sent.at(-1)!.query).toContain('searchNotes(query: $query');
  });

  it('review an ingested document\'s candidates with valid documents: accept in each way, edit, reject', async () => {
    recordRequests({ documentMentions: [], reviewQueue: { totalCount: 0, candidates: [] }, acceptCandidate: { entityId: 'org-x', linkId: 'x|PARTNER_OF|y|1' }, editCandidate: { id: 'c' }, rejectCandidate: { id: 'c' } });
    await ingestApi.reviewQueue('src-a');
    await ingestApi.acceptAsNewEntity('c');
    expect(await ingestApi.acceptAsAlias('c', 'org-europol')).toBe('org-x');
    expect(await ingestApi.acceptAsLink('c', 'PARTNER_OF', 'org-europol', 'org-frontex')).toBe('x|PARTNER_OF|y|1');
    await ingestApi.editCandidate('c', { text: 'Harbour Data Platform', kind: 'Tool' });
    await ingestApi.rejectCandidate('c');
    const schema = buildSchema(typeDefs().join('\n'));
    for (const { query } of sent) expect(validate(schema, parse(query)).map((e) => e.message), query.slice(0, 60)).toEqual([]);
    expect(sent.map((r) => r.variables.input)).toEqual([
      undefined,
      { id: 'c', as: 'NEW_ENTITY' },
      { id: 'c', as: 'ALIAS', entityId: 'org-europol' },
      { id: 'c', as: 'LINK', linkType: 'PARTNER_OF', from: 'org-europol', to: 'org-frontex' },
      { id: 'c', text: 'Harbour Data Platform', kind: 'Tool' },
      undefined,
    ]);
  });

  it('turns an UNAUTHENTICATED answer into a clear error of its own kind', async () => {
    vi.stubGlobal('fetch', async () =>
      new Response(JSON.stringify({ errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] }), { status: 401 }));
    await expect(api.meta()).rejects.toMatchObject({ kind: 'unauthenticated', code: 'UNAUTHENTICATED' });
  });

  it('reports an unreachable API without losing the reason', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.meta()).rejects.toMatchObject({ kind: 'unreachable' });
  });
});
