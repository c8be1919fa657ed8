// Joins the stylesheets a page links into one file, in the page's order, so the cascade is the
// same. On the survey page every stylesheet blocks the first paint: on a phone each is a request
// of its own, and when one arrives before the other the browser lays the page out twice (measured
// on the phone profile: one layout pass and one request fewer). The separate files stay in dist/
// for the pages and hosts that link them.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { contentName } from './content-names.mjs';

/** Joins `page`'s stylesheets into `<name>-<hash>.css` and links that instead. */
export async function joinStyles(page, name) {
  const dir = dirname(page);
  const html = await readFile(page, 'utf8');
  const tags = html.match(/<link\b[^>]*\brel="stylesheet"[^>]*>/g) ?? [];
  if (tags.length < 2) throw new Error(`${page}: expected two or more stylesheets to join, found ${tags.length}`);
  const parts = [];
  for (const tag of tags) {
    const href = /href="\.?\/?([^"]+)"/.exec(tag)?.[1];
    if (!href || href.includes('/') || href.includes(':')) throw new Error(`${page}: a stylesheet not in ${dir}/: ${tag}`);
    parts.push(await readFile(join(dir, href), 'utf8'));
  }
  // Each file ends its own rules; a newline between them keeps a last rule without one apart.
  const joined = parts.join('\n');
  const file = contentName(name, '.css', joined);
  await writeFile(join(dir, file), joined);
  // The first link becomes the joined file's (its integrity hash is written with the names), the rest go.
  let updated = html.replace(tags[0], `<link rel="stylesheet" href="./${file}" integrity="sha384-">`);
  for (const tag of tags.slice(1)) updated = updated.replace(new RegExp(`[ \\t]*${escape(tag)}\\n?`), '');
  await writeFile(page, updated);
  return `${page}: ${tags.length} stylesheets joined into ${file}`;
}

/** `text` matched literally in a regular expression. */
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
