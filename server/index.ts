/**
 * The HTTP server: the GraphQL API (/graphql, /health, /ready) and the explorer's built files
 * (client/dist) from one process.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { createApp, type AppConfig } from './app.ts';
import type { Db } from './db/driver.ts';

export const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../client/dist');
const API_PATHS = ['/graphql', '/health', '/ready', '/auth'];

export interface ServerOptions {
  db: Db;
  host: string;
  port: number;
  config?: Partial<AppConfig>;
  clientDir?: string;
}

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  // The explorer loads nothing from elsewhere; Cytoscape draws on canvas with inline styles.
  'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
};

export async function startServer({ db, host, port, config = {}, clientDir = CLIENT_DIST }: ServerOptions) {
  const app = createApp({ db, config });
  const serveClient = fs.existsSync(path.join(clientDir, 'index.html'))
    ? sirv(clientDir, { single: true, etag: true, gzip: false, dev: false, setHeaders: (res) => {
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    } })
    : undefined;
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (API_PATHS.some((p) => url === p || url.startsWith(`${p}?`) || url.startsWith(`${p}/`)) || !serveClient) {
      void app(req, res);
      return;
    }
    serveClient(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  server.requestTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
