/**
 * npm run ingest -- <file> --title <title> [--publisher <name>] [--date YYYY[-MM[-DD]]]
 *                   [--type <document type>] [--marking RESTRICTED] [--as <user name>]
 *
 * Ingests a document (.txt, .md, .html, .pdf) as a Source: its text, the known entities it
 * names (MENTIONED_IN with offsets and sentences) and the candidates it proposes, for review in
 * the explorer or the API. The same text again changes nothing; a file that cannot be read is
 * refused and nothing is written. --as ingests under that user's clearance (default: the
 * command line has full clearance, like the database it talks to).
 */
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { runCli } from '../../neo4j/scripts/runtime-errors.ts';
import { applySchema } from '../../seed/load.ts';
import { ingestDocument } from '../ingest/ingest-document.ts';
import { option, withDatabaseAs } from './cli-args.ts';
import { ProgressLine } from './progress-line.ts';

const VALUED = ['--title', '--publisher', '--date', '--type', '--marking', '--as'];
const USAGE = 'Usage: npm run ingest -- <file> --title <title> [--publisher <name>] [--date YYYY-MM-DD] [--type <document type>] [--marking RESTRICTED] [--as <user name>]';

async function main(args: string[]): Promise<number> {
  const file = args.find((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1] ?? ''));
  const title = option(args, '--title');
  if (!file || !title) {
    console.error(USAGE);
    return 2;
  }
  if (!fs.existsSync(file)) {
    console.error(`${file}: no such file`);
    return 2;
  }
  return withDatabaseAs(args, async (db, as) => {
    await applySchema(db);
    const progress = new ProgressLine(path.basename(file), 'parts');
    const phases = { reading: 'reading the file', matching: 'matching paragraphs', writing: 'writing mentions', done: 'done' } as const;
    try {
      const result = await ingestDocument(
        db,
        as,
        { file: path.basename(file), content: new Uint8Array(fs.readFileSync(file)), title, publisher: option(args, '--publisher'), date: option(args, '--date'), documentType: option(args, '--type'), marking: option(args, '--marking') },
        (phase, done, total) => progress.update(phases[phase], done, total),
      );
      progress.finish(result.created
        ? `ingested as ${result.sourceId}: ${result.mentionCount} mentions of ${result.mentionedEntityCount} entities, ${result.candidateCount} candidates for review (${result.languages.join(', ')})`
        : `already there as ${result.sourceId} (same text): nothing written`);
      return 0;
    } catch (error) {
      if (error instanceof GraphQLError) {
        progress.finish('refused, nothing written');
        console.error(error.message);
        return 1;
      }
      throw error;
    }
  });
}

await runCli(main);
