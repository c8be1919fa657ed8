// Joins the stylesheets a page links into one file named by its content (`<name>-<hash>.css`), in
// the page's order, so the cascade is the same. On the survey page every stylesheet blocks the
// first paint: on a phone each is a request of its own, and when one arrives before the other the
// browser lays the page out twice (measured on the phone profile: one layout pass and one request
// fewer). The separate files stay in dist/ for the pages and hosts that link them. Run before
// scripts/minify.mjs, which minifies the new file (scripts/name-by-content.mjs then names it by
// its final bytes and writes its integrity hash).
// Usage: node scripts/join-styles.mjs dist/index.html survey
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const [page, name] = process.argv.slice(2);
if (!page || !name) throw new Error('usage: node scripts/join-styles.mjs <page.html> <name>');
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
const file = `${name}-${createHash('sha256').update(joined).digest('hex').slice(0, 16)}.css`;
await writeFile(join(dir, file), joined);

// The first link becomes the joined file's (its hash is written by scripts/name-by-content.mjs),
// the rest go.
let updated = html.replace(tags[0], `<link rel="stylesheet" href="./${file}" integrity="sha384-">`);
for (const tag of tags.slice(1)) updated = updated.replace(new RegExp(`[ \\t]*${escape(tag)}\\n?`), '');
await writeFile(page, updated);
console.log(`${page}: ${tags.length} stylesheets joined into ${file}`);

/** `text` matched literally in a regular expression. */
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
