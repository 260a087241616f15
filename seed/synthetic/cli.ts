/**
 * npm run synthetic -- --scale small|tenth|report|triple [--seed <n>] [--out <dir>] [--files-only]
 * npm run synthetic -- --remove
 *
 * Writes synthetic case data (CSV files and their import mappings) and loads it through the CSV
 * import, file by file, with progress; prints the time and rows per second of the whole load.
 * Loading another scale or seed first removes the synthetic data already there. --remove
 * removes it and nothing else.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../neo4j/scripts/runtime-errors.ts';
import { importCsv } from '../../server/case-import/case-import.ts';
import { describeProblem } from '../../server/case-import/import-problems.ts';
import { removeImportedSource } from '../../server/case-import/import-writer.ts';
import { importSourceId } from '../../server/case-import/mapping.ts';
import { ProgressLine } from '../../server/cli/progress-line.ts';
import { neo4jConnection } from '../../server/config/neo4j-connection.ts';
import { Db } from '../../server/db/driver.ts';
import { MARKINGS } from '../../server/domain/model.ts';
import { applySchema } from '../load.ts';
import { generateSynthetic, SCALES, SYNTHETIC_MARKING, SYNTHETIC_SOURCE, syntheticTitle, type Scale } from './generate.ts';
import { option } from '../../server/cli/cli-args.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SYNTHETIC_SOURCE_ID = importSourceId({ source: { ...SYNTHETIC_SOURCE, title: '', date: '' }, marking: SYNTHETIC_MARKING });


export interface SyntheticLoad {
  rows: number;
  entities: number;
  links: number;
  seconds: number;
}

/** Removes the synthetic data, reporting progress. */
export async function removeSynthetic(db: Db, log: (line: string) => void = console.log): Promise<{ entities: number; links: number }> {
  const progress = new ProgressLine('synthetic data', 'removed');
  const removed = await removeImportedSource(db, SYNTHETIC_SOURCE_ID, (n, what = 'entities') => progress.update(`removing ${what}`, n, n));
  progress.finish(`removed ${removed.entities} entities and ${removed.links} relationships`);
  log(`Removed synthetic case data: ${removed.entities} entities.`);
  return removed;
}

/** Generates the files into `dir` and loads them through the import; refuses and stops at the first file with problems. */
export async function loadSynthetic(db: Db, scale: Scale, seed: number, dir: string, log: (line: string) => void = console.log): Promise<SyntheticLoad> {
  const files = generateSynthetic(scale, seed);
  fs.mkdirSync(dir, { recursive: true });
  for (const file of files) {
    fs.writeFileSync(path.join(dir, file.name), file.csv);
    fs.writeFileSync(path.join(dir, file.name.replace(/\.csv$/, '.yaml')), file.mapping);
  }
  log(`Wrote ${files.length} CSV files with their mappings to ${path.relative(ROOT, dir) || dir}.`);
  const [existing] = await db.read('import-lookup/find-by-ids', { ids: [SYNTHETIC_SOURCE_ID], markings: [...MARKINGS] });
  if (existing) {
    const [source] = await db.readText('MATCH (s:Entity {id: $id}) WHERE s.marking IN $markings RETURN s.title AS title', { id: SYNTHETIC_SOURCE_ID, markings: [...MARKINGS] });
    if (source?.title !== syntheticTitle(scale, seed)) {
      log(`Synthetic data of another scale or seed is loaded (${String(source?.title)}): removing it first.`);
      await removeSynthetic(db, log);
    }
  }
  const started = Date.now();
  const total = { rows: 0, entities: 0, links: 0 };
  for (const file of files) {
    const csvPath = path.join(dir, file.name);
    const progress = new ProgressLine(file.name);
    const result = await importCsv(
      db,
      { markings: [...MARKINGS], actor: 'synthetic-generator' },
      { csv: file.csv, file: csvPath, mapping: file.mapping, mappingFile: csvPath.replace(/\.csv$/, '.yaml') },
      { onProgress: (p) => progress.update(p.phase, p.done, p.total) },
    );
    if (!result.ok) {
      progress.finish('refused');
      for (const problem of result.problems) log(describeProblem(problem));
      throw new Error(`${file.name} was refused: ${result.problems.length + result.moreProblems} problems.`);
    }
    progress.finish(`${result.rows} rows, ${result.entities} entities, ${result.links} links`);
    total.rows += result.rows;
    total.entities += result.entities;
    total.links += result.links;
  }
  const seconds = (Date.now() - started) / 1000;
  log(`Loaded synthetic case data (${scale}, seed ${seed}): ${total.rows} rows, ${total.entities} entities, ${total.links} links in ${seconds.toFixed(1)} s (${Math.round(total.rows / seconds)} rows/s).`);
  return { ...total, seconds };
}

async function main(args: string[]): Promise<number> {
  const db = new Db(neo4jConnection());
  try {
    await applySchema(db);
    if (args.includes('--remove')) {
      await removeSynthetic(db);
      return 0;
    }
    const scale = (option(args, '--scale') ?? 'small') as Scale;
    if (!(scale in SCALES)) {
      console.error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
      return 2;
    }
    const seed = Number(option(args, '--seed') ?? 1);
    if (!Number.isInteger(seed) || seed < 0) {
      console.error('--seed must be a whole number');
      return 2;
    }
    const dir = path.resolve(option(args, '--out') ?? path.join(ROOT, '.data/synthetic', `${scale}-seed${seed}`));
    if (args.includes('--files-only')) {
      for (const file of generateSynthetic(scale, seed)) {
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, file.name), file.csv);
        fs.writeFileSync(path.join(dir, file.name.replace(/\.csv$/, '.yaml')), file.mapping);
      }
      console.log(`Wrote the files to ${dir}; nothing loaded.`);
      return 0;
    }
    await loadSynthetic(db, scale, seed, dir);
    return 0;
  } finally {
    await db.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await runCli(main);
