import type { Db } from './db/driver.ts';
import { RequestGraph } from './modules/entity/request-graph.ts';
import { MARKINGS } from './domain/model.ts';

export interface Viewer {
  /** Markings this viewer may see (their clearance and everything below it). */
  markings: string[];
}

export interface AppContext {
  db: Db;
  graph: RequestGraph;
  viewer: Viewer;
}

export const fullClearance = (): Viewer => ({ markings: [...MARKINGS] });

export function createContext(db: Db, viewer: Viewer = fullClearance()): AppContext {
  return { db, graph: new RequestGraph(), viewer };
}
