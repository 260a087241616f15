/**
 * Hubs left out of centrality, communities and paths (excludeIds): an excluded entity never
 * appears in a result nor carries a path, and an id the viewer may not see changes nothing,
 * exactly as if it had not been sent.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql, testApp, userToken } from '../support/graphql-client.ts';

const { app, db } = testApp();
const { app: inProcess, db: inProcessDb } = testApp({ analyticsEngine: 'in-process' });
const run = randomBytes(3).toString('hex');
const SOURCE = '004_7cf82133f37c6018';
const EVIDENCE = [{ sourceId: SOURCE, quote: 'case file note (test)' }];
const HUB = 'crime-migrant-smuggling';

let viewer: string;
let analyst: string;
// A confidential operation linked to Europol and Frontex: the PUBLIC viewer cannot see it.
let hidden = `op-hub-test-${run}`;

const UPSERT = /* GraphQL */ `mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }`;
const LINK = /* GraphQL */ `mutation($input: LinkInput!) { upsertLink(input: $input) { id } }`;

beforeAll(async () => {
  viewer = (await userToken(db, 'viewer', 'PUBLIC')).token;
  analyst = (await userToken(db, 'analyst', 'CONFIDENTIAL')).token;
  const created = await gql(app, UPSERT, { input: { id: hidden, kind: 'Operation', name: `Hub test operation ${run}`, marking: 'CONFIDENTIAL', evidence: EVIDENCE } }, analyst);
  expect(created.errors).toBeUndefined();
  hidden = created.data!.upsertEntity.id;
  for (const to of ['org-europol', 'org-frontex']) {
    const r = await gql(app, LINK, { input: { type: 'INVOLVED', from: hidden, to, marking: 'CONFIDENTIAL', evidence: EVIDENCE } }, analyst);
    expect(r.errors).toBeUndefined();
  }
});

afterAll(async () => {
  await gql(app, 'mutation($id: ID!) { deleteEntity(id: $id) { deleted } }', { id: hidden }, analyst);
  await inProcessDb.close();
  await db.close();
});

const CENTRALITY = /* GraphQL */ `query($measure: CentralityMeasure, $kinds: [Kind!], $excludeIds: [ID!]) {
  centrality(measure: $measure, kinds: $kinds, top: 5000, excludeIds: $excludeIds) { engine nodeCount relationshipCount scores { rank score entity { id kind } } }
}`;
const COMMUNITIES = /* GraphQL */ `query($kinds: [Kind!], $excludeIds: [ID!]) {
  communities(kinds: $kinds, top: 5000, excludeIds: $excludeIds) { engine nodeCount relationshipCount communities { size members { id } } }
}`;
const PATHS = /* GraphQL */ `query($from: ID!, $to: ID!, $mode: PathMode, $excludeIds: [ID!]) {
  paths(from: $from, to: $to, mode: $mode, k: 5, maxHops: 6, excludeIds: $excludeIds) { paths { length nodes { id } } }
}`;

/**
 * Runs `compare(baseline, variant)` on a pair of answers taken while the data stood still: other
 * suites write to the same database, so the baseline is asked again after the variant and the
 * pair is taken again when the two baselines differ.
 */
async function stablePair<T>(baseline: () => Promise<T>, variant: () => Promise<T>): Promise<[T, T]> {
  for (let attempt = 0; ; attempt++) {
    const before = await baseline();
    const other = await variant();
    const after = await baseline();
    if (JSON.stringify(before) === JSON.stringify(after) || attempt === 4) return [after, other];
  }
}

const engines = [['GDS or graphology', app], ['graphology', inProcess]] as const;

