import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { Db } from '../../server/db/driver.ts';
import { loadSeedGraph, readSeedFiles } from '../../seed/load.ts';
import { validateSeed } from '../../seed/validate.ts';
import type { LocalNeo4j } from '../../neo4j/scripts/local-instance.ts';
import { startThrowawayLocalNeo4j } from '../setup/neo4j-provider.ts';
import { codes, gql, userToken } from '../support/graphql-client.ts';

// Its own local server, so stopping it does not disturb the other tests.
let local: LocalNeo4j;
let stop: () => Promise<void>;
let db: Db;
let app: App;
let token: string;

beforeAll(async () => {
  ({ local, stop } = await startThrowawayLocalNeo4j('outage-test-'));
  db = new Db({ ...local.credentials(), database: undefined, local: false });
  await loadSeedGraph(db, validateSeed(readSeedFiles()));
  app = createApp({ db, config: { graphiql: false, production: false } });
  token = (await userToken(db, 'viewer')).token;
});

afterAll(async () => {
  await db.close();
  await stop();
});

const QUERY = '{ entity(id: "org-europol") { name } }';

describe('when Neo4j goes away and comes back', () => {
  it('fails fast with SERVICE_UNAVAILABLE, reports not ready, and recovers without a restart', async () => {
    expect((await gql(app, QUERY, undefined, token)).data).toEqual({ entity: { name: 'Europol' } });
    expect((await app.fetch('http://localhost/ready')).status).toBe(200);

    await local.stop();
    const started = Date.now();
    const down = await gql(app, QUERY, undefined, token);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(codes(down)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(down.errors![0]!.message).toMatch(/not reachable/);
    expect(JSON.stringify(down)).not.toMatch(/bolt:|ECONNREFUSED|Neo4jError/);
    expect((await app.fetch('http://localhost/ready')).status).toBe(503);
    expect((await app.fetch('http://localhost/health')).status).toBe(200);

    await local.start(() => {});
    let recovered;
    for (let i = 0; i < 20; i++) {
      recovered = await gql(app, QUERY, undefined, token);
      if (!recovered.errors) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(recovered!.data).toEqual({ entity: { name: 'Europol' } });
    expect((await app.fetch('http://localhost/ready')).status).toBe(200);
  });
});
