// Moves the inline start-up script Trunk writes into a page out to a file beside it, so the built
// app runs under a strict Content-Security-Policy (`script-src 'self'`: no inline scripts). The
// file is named by its content (`boot-0123456789abcdef.js`), like every file Trunk writes, so a
// new release's page never runs an earlier release's start-up script from a cache.
// Usage: node scripts/externalise-boot.mjs dist/index.html boot
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const [page, stem] = process.argv.slice(2);
const html = await readFile(page, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  console.error(`${page}: no inline module script found; was the page built by Trunk?`);
  process.exit(1);
}
const script = `${match[1].trim()}\n`;
const scriptName = `${stem}-${createHash('sha256').update(script).digest('hex').slice(0, 16)}.js`;
await writeFile(join(dirname(page), scriptName), script);
await writeFile(page, html.replace(inline, `<script type="module" src="./${scriptName}"></script>`));
