// Serves dist/ on http://127.0.0.1:8080/ (or the port given) until stopped, as a host should: the
// precompressed copies the build writes (brotli or gzip, whichever the browser accepts), hashed
// files cached as immutable, pages revalidated.
import { serveDirectory } from '../tests/e2e/support/server.mjs';

const port = Number(process.argv[2] ?? 8080);
const server = await serveDirectory('dist', {}, port, { precompressed: true });
console.log(`Partnership Pulse: survey at ${server.url}  set-up at ${server.url}setup.html  dashboard at ${server.url}dashboard.html  (Ctrl+C to stop)`);
