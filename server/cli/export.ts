/**
 * npm run export -- (--source <source id> | --ids a,b,c [--depth 0|1|2]) --format csv|graphml|gexf --out <dir or file> [--as <user name>]
 *
 * Exports what the user may see of a whole import (every entity and link whose provenance cites
 * its source, e.g. import-r-synthetic-case-data), of a selection of entities (with the links
 * among them), or of a selection grown by some hops. CSV writes the import's own files and
 * mappings into the directory --out (import them again in the order README.txt lists); GraphML
 * and GEXF write one file (--out a file, or a directory to write <scope>.<format> into).
 * --as exports under that user's clearance (default: the command line has full clearance).
 */
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../neo4j/scripts/runtime-errors.ts';
import { EXPORT_FORMATS, exportCase, type ExportFormat } from '../case-export/case-export.ts';
import { ExportScopeError, type ExportScope } from '../case-export/export-reading.ts';
import { option, withDatabaseAs } from './cli-args.ts';
import { ProgressLine } from './progress-line.ts';

const USAGE = 'Usage: npm run export -- (--source <source id> | --ids a,b,c [--depth 0|1|2]) --format csv|graphml|gexf --out <dir or file> [--as <user name>]';


async function main(args: string[]): Promise<number> {
  const source = option(args, '--source');
  const ids = option(args, '--ids');
  const format = (option(args, '--format') ?? '').toLowerCase() as ExportFormat;
  const out = option(args, '--out');
  if (!out || Boolean(source) === Boolean(ids) || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    console.error(USAGE);
    return 2;
  }
  const depth = Number(option(args, '--depth') ?? 0);
  const scope: ExportScope = source ? { source } : { ids: ids!.split(','), depth };
  return withDatabaseAs(args, async (db, as) => {
    const progress = new ProgressLine(source ?? 'selection', 'records');
    let result;
    try {
      result = await exportCase(db, as, scope, format, { onProgress: (p) => progress.update(`reading ${p.phase}`, p.done, p.total) });
    } catch (error) {
      if (error instanceof ExportScopeError) {
        progress.finish('nothing exported');
        console.error(error.message);
        return 1;
      }
      throw error;
    }
    const toDirectory = format === 'csv' || (fs.existsSync(out) && fs.statSync(out).isDirectory());
    const written: string[] = [];
    if (toDirectory) fs.mkdirSync(out, { recursive: true });
    else fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    for (const file of result.files) {
      const target = toDirectory ? path.join(out, file.name) : out;
      fs.writeFileSync(target, file.text);
      written.push(target);
    }
    progress.finish(`${result.entities} entities and ${result.links} links written to ${toDirectory ? `${out} (${written.length} files)` : out}`);
    for (const note of result.notes) console.log(note);
    if (format === 'csv') console.log(`Import them again in the order ${path.join(out, 'README.txt')} lists.`);
    return 0;
  });
}

await runCli(main);
