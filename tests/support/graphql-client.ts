/**
 * Test helpers: a yoga app over the provided Neo4j, users with API tokens, and GraphQL calls
 * through app.fetch (no socket). Each app gets its own admin so requests are authenticated.
 */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createApp, type App, type AppConfig } from '../../server/app.ts';
import { createApiToken, createUser } from '../../server/auth/auth-service.ts';
import { Db } from '../../server/db/driver.ts';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

const adminTokens = new WeakMap<App, Promise<string>>();

/** A new user with a role and clearance, and an API token for it. */
export async function userToken(db: Db, role: 'viewer' | 'analyst' | 'admin', clearance: 'PUBLIC' | 'RESTRICTED' | 'CONFIDENTIAL' = 'CONFIDENTIAL') {
  const name = `test-${role}-${clearance.toLowerCase()}-${randomBytes(4).toString('hex')}`;
  await createUser(db, 'test-setup', name, role, clearance);
  return { name, ...(await createApiToken(db, 'test-setup', name, 'tests', null)) };
}

export function testApp(config: Partial<AppConfig> = {}, db: Db = new Db({ ...inject('neo4j'), local: false })): { app: App; db: Db } {
  const app = createApp({ db, config: { graphiql: !config.production, production: false, ...config } });
  adminTokens.set(app, userToken(db, 'admin').then((u) => u.token));
  return { app, db };
}

export async function gql<T = Record<string, any>>(app: App, query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<T>> {
  const bearer = token === undefined ? await adminTokens.get(app) : token;
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...(await response.json()) };
}

export function codes(response: GraphQLResponse): (string | undefined)[] {
  return (response.errors ?? []).map((e) => e.extensions?.code);
}
