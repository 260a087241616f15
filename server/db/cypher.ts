/**
 * Named Cypher queries: every cypher/queries/<area>/<verb-noun>.cypher file, loaded once.
 * q('graph/neighbourhood') returns the text; an unknown name is a programming error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');
const QUERIES_DIR = path.join(CYPHER_DIR, 'queries');

function loadQueries(): Map<string, string> {
  const queries = new Map<string, string>();
  for (const entry of fs.readdirSync(QUERIES_DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.cypher')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const name = path.relative(QUERIES_DIR, file).replace(/\.cypher$/, '').split(path.sep).join('/');
    queries.set(name, fs.readFileSync(file, 'utf8'));
  }
  return queries;
}

let cache: Map<string, string> | undefined;

export function q(name: string): string {
  cache ??= loadQueries();
  const text = cache.get(name);
  if (text === undefined) throw new Error(`Unknown Cypher query "${name}" (no cypher/queries/${name}.cypher)`);
  return text;
}

export function queryNames(): string[] {
  cache ??= loadQueries();
  return [...cache.keys()].sort();
}

/** The generated schema statements (constraints and indexes), one per line ending in ';'. */
export function schemaStatementsFromFile(): string[] {
  const text = fs.readFileSync(path.join(CYPHER_DIR, 'schema', 'schema.cypher'), 'utf8');
  return text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('//')).map((l) => l.replace(/;$/, ''));
}
