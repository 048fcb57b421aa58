import { createReadStream, watch, type FSWatcher } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, extname, resolve, sep } from 'node:path';
import type { Lang } from '../i18n.js';
import { template, templateText } from '../render/templates.js';
import { pageTexts, PREVIEW_TEXT } from './messages.js';
import { PreviewDocument } from './state.js';

export interface PreviewOptions { port?: number; lang: Lang }

export interface PreviewServer { url: string; close(): Promise<void> }

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.gif': 'image/gif', '.webp': 'image/webp',
};

/** How long a burst of file events (an editor's write + rename) is let settle before re-checking. */
const SETTLE_MS = 40;

/**
 * `jusou preview`: an HTTP server on 127.0.0.1 only. It serves the page, its script and style, the
 * rendered document, the state as JSON, server-sent events on every save, and files of the plan's own
 * folder under /files/ (for figures); nothing else on the disk.
 */
export async function startPreview(planFile: string, options: PreviewOptions): Promise<PreviewServer> {
  const file = resolve(planFile);
  const folder = await realpath(dirname(file));
  const doc = new PreviewDocument(file, options.lang);
  await doc.refresh();
  const clients = new Set<ServerResponse>();
  const page = template('preview', 'page')({ lang: options.lang, t: PREVIEW_TEXT[options.lang], file: basename(file), json: JSON.stringify(pageTexts(options.lang)) });
  const assets: Record<string, [string, string]> = {
    '/preview.js': [templateText('preview', 'preview.js'), TYPES['.js']],
    '/preview.css': [templateText('preview', 'preview.css'), TYPES['.css']],
  };

  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const onChange = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        await doc.refresh();
        for (const c of clients) c.write(`event: update\ndata: ${doc.state.version}\n\n`);
      }).catch(() => {});
    }, SETTLE_MS);
  };
  // The folder, not the file: editors save by writing a new file and renaming it over the old one.
  const watcher: FSWatcher = watch(dirname(file), (_event, name) => { if (name === null || name === basename(file)) onChange(); });

  let port = 0;
  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => { if (!res.headersSent) res.writeHead(500); res.end(); });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only this machine's browser, by name: a page elsewhere that rebinds a DNS name to 127.0.0.1 is refused.
    if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) return void res.writeHead(421).end();
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (url.pathname === '/') return void res.writeHead(200, { ...headers, 'content-type': TYPES['.html'] }).end(page);
    const asset = assets[url.pathname];
    if (asset) return void res.writeHead(200, { ...headers, 'content-type': asset[1] }).end(asset[0]);
    if (url.pathname === '/document') {
      if (doc.html === undefined) return void res.writeHead(404, headers).end();
      return void res.writeHead(200, { ...headers, 'content-type': TYPES['.html'] }).end(doc.html);
    }
    if (url.pathname === '/state') return void res.writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(doc.state));
    if (url.pathname === '/events') {
      res.writeHead(200, { ...headers, 'content-type': 'text/event-stream', connection: 'keep-alive' });
      res.write(`retry: 500\nevent: update\ndata: ${doc.state.version}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (url.pathname.startsWith('/files/')) return serveFile(decodeURIComponent(url.pathname.slice('/files/'.length)), res, headers);
    res.writeHead(404, headers).end();
  }

  /** A file of the plan's folder (or below it), after links are resolved; anything outside is not found. */
  async function serveFile(rel: string, res: ServerResponse, headers: Record<string, string>): Promise<void> {
    let real: string;
    try { real = await realpath(resolve(folder, rel)); } catch { return void res.writeHead(404, headers).end(); }
    if (!real.startsWith(folder + sep)) return void res.writeHead(404, headers).end();
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream' });
    createReadStream(real).on('error', () => res.end()).pipe(res);
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => { server.off('error', fail); ok(); });
  }).catch((e) => { watcher.close(); throw e; });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      clearTimeout(timer);
      watcher.close();
      for (const c of clients) c.end();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
