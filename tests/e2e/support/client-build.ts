/**
 * The e2e tests drive the built explorer (client/dist, served by the API server). It is rebuilt
 * with `npm run build` when missing or older than any source it is built from.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BUILT = path.join(ROOT, 'client/dist/index.html');
/** What the bundle is made of: the client (minus its output and benchmark) and the domain model. */
const SOURCES = [path.join(ROOT, 'client'), path.join(ROOT, 'server/domain')];
const SKIP = new Set([path.join(ROOT, 'client/dist'), path.join(ROOT, 'client/bench')]);

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (SKIP.has(full)) continue;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function ensureClientBuilt(): void {
  const built = fs.existsSync(BUILT) ? fs.statSync(BUILT).mtimeMs : 0;
  if (built >= Math.max(...SOURCES.map(newestSource))) return;
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
}

export const SCREENSHOTS = path.join(ROOT, 'test-results/e2e');
