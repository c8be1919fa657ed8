// A tiny static file server for the built dist/, so end-to-end tests need nothing beyond Node.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { CONTENT_NAMED_PATH } from '../../../scripts/build/content-names.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * A name made from the file's content (`app-0123456789abcdef.css`; Trunk writes its hash without
 * leading zeros, so it may be shorter than 16 digits): what it holds never changes.
 */
const HASHED = CONTENT_NAMED_PATH;

/**
 * The precompressed copy of `file` the client accepts (`scripts/build/precompress.mjs` writes them):
 * brotli before gzip; none when the client accepts neither or the copy is missing.
 */
async function precompressedCopy(file, acceptEncoding = '') {
  const accepted = acceptEncoding.split(',').map((part) => part.trim().split(';')[0]);
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accepted.includes(encoding)) continue;
    try {
      return { encoding, body: await readFile(file + suffix) };
    } catch {
      // Not written for this file: try the next encoding.
    }
  }
  return null;
}

/**
 * Serves `root` on localhost (a free port unless `port` is given); `headers` go on every response.
 * With `precompressed`, files are sent as their `.br` or `.gz` copies where the client accepts
 * them (`Content-Encoding`, `Vary: Accept-Encoding`), content-hashed files are cached for a year
 * as immutable and everything else is revalidated (`no-cache`, with an ETag) — as a host should serve them.
 */
export async function serveDirectory(root, headers = {}, port = 0, { precompressed = false } = {}) {
  const base = resolve(root);
  // Every request answered, with the bytes of the body sent, for tests that count them.
  const sent = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const end = response.end.bind(response);
    response.end = (body, ...rest) => {
      sent.push({ path, bytes: body?.length ?? 0 });
      return end(body, ...rest);
    };
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (!precompressed) {
        const body = await readFile(file);
        response.writeHead(200, { ...type, ...headers });
        response.end(body);
        return;
      }
      const copy = await precompressedCopy(file, request.headers['accept-encoding']);
      // A revalidated file that has not changed is answered "not modified", as nginx does, so a
      // second fetch of a page (the service worker's, when it installs) costs no body.
      const tag = `"${(await stat(file)).mtimeMs.toString(36)}-${copy?.encoding ?? 'identity'}"`;
      const caching = { 'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache', vary: 'Accept-Encoding', etag: tag };
      if (request.headers['if-none-match'] === tag) {
        response.writeHead(304, { ...caching, ...headers });
        response.end();
        return;
      }
      const encoding = copy ? { 'content-encoding': copy.encoding } : {};
      response.writeHead(200, { ...type, ...caching, ...encoding, ...headers });
      response.end(copy ? copy.body : await readFile(file));
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  return { url: `http://127.0.0.1:${address.port}/`, sent, close: () => new Promise((done) => server.close(done)) };
}
