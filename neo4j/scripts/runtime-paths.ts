import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the local Neo4j runtime lives: everything under neo4j/runtime is git-ignored. */
export const NEO4J_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MAVEN_DIR = path.join(NEO4J_DIR, 'maven');
export const CONF_TEMPLATE = path.join(NEO4J_DIR, 'conf', 'neo4j.conf.template');
export const RUNTIME_DIR = path.join(NEO4J_DIR, 'runtime');
export const LIB_DIR = path.join(RUNTIME_DIR, 'lib');
export const PLUGINS_DIR = path.join(RUNTIME_DIR, 'plugins');
export const PLUGINS_STAGING_DIR = path.join(RUNTIME_DIR, 'plugins-staging');
export const SERVER_ARTIFACTS = path.join(RUNTIME_DIR, 'server-artifacts.txt');
export const INSTALL_STAMP = path.join(RUNTIME_DIR, 'installed.json');
/** The user's own server: its data survives restarts. */
export const DEFAULT_INSTANCE_DIR = path.join(RUNTIME_DIR, 'instances', 'default');

export const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
export const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';
