import type { TestProject } from 'vitest/node';
import { Db } from '../../server/db/driver.ts';
import { loadSeedGraph, readSeedFiles } from '../../seed/load.ts';
import { validateSeed } from '../../seed/validate.ts';
import { provideNeo4j, type ProvidedNeo4j } from './neo4j-provider.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ProvidedNeo4j;
  }
}

/** One Neo4j per run, seeded with the curated graph; stopped at the end if this run started it. */
export default async function setup(project: TestProject) {
  const handle = await provideNeo4j((line) => console.log(line));
  const db = new Db({ ...handle.neo4j, local: false });
  try {
    const graph = validateSeed(readSeedFiles());
    if (graph.problems.length === 0 && graph.nodes.length > 0) await loadSeedGraph(db, graph);
  } finally {
    await db.close();
  }
  project.provide('neo4j', handle.neo4j);
  return async () => {
    await handle.stop();
  };
}
