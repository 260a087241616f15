/**
 * npm run seed                 validate seed/data, then load it into Neo4j
 * npm run seed -- --validate   validate only (no database needed)
 * npm run seed -- --check      validate, and check every quote against the source documents
 *   --data <dir>                 read seed files from another folder (default seed/data)
 *   --documents <dir>            where the source documents are (default seed/documents); their
 *                                texts are loaded onto the Source nodes
 */
import { neo4jConnection } from '../server/config/neo4j-connection.ts';
import { Db } from '../server/db/driver.ts';
import { runCli } from '../neo4j/scripts/runtime-errors.ts';
import { checkEvidence } from './check-evidence.ts';
import { DOCUMENTS_DIR, SEED_DATA_DIR, loadSeedGraph, readSeedFiles } from './load.ts';
import { describeProblem, validateSeed, type Problem } from './validate.ts';

function printProblems(problems: Problem[]): void {
  for (const p of problems) console.error(describeProblem(p));
  console.error(`\n${problems.length} problem(s) found; nothing was written.`);
}

async function main(args: string[]): Promise<number> {
  const validateOnly = args.includes('--validate');
  const check = args.includes('--check');
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dataDir = option('--data') ?? SEED_DATA_DIR;
  const documentsDir = option('--documents') ?? DOCUMENTS_DIR;
  const result = validateSeed(readSeedFiles(dataDir));
  const problems = [...result.problems];
  if (result.nodes.length === 0 && problems.length === 0) {
    problems.push({ file: dataDir, entry: '(folder)', reason: 'no seed data found (expected seed/data/*.yaml)' });
  }
  if (check && problems.length === 0) problems.push(...checkEvidence(result, documentsDir));
  if (problems.length > 0) {
    printProblems(problems);
    return 1;
  }
  console.log(`Seed data is valid: ${result.nodes.length} entities, ${result.links.length} relationships${check ? ', every quote found in its document' : ''}.`);
  if (validateOnly || check) return 0;

  const db = new Db(neo4jConnection());
  try {
    const summary = await loadSeedGraph(db, result, documentsDir);
    console.log(`Loaded ${summary.nodes} entities and ${summary.relationships} relationships.`);
    if (summary.removed.entities || summary.removed.relationships) {
      console.log(`Removed what the seed no longer holds: ${summary.removed.entities} entities, ${summary.removed.relationships} relationships.`);
    }
    if (summary.kept.length) console.log(`Kept, though dropped from the seed, because analysts' knowledge links to them: ${summary.kept.join(', ')}.`);
    return 0;
  } finally {
    await db.close();
  }
}

await runCli(main);
