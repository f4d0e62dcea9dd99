// Sends one file of `serve` (an app file or graph.json) as a stream: never read whole, so
// memory stays flat however many clients fetch a big graph at once. Validators (ETag,
// Last-Modified) answer 304 to a client that has it; gzip or brotli when the client takes
// them; files whose names carry a content hash are cached as immutable.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

/** Smaller bodies are sent as they are: compression would save nothing worth the work. */
const MIN_COMPRESS_BYTES = 1024;
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml|manifest\+json)|image\/svg\+xml)/;
/** Vite's asset names: `index-B3xK9q_a.js` (a content hash of 8 or more characters before the extension). */
const HASHED_ASSET = /^\/assets\/.+[-.][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

export type Encoding = 'br' | 'gzip' | 'identity';

/** The best encoding the client accepts (RFC 9110 Accept-Encoding, q=0 refuses). */
export function chooseEncoding(header: string | undefined): Encoding {
  if (!header) return 'identity';
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    if (name) accepted.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const weight = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return 'identity';
}

/** How long a client may keep a file: hashed assets forever, everything else revalidated. */
function cacheControl(urlPath: string): string {
  return HASHED_ASSET.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function etagOf(size: number, mtimeMs: number): string {
  return `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
}

function notModified(req: IncomingMessage, etag: string, mtimeMs: number): boolean {
  const match = req.headers['if-none-match'];
  if (match !== undefined) return match.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
  const since = req.headers['if-modified-since'];
  if (since === undefined) return false;
  const time = Date.parse(since);
  return Number.isFinite(time) && Math.floor(mtimeMs / 1000) * 1000 <= time;
}

export interface SendFileOptions {
  /** URL path (decides immutability). */
  urlPath: string;
  contentType: string;
  head: boolean;
  /** Headers every answer carries (security headers). */
  headers: Record<string, string>;
}

/**
 * Send `file` as the answer; resolves to false (nothing sent) when it is not a readable
 * regular file, so the caller can answer 404.
 */
export async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, options: SendFileOptions): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return false;
  const etag = etagOf(info.size, info.mtimeMs);
  const common = {
    ...options.headers,
    ETag: etag,
    'Last-Modified': new Date(info.mtimeMs).toUTCString(),
    'Cache-Control': cacheControl(options.urlPath),
    Vary: 'Accept-Encoding',
  };
  if (notModified(req, etag, info.mtimeMs)) {
    res.writeHead(304, common);
    res.end();
    return true;
  }
  const compressible = COMPRESSIBLE.test(options.contentType) && info.size >= MIN_COMPRESS_BYTES;
  const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : 'identity';
  const headers: Record<string, string> = { ...common, 'Content-Type': options.contentType };
  if (encoding === 'identity') headers['Content-Length'] = String(info.size);
  else headers['Content-Encoding'] = encoding;
  res.writeHead(200, headers);
  if (options.head) {
    res.end();
    return true;
  }
  const source = createReadStream(file);
  try {
    if (encoding === 'identity') await pipeline(source, res);
    else {
      // Brotli's default quality (11) takes seconds a megabyte; 4 compresses about as well as gzip, faster.
      const compress = encoding === 'br' ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) : createGzip();
      await pipeline(source, compress, res);
    }
  } catch {
    // The client went away or the file vanished midway: the response is already cut.
    res.destroy();
  }
  return true;
}

/** Whether the request carries more than one Host header (RFC 9112 §3.2: answer 400). */
export function hasDuplicateHost(req: IncomingMessage): boolean {
  let count = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]!.toLowerCase() === 'host') count++;
  return count > 1;
}
