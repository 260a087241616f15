/** Test helpers: a yoga app over the provided Neo4j, and GraphQL calls through app.fetch. */
import { inject } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { Db } from '../../server/db/driver.ts';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

export function testApp(options: { production?: boolean } = {}): { app: App; db: Db } {
  const db = new Db({ ...inject('neo4j'), local: false });
  const app = createApp({ db, config: { graphiql: !options.production, production: options.production ?? false } });
  return { app, db };
}

export async function gql<T = Record<string, any>>(app: App, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...(await response.json()) };
}

export function codes(response: GraphQLResponse): (string | undefined)[] {
  return (response.errors ?? []).map((e) => e.extensions?.code);
}
