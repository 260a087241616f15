/**
 * Finds the Chromium the end-to-end tests drive, and on a fresh Debian or Ubuntu machine installs
 * it: CHROMIUM_PATH if set, else the first of /usr/bin/chromium, /usr/bin/chromium-browser or
 * `chromium` / `chromium-browser` on PATH. When none is there and this process runs as root with
 * apt-get, it installs Debian's `chromium` package (apt-get's progress shown) and says so; else
 * it stops with one message that says exactly what to run. No browser is downloaded from
 * anywhere but the system's package sources.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const ON_PATH = ['chromium', 'chromium-browser'];

const executable = (file: string) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && executable(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

function find(): string | null {
  for (const file of CANDIDATES) if (executable(file)) return file;
  for (const name of ON_PATH) {
    const found = onPath(name);
    if (found) return found;
  }
  return null;
}

const HOW = 'Install it with `sudo apt-get install -y chromium` (Debian, Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome executable, then run the tests again.';

let resolved: string | undefined;

/** The Chromium executable, installed first if this machine has none and can install it. */
export function chromiumPath(): string {
  if (resolved) return resolved;
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!executable(configured)) throw new Error(`CHROMIUM_PATH is ${configured}, which is not an executable file. ${HOW}`);
    return (resolved = configured);
  }
  const found = find();
  if (found) return (resolved = found);
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !onPath('apt-get')) {
    throw new Error(`The end-to-end tests need Chromium, and none was found (${[...CANDIDATES, ...ON_PATH].join(', ')}). ${HOW}`);
  }
  console.log('[e2e] No Chromium found: installing the Debian package `chromium` with apt-get (once; this takes a few minutes)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (result.status !== 0) throw new Error(`\`apt-get ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}). ${HOW}`);
  }
  const installed = find();
  if (!installed) throw new Error(`apt-get installed chromium, but no executable appeared at ${CANDIDATES.join(' or ')}. ${HOW}`);
  const version = execFileSync(installed, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`[e2e] Installed ${version} at ${installed} (apt-get install chromium fonts-dejavu-core).`);
  return (resolved = installed);
}
