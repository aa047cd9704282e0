/**
 * A small static file server for the built site, on 127.0.0.1 only. It serves
 * dist/ as a static host would: directory indexes, the 404 page, and the
 * headers file.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.ics': 'text/calendar; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  port?: number;
  /** Apply the site's _headers file (default). Off only to prove a page is safe without its policy. */
  headers?: boolean;
}

export async function serveDist(root: string, { port = 0, headers = true }: ServeOptions = {}): Promise<RunningServer> {
  const base = resolve(root);
  // Apply the site's own _headers file, as a static host would, so tests run under its policy.
  const headersPath = join(base, '_headers');
  const rules = headers && existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const notFoundPages = notFoundRules(base);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      // A language's own "not found" page, as dist/_redirects tells a host; else /404.html.
      const own = notFoundPages.find((rule) => path.startsWith(rule.prefix));
      file = own ? join(base, own.page, 'index.html') : join(base, '404.html');
    }
    res.writeHead(status, { ...headersFor(rules, path), 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The "/he/*  /he/404/  404" lines of dist/_redirects: which page a host serves for a missing address under a prefix. */
function notFoundRules(base: string): { prefix: string; page: string }[] {
  const file = join(base, '_redirects');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([from, to, status]) => from?.endsWith('/*') && to && status === '404')
    .map(([from, to]) => ({ prefix: from!.slice(0, -1), page: to! }));
}
