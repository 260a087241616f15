/**
 * The request body limit of the API routes, checked on the socket before anything parses the
 * body: a declared Content-Length over the limit is refused at once, a chunked body as soon as
 * the bytes received pass it. Refused requests get 413 with a JSON error; the rest of their
 * body is read and dropped (not kept), and the connection is closed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Bytes a request body to /graphql or /auth/* may have. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Bytes a request body to the upload route, POST /graphql?upload=csv, may have: a CSV import
 * (checkImport, startImport) or a document to ingest (ingestDocument); server/operation-limits.ts
 * refuses anything else sent there. Only
 * requests that present a credential (a bearer token or a cookie) get it; the gate then checks
 * the credential, the analyst role and CSRF exactly as for /graphql.
 */
export const MAX_UPLOAD_BODY_BYTES = 50 * 1024 * 1024;

/** The body limit of a request: the upload route's for a credentialed POST to it, else MAX_BODY_BYTES. */
export function bodyLimitOf(req: IncomingMessage): number {
  const url = req.url ?? '';
  const upload = req.method === 'POST' && /^\/graphql\?(?:[^#]*&)?upload=csv(?:&|$)/.test(url);
  const credentialed = req.headers.authorization !== undefined || req.headers.cookie !== undefined;
  return upload && credentialed ? MAX_UPLOAD_BODY_BYTES : MAX_BODY_BYTES;
}

/** A client that keeps sending after its 413 has its connection cut after this many more bytes. */
const MAX_DISCARDED_BYTES = 16 * MAX_BODY_BYTES;

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function refuse(req: IncomingMessage, res: ServerResponse, limit: number): void {
  const body = JSON.stringify({ errors: [{ message: `The request body is larger than ${limit} bytes (${megabytes(limit)}): send less, or split the request.`, extensions: { code: 'BAD_USER_INPUT', limit } }] });
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close' });
  res.end(body);
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > MAX_DISCARDED_BYTES) req.socket.destroy();
  });
  req.resume();
}

/**
 * Reads the body of req into req.body (a Buffer, which the GraphQL server then uses instead of
 * the stream) when it is within limit. Resolves false when it answered 413 instead.
 */
export function bufferBodyWithin(req: IncomingMessage, res: ServerResponse, limit = MAX_BODY_BYTES): Promise<boolean> {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return Promise.resolve(true);
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (declared > limit) {
    refuse(req, res, limit);
    return Promise.resolve(false);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      cleanup();
      chunks.length = 0;
      refuse(req, res, limit);
      resolve(false);
    };
    const onEnd = () => {
      cleanup();
      (req as IncomingMessage & { body?: Buffer }).body = Buffer.concat(chunks, size);
      resolve(true);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
