import { LocalNeo4j } from '../../neo4j/scripts/local-instance.ts';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  /** Undefined means the server's default database. */
  database: string | undefined;
  /** True when this is the project's own local server (which the product may start). */
  local: boolean;
}

/**
 * NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) wins, so Aura, a cluster
 * (neo4j+s://) or a Docker container can be used; otherwise the project's local server.
 */
export function neo4jConnection(env: NodeJS.ProcessEnv = process.env): Neo4jConnection {
  if (env.NEO4J_URI) {
    return {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
      local: false,
    };
  }
  const credentials = new LocalNeo4j().credentials();
  return { ...credentials, database: env.NEO4J_DATABASE || undefined, local: true };
}
