// A tiny node:http server for the built map: serves the files of the built web app and
// one graph file as /graph.json, nothing else. Request paths are looked up in a table of
// the app's files (never joined onto the disk path), so traversal has nothing to reach.
// Must not serve directory listings, follow user paths on disk, or run inline scripts.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readdir, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, sep } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { ownSignals } from './interrupt.js';
import { hasDuplicateHost, sendFile } from './static-files.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4173;

export interface ServeOptions {
  /** Directory of the built web app (holds index.html). */
  appDir: string;
  /** The graph.json to serve at /graph.json. */
  graphFile: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Answers GET /api/... (src/io/api.ts); without it those paths are 404. */
  api?: ApiHandler;
}

/** The JSON answer to an API URL (path and query), or undefined when the URL is not the API's. */
export interface ApiHandler {
  answer(url: string): { status: number; body: unknown } | undefined;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  close: () => Promise<void>;
  /** Resolves when the server has closed. */
  closed: Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * No inline scripts or eval. `worker-src blob:` because graphology's ForceAtlas2
 * worker is started from a Blob URL; `style-src 'unsafe-inline'` is not granted.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The app-relative path a request asks for ("/" -> "/index.html"), or undefined when the
 * path is not a plain one: dot segments, encoded dots or slashes, backslashes, NUL.
 */
export function requestPath(rawUrl: string): string | undefined {
  const path = rawUrl.split(/[?#]/, 1)[0] ?? '';
  if (!path.startsWith('/') || path.startsWith('//')) return undefined;
  if (/%(2e|2f|5c|00)/i.test(path) || /[\\\0]/.test(path)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (/[\\\0]/.test(decoded)) return undefined;
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '.' || s === '..')) return undefined;
  return decoded === '/' ? '/index.html' : decoded;
}

/** Every file under `dir`, keyed by its URL path ("/assets/index-abc.js"). */
async function listFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files.set('/' + relative(dir, full).split(sep).join('/'), full);
  }
  return files;
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** 127.x.x.x, ::1 or localhost. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/** On a loopback bind, only loopback Host headers: a DNS-rebinding page cannot read the graph. */
function hostAllowed(req: IncomingMessage, boundHost: string): boolean {
  if (!isLoopback(boundHost)) return true;
  const header = req.headers.host ?? '';
  const name = header.replace(/:\d+$/, '').toLowerCase();
  return LOOPBACK_NAMES.has(name);
}

function send(res: ServerResponse, status: number, type: string, body: Buffer | string, head: boolean): void {
  const data = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': String(data.length),
    'Cache-Control': 'no-cache',
  });
  res.end(head ? undefined : data);
}

/** The API's answer as JSON when the URL is the API's; false otherwise. */
function serveApi(api: ApiHandler, req: IncomingMessage, res: ServerResponse, head: boolean): boolean {
  const answer = api.answer(req.url ?? '/');
  if (!answer) return false;
  send(res, answer.status, 'application/json; charset=utf-8', `${JSON.stringify(answer.body)}\n`, head);
  return true;
}

/** Start serving; rejects with a UsageError when the port is taken or not allowed. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  const indexFile = join(options.appDir, 'index.html');
  const ok = await stat(indexFile).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!ok) {
    throw new InputError(`the web app is not built: ${indexFile} is missing (run \`npx vite build\` first)`);
  }
  let files = await listFiles(options.appDir);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.setHeader('Allow', 'GET, HEAD');
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', head);
      return;
    }
    if (hasDuplicateHost(req)) {
      send(res, 400, 'text/plain; charset=utf-8', 'Bad request: more than one Host header\n', head);
      return;
    }
    if (!hostAllowed(req, host)) {
      send(res, 421, 'text/plain; charset=utf-8', 'Misdirected request\n', head);
      return;
    }
    if (options.api && serveApi(options.api, req, res, head)) return;
    const path = requestPath(req.url ?? '');
    const sendOptions = (urlPath: string) => ({ urlPath, contentType: contentType(urlPath), head, headers: SECURITY_HEADERS });
    // The overview a build writes beside a big graph.json (src/io/overview-file.ts), which the
    // map opens first; without one, 204 No Content: the map reads graph.json, and the
    // browser logs no failed request.
    if (path === '/overview.json') {
      if (!(await sendFile(req, res, join(dirname(options.graphFile), 'overview.json'), sendOptions(path)))) {
        res.writeHead(204, SECURITY_HEADERS);
        res.end();
      }
      return;
    }
    if (path === '/graph.json') {
      // Streamed from disk (static-files.ts): a big graph is never held in memory per request.
      if (!(await sendFile(req, res, options.graphFile, sendOptions(path)))) {
        send(res, 404, 'text/plain; charset=utf-8', 'No graph.json: run papergraph build first\n', head);
      }
      return;
    }
    let file = path === undefined ? undefined : files.get(path);
    if (path !== undefined && file === undefined && path.startsWith('/assets/')) {
      files = await listFiles(options.appDir); // the app may have been rebuilt since start
      file = files.get(path);
    }
    if (path === undefined || file === undefined || !(await sendFile(req, res, file, sendOptions(path)))) {
      send(res, 404, 'text/plain; charset=utf-8', 'Not found\n', head);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error\n', false);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new UsageError(`port ${port} on ${host} is already in use: stop the other server or choose another with --port`));
      } else if (error.code === 'EACCES') {
        reject(new UsageError(`not allowed to listen on ${host}:${port}: choose a port above 1023 with --port`));
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(new UsageError(`cannot listen on host "${host}": no such local address`));
      } else {
        reject(error);
      }
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });

  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  const closed = new Promise<void>((resolve) => server.once('close', () => resolve()));
  return {
    url: `http://${urlHost}:${actualPort}/`,
    host,
    port: actualPort,
    closed,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Close the server on Ctrl-C or SIGTERM; resolves to the signal once it is closed. Under the
 * CLI the signal is taken over from its handler (interrupt.ts), so stopping a server is not
 * reported as an interrupted write; called elsewhere, it listens to the signals itself.
 */
export async function serveUntilInterrupted(server: RunningServer): Promise<NodeJS.Signals | undefined> {
  let received: NodeJS.Signals | undefined;
  const stop = (signal: NodeJS.Signals) => {
    received = signal;
    void server.close();
  };
  const release = ownSignals(stop);
  const cliHandles = process.listenerCount('SIGINT') > 0;
  if (!cliHandles) {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
  await server.closed;
  release();
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  return received;
}
