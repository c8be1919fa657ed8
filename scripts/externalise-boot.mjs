// Moves the inline start-up script Trunk writes into a page out to a file beside it, so the built
// app runs under a strict Content-Security-Policy (`script-src 'self'`: no inline scripts).
// Usage: node scripts/externalise-boot.mjs dist/index.html boot.js
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const [page, scriptName] = process.argv.slice(2);
const html = await readFile(page, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  console.error(`${page}: no inline module script found; was the page built by Trunk?`);
  process.exit(1);
}
await writeFile(join(dirname(page), scriptName), `${match[1].trim()}\n`);
await writeFile(page, html.replace(inline, `<script type="module" src="./${scriptName}"></script>`));
