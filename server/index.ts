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
import { bodyLimitOf, bufferBodyWithin } from './body-limit.ts';
import type { Db } from './db/driver.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

export const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../client/dist');
const API_PATHS = ['/graphql', '/health', '/ready', '/auth'];

export interface ServerOptions {
  db: Db;
  host: string;
  port: number;
  config?: Partial<AppConfig>;
  clientDir?: string;
}

export async function startServer({ db, host, port, config = {}, clientDir = CLIENT_DIST }: ServerOptions) {
  const app = createApp({ db, config });
  const serveClient = fs.existsSync(path.join(clientDir, 'index.html'))
    ? sirv(clientDir, { single: true, etag: true, gzip: false, dev: false, setHeaders: (res) => {
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    } })
    : undefined;
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    // Everything under the API paths goes to the app, whose gate answers 404 for what it does not know.
    if (API_PATHS.some((p) => url === p || url.startsWith(`${p}?`) || url.startsWith(`${p}/`)) || !serveClient) {
      // The body limit (1 MB; 50 MB for imports at /graphql?upload=csv) is checked on the
      // socket, before anything parses the body.
      void bufferBodyWithin(req, res, bodyLimitOf(req)).then((within) => {
        if (within) void app(req, res);
      }, () => res.destroy());
      return;
    }
    serveClient(req, res, () => {
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
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
