import type { Identity } from './auth/identity.ts';
import { markingsFor } from './auth/roles.ts';
import type { Db } from './db/driver.ts';

export interface Viewer {
  /** Markings this viewer may see (their clearance and everything below it). */
  markings: string[];
  /** Who is asking; every GraphQL request has one (the auth gate refuses the rest). */
  identity?: Identity;
}

export type AnalyticsEngineChoice = 'auto' | 'in-process';

export interface AppContext {
  /** This request's view of the database: at most REQUEST_DB_CONCURRENCY of its queries at once. */
  db: Db;
  viewer: Viewer;
  analyticsEngine: AnalyticsEngineChoice;
}

export const viewerFor = (identity: Identity | undefined): Viewer =>
  identity ? { markings: markingsFor(identity.clearance), identity } : { markings: ['PUBLIC'] };

export function createContext(db: Db, identity: Identity | undefined, analyticsEngine: AnalyticsEngineChoice = 'auto'): AppContext {
  return { db: db.forRequest(), viewer: viewerFor(identity), analyticsEngine };
}
