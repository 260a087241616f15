import { LocalNeo4j } from '../../neo4j/scripts/local-instance.ts';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  /** Undefined means the server's default database. */
  database: string | undefined;
  /** True when this is the project's own local server (which the product may start). */
  local: boolean;
  /** The GDS-enabled instance analytics go to (NEO4J_ANALYTICS_URI); absent: normal read routing. */
  analytics?: { uri: string; user: string; password: string };
}

const SCHEMES = /^(neo4j|bolt)(\+s|\+ssc)?:\/\//;

function checkedUri(name: string, uri: string): string {
  if (!SCHEMES.test(uri)) {
    throw new Error(`${name} must start with neo4j://, neo4j+s://, neo4j+ssc:// (routing: a cluster or Aura) or bolt://, bolt+s://, bolt+ssc:// (one server); got ${JSON.stringify(uri.split('://')[0])}`);
  }
  return uri;
}

/**
 * NEO4J_ANALYTICS_URI, with NEO4J_ANALYTICS_USER / NEO4J_ANALYTICS_PASSWORD defaulting to the
 * main credentials: usually bolt:// straight to a cluster's GDS secondary, because a routing
 * URI would spread GDS statements over every reader.
 */
function analyticsConnection(env: NodeJS.ProcessEnv, user: string, password: string): Neo4jConnection['analytics'] {
  if (!env.NEO4J_ANALYTICS_URI) return undefined;
  return {
    uri: checkedUri('NEO4J_ANALYTICS_URI', env.NEO4J_ANALYTICS_URI),
    user: env.NEO4J_ANALYTICS_USER ?? user,
    password: env.NEO4J_ANALYTICS_PASSWORD ?? password,
  };
}

/**
 * NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) wins, so Aura, a cluster
 * (neo4j+s://, client-side routing) or a Docker container can be used; otherwise the
 * project's local server. NEO4J_DATABASE unset: the server's default database.
 */
export function neo4jConnection(env: NodeJS.ProcessEnv = process.env): Neo4jConnection {
  if (env.NEO4J_URI) {
    const user = env.NEO4J_USER ?? 'neo4j';
    const password = env.NEO4J_PASSWORD ?? '';
    return {
      uri: checkedUri('NEO4J_URI', env.NEO4J_URI),
      user,
      password,
      database: env.NEO4J_DATABASE || undefined,
      local: false,
      analytics: analyticsConnection(env, user, password),
    };
  }
  const credentials = new LocalNeo4j().credentials();
  return { ...credentials, database: env.NEO4J_DATABASE || undefined, local: true, analytics: analyticsConnection(env, credentials.user, credentials.password) };
}
