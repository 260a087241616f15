/**
 * npm run import -- <file.csv> --mapping <mapping.yaml> [--check] [--as <user name>]
 *
 * Imports case data from a CSV file as the mapping says. Every row is checked first; when any
 * is wrong, each problem is printed as file:line:column (field): reason and nothing is written.
 * --check stops after checking. --as imports under that user's clearance (default: the command
 * line has full clearance, like the database it talks to).
 */
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../neo4j/scripts/runtime-errors.ts';
import { applySchema } from '../../seed/load.ts';
import { importCsv } from '../case-import/case-import.ts';
import { describeProblem } from '../case-import/import-problems.ts';
import { option, withDatabaseAs } from './cli-args.ts';
import { ProgressLine } from './progress-line.ts';


async function main(args: string[]): Promise<number> {
  const file = args.find((a, i) => !a.startsWith('--') && !['--mapping', '--as'].includes(args[i - 1] ?? ''));
  const mappingFile = option(args, '--mapping');
  if (!file || !mappingFile) {
    console.error('Usage: npm run import -- <file.csv> --mapping <mapping.yaml> [--check] [--as <user name>]');
    return 2;
  }
  for (const f of [file, mappingFile]) {
    if (!fs.existsSync(f)) {
      console.error(`${f}: no such file`);
      return 2;
    }
  }
  return withDatabaseAs(args, async (db, as) => {
    await applySchema(db);
    const progress = new ProgressLine(path.basename(file));
    const result = await importCsv(
      db,
      as,
      { csv: fs.readFileSync(file, 'utf8'), file, mapping: fs.readFileSync(mappingFile, 'utf8'), mappingFile },
      { check: args.includes('--check'), onProgress: (p) => progress.update(p.phase, p.done, p.total) },
    );
    if (!result.ok) {
      progress.finish(result.written ? 'written only in part' : `refused, nothing written (${result.problems.length + result.moreProblems} problems)`);
      for (const problem of result.problems) console.error(describeProblem(problem));
      if (result.moreProblems) console.error(`… and ${result.moreProblems} more problems.`);
      return 1;
    }
    progress.finish(`${result.written ? 'imported' : 'checked, nothing written:'} ${result.rows} rows, ${result.entities} entities, ${result.links} links (source ${result.sourceId})${result.resolvedEntities ? `; ${result.resolvedEntities} rows of entities resolved into others since stay resolved, their links go to those` : ''}`);
    return 0;
  });
}

await runCli(main);
