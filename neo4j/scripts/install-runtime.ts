import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { RuntimeSetupError } from './runtime-errors.ts';
import {
  INSTALL_STAMP,
  LIB_DIR,
  MAVEN_DIR,
  PLUGINS_DIR,
  PLUGINS_STAGING_DIR,
  RUNTIME_DIR,
  SERVER_ARTIFACTS,
} from './runtime-paths.ts';

const MIN_JAVA = 17;

/** The `java` to run: $JAVA_HOME/bin/java when set, else the one on PATH. */
export function javaExecutable(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

/** Fails with a clear message unless Java 17 or newer is available. */
export function checkJava(): number {
  const java = javaExecutable();
  const run = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new RuntimeSetupError(
      `Java was not found (tried "${java}").`,
      `Install Java ${MIN_JAVA} or newer (e.g. "apt-get install -y openjdk-17-jre-headless") or set JAVA_HOME to a JDK ${MIN_JAVA}+.`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${run.stderr}${run.stdout}`);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!(major >= MIN_JAVA)) {
    throw new RuntimeSetupError(
      `Java ${Number.isNaN(major) ? '(unknown version)' : major} is too old: Neo4j 5.26 needs Java ${MIN_JAVA} or newer.`,
      `Install Java ${MIN_JAVA}+ and put it first on PATH, or set JAVA_HOME to it.`,
    );
  }
  return major;
}

function pomDigest(): string {
  const hash = createHash('sha256');
  for (const pom of ['server.pom.xml', 'plugins.pom.xml']) {
    hash.update(fs.readFileSync(path.join(MAVEN_DIR, pom)));
  }
  return hash.digest('hex');
}

/** True when the jars for the current Maven descriptors are already on disk. */
export function isRuntimeInstalled(): boolean {
  try {
    const stamp = JSON.parse(fs.readFileSync(INSTALL_STAMP, 'utf8')) as { pomDigest?: string };
    return stamp.pomDigest === pomDigest() && fs.readdirSync(LIB_DIR).length > 0;
  } catch {
    return false;
  }
}

function runMaven(pom: string, log: (line: string) => void): void {
  const mvn = process.env.MAVEN_CMD ?? 'mvn';
  log(`Resolving ${pom} from Maven Central ...`);
  const run = spawnSync(mvn, ['-B', '-q', '-f', path.join(MAVEN_DIR, pom), 'package'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (run.error) {
    throw new RuntimeSetupError(
      `Maven ("${mvn}") could not be run: ${run.error.message}.`,
      'Install Apache Maven (e.g. "apt-get install -y maven") or set MAVEN_CMD to its path.',
    );
  }
  if (run.status !== 0) {
    const output = `${run.stdout}\n${run.stderr}`;
    const offline = /(Could not transfer|Unknown host|UnknownHost|Connection refused|timed out|Network is unreachable|offline)/i.test(output);
    const tail = output.trim().split('\n').slice(-15).join('\n');
    throw new RuntimeSetupError(
      offline
        ? 'Maven Central could not be reached to download Neo4j (first start needs the network once).'
        : `Maven failed to resolve ${pom}.`,
      offline
        ? 'Check the network or proxy settings for Maven (~/.m2/settings.xml), then run "npm run db:install" again.'
        : 'Read the Maven output below, fix the cause, then run "npm run db:install" again.',
      `Maven output (last lines):\n${tail}`,
    );
  }
}

function serverArtifactKeys(): Set<string> {
  const keys = new Set<string>();
  for (const line of fs.readFileSync(SERVER_ARTIFACTS, 'utf8').split('\n')) {
    const m = /^\s+([\w.-]+):([\w.-]+):jar:/.exec(line);
    if (m) keys.add(`${m[1]}:${m[2]}`);
  }
  return keys;
}

function jarsIn(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.jar')) found.push(path.join(entry.parentPath, entry.name));
  }
  return found;
}

/**
 * Copies plugin jars (repository layout in staging) into the flat plugins folder, leaving out
 * every group:artifact the server's lib already provides, so no class is loaded twice.
 */
function installPlugins(): number {
  const provided = serverArtifactKeys();
  fs.rmSync(PLUGINS_DIR, { recursive: true, force: true });
  fs.mkdirSync(PLUGINS_DIR, { recursive: true });
  let copied = 0;
  for (const jar of jarsIn(PLUGINS_STAGING_DIR)) {
    const versionDir = path.dirname(jar);
    const artifactDir = path.dirname(versionDir);
    const artifact = path.basename(artifactDir);
    const group = path.relative(PLUGINS_STAGING_DIR, path.dirname(artifactDir)).split(path.sep).join('.');
    if (provided.has(`${group}:${artifact}`)) continue;
    fs.copyFileSync(jar, path.join(PLUGINS_DIR, `${group}.${path.basename(jar)}`));
    copied++;
  }
  return copied;
}

/**
 * Downloads the Neo4j server and its plugins once; later calls reuse them (and work offline)
 * until the Maven descriptors change.
 */
export function installRuntime(log: (line: string) => void = console.log): void {
  checkJava();
  if (isRuntimeInstalled()) return;
  fs.mkdirSync(RUNTIME_DIR, { recursive: true });
  fs.rmSync(LIB_DIR, { recursive: true, force: true });
  fs.rmSync(PLUGINS_STAGING_DIR, { recursive: true, force: true });
  runMaven('server.pom.xml', log);
  runMaven('plugins.pom.xml', log);
  const plugins = installPlugins();
  fs.writeFileSync(
    INSTALL_STAMP,
    JSON.stringify({ pomDigest: pomDigest(), installedAt: new Date().toISOString() }, null, 2),
  );
  log(`Neo4j runtime installed: ${fs.readdirSync(LIB_DIR).length} server jars, ${plugins} plugin jars.`);
}