describe.each(engines)('centrality with excluded hubs (%s)', (_, api) => {
  it.each(['DEGREE', 'BETWEENNESS', 'PAGERANK'])('leaves the hub out of the %s ranking and the subgraph', async (measure) => {
    const ask = async (excludeIds?: string[]) => {
      const r = await gql(api, CENTRALITY, { measure, excludeIds }, viewer);
      expect(r.errors).toBeUndefined();
      return r.data!.centrality;
    };
    const [all, without] = await stablePair(() => ask(), () => ask([HUB]));
    expect(all.scores.map((s: any) => s.entity.id)).toContain(HUB);
    expect(without.scores.map((s: any) => s.entity.id)).not.toContain(HUB);
    expect(without.nodeCount).toBe(all.nodeCount - 1);
    expect(without.relationshipCount).toBeLessThan(all.relationshipCount);
  });

  it('keeps only the chosen kinds', async () => {
    const r = (await gql(api, CENTRALITY, { measure: 'DEGREE', kinds: ['Organisation', 'Route'], excludeIds: ['org-europol'] }, viewer)).data!.centrality;
    expect(new Set(r.scores.map((s: any) => s.entity.kind))).toEqual(new Set(['Organisation', 'Route']));
    expect(r.scores.map((s: any) => s.entity.id)).not.toContain('org-europol');
  });

  it('treats an id the viewer cannot see exactly like an absent one', async () => {
    for (const measure of ['DEGREE', 'PAGERANK']) {
      const [absent, withHidden] = await stablePair(
        async () => (await gql(api, CENTRALITY, { measure, excludeIds: [HUB] }, viewer)).data!.centrality,
        async () => (await gql(api, CENTRALITY, { measure, excludeIds: [HUB, hidden] }, viewer)).data!.centrality,
      );
      expect(withHidden).toEqual(absent);
    }
    // The hidden operation is real: whoever may see it gets a different subgraph when it is excluded.
    const [seen, seenWithout] = await stablePair(
      async () => (await gql(api, CENTRALITY, { measure: 'DEGREE' }, analyst)).data!.centrality,
      async () => (await gql(api, CENTRALITY, { measure: 'DEGREE', excludeIds: [hidden] }, analyst)).data!.centrality,
    );
    expect(seenWithout.nodeCount).toBe(seen.nodeCount - 1);
  });
});

describe.each(engines)('communities with excluded hubs (%s)', (_, api) => {
  it('never puts the hub in a community', async () => {
    const ask = async (excludeIds?: string[]) => {
      const r = await gql(api, COMMUNITIES, { excludeIds }, viewer);
      expect(r.errors).toBeUndefined();
      return r.data!.communities;
    };
    // Compared by subgraph size: Louvain itself may group differently from one run to the next.
    const [all, without] = await stablePair(async () => ({ ...(await ask()), communities: [] }), async () => ({ ...(await ask([HUB])), communities: [] }));
    expect((await ask()).communities.flatMap((c: any) => c.members.map((m: any) => m.id))).toContain(HUB);
    expect((await ask([HUB])).communities.flatMap((c: any) => c.members.map((m: any) => m.id))).not.toContain(HUB);
    expect(without.nodeCount).toBe(all.nodeCount - 1);
  });

  it('treats an id the viewer cannot see exactly like an absent one', async () => {
    const [absent, withHidden] = await stablePair(
      async () => (await gql(api, COMMUNITIES, { excludeIds: [HUB] }, viewer)).data!.communities,
      async () => (await gql(api, COMMUNITIES, { excludeIds: [hidden, HUB] }, viewer)).data!.communities,
    );
    expect(withHidden).toEqual(absent);
  });
});

describe('paths with excluded hubs', () => {
  const ends = { from: 'loc-portugal', to: 'org-frontex' };

  it('finds Portugal → Frontex around "Migrant smuggling" when it is excluded', async () => {
    const through = (await gql(app, PATHS, { ...ends, mode: 'ALL_SHORTEST' }, viewer)).data!.paths.paths;
    expect(through.length).toBeGreaterThan(0);
    expect(through.some((p: any) => p.nodes.some((n: any) => n.id === HUB))).toBe(true);
    for (const mode of ['SHORTEST', 'ALL_SHORTEST', 'K_SHORTEST']) {
      const r = await gql(app, PATHS, { ...ends, mode, excludeIds: [HUB] }, viewer);
      expect(r.errors).toBeUndefined();
      const around = r.data!.paths.paths;
      expect(around.length).toBeGreaterThan(0);
      for (const path of around) {
        expect(path.nodes.map((n: any) => n.id)).not.toContain(HUB);
        expect(path.nodes[0].id).toBe(ends.from);
        expect(path.nodes.at(-1).id).toBe(ends.to);
      }
    }
  });

  it('treats an id the viewer cannot see exactly like an absent one', async () => {
    for (const mode of ['ALL_SHORTEST', 'K_SHORTEST']) {
      const [absent, withHidden] = await stablePair(
        async () => (await gql(app, PATHS, { ...ends, mode, excludeIds: [HUB] }, viewer)).data!.paths,
        async () => (await gql(app, PATHS, { ...ends, mode, excludeIds: [HUB, hidden] }, viewer)).data!.paths,
      );
      expect(withHidden).toEqual(absent);
    }
  });
});

describe('bad input', () => {
  it('refuses too many excluded ids with a clear message', async () => {
    const r = await gql(app, CENTRALITY, { measure: 'DEGREE', excludeIds: Array.from({ length: 501 }, (_, i) => `x-${i}`) }, viewer);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toMatch(/at most 500/);
  });
});
