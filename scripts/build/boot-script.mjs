// Moves the inline start-up script Trunk writes into a page out to a file beside it, so the built
// app runs under a strict Content-Security-Policy (`script-src 'self'`: no inline scripts).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { contentName } from './content-names.mjs';

/** Moves `page`'s inline module script to `<stem>-<hash>.js` beside it (named finally later). */
export async function externaliseBoot(page, stem) {
  const html = await readFile(page, 'utf8');
  const inline = /<script type="module">([\s\S]*?)<\/script>/;
  const match = html.match(inline);
  if (!match) throw new Error(`${page}: no inline module script found; was the page built by Trunk?`);
  const script = `${match[1].trim()}\n`;
  const name = contentName(stem, '.js', script);
  await writeFile(join(dirname(page), name), script);
  await writeFile(page, html.replace(inline, `<script type="module" src="./${name}"></script>`));
}
