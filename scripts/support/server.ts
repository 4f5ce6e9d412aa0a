/**
 * Serves the built site on 127.0.0.1 the way a static host does (`/stalkerware` → `stalkerware.html`,
 * `/es` → `es/index.html`, unknown paths → `404.html` with status 404). No network beyond loopback.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type {AddressInfo} from 'node:net';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

// BUILD_DIR serves another build (a benchmark's copy, say) to the same tests.
export const buildDir = process.env.BUILD_DIR ? path.resolve(process.env.BUILD_DIR) : path.resolve(__dirname, '../../build');

/** The file a static host would answer a path with, or undefined. */
function resolveBuildFile(root: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!).replace(/\/+$/, '');
  const candidates = [clean, `${clean}.html`, path.posix.join(clean, 'index.html')];
  for (const candidate of candidates) {
    const file = path.join(root, candidate);
    if (!file.startsWith(root)) return undefined;
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return undefined;
}

/** The origin a build's canonical URLs point at (SITE_URL when it was built), or undefined if it has none. */
export function builtOrigin(root: string): string | undefined {
  const html = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
  // The HTML is minified: attribute quotes may be gone.
  const href = /<link[^>]+rel="?canonical"?[^>]+href="?([^"\s>]+)/.exec(html)?.[1];
  return href ? new URL(href).origin : undefined;
}

export type SiteServer = {origin: string; close: () => Promise<void>};

type ServeOptions = {
  /** 0 picks a free one; the benchmark names one so that a build can carry the origin it will be served on. */
  port?: number;
  /** Gzip text responses, as static hosts do: Lighthouse's simulated network then sees the bytes a reader gets. */
  gzip?: boolean;
  /** The Cache-Control to send for an address (none when it returns undefined), as the host would. */
  cacheControl?: (urlPath: string) => string | undefined;
};

export async function serveBuild(root = buildDir, {port = 0, gzip = false, cacheControl}: ServeOptions = {}): Promise<SiteServer> {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No built site in ${root}: run \`npm run build\` first.`);
  }
  const server = http.createServer((request, response) => {
    const file = resolveBuildFile(root, request.url ?? '/');
    const status = file ? 200 : 404;
    // Each locale's own "page not found", as the shipped nginx config does.
    const locale = /^\/(es|fr|ar)(?:\/|$)/.exec(request.url ?? '')?.[1];
    const served = file ?? path.join(root, locale ?? '', '404.html');
    const type = types[path.extname(served)] ?? 'application/octet-stream';
    const compress = gzip && /^(text|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    const cache = cacheControl?.(request.url ?? '/');
    response.writeHead(status, {
      'content-type': type,
      ...(compress ? {'content-encoding': 'gzip', vary: 'Accept-Encoding'} : {}),
      ...(cache ? {'cache-control': cache} : {}),
    });
    const body = fs.createReadStream(served);
    (compress ? body.pipe(zlib.createGzip()) : body).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
