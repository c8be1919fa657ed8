// Writes the survey page's stylesheet and its pre-start script into the page itself, so a phone's
// first paint waits for the page alone: each linked file costs a round trip before anything shows
// (about 150 ms on the phone profile). A strict Content-Security-Policy allows them by their
// hashes, which the manifest gives (`csp`); a host whose policy lacks the hashes still gets a
// working page: the start-up script sees that the browser refused them and links the same files.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { minifyScript } from './minify.mjs';

/** The attribute the inline stylesheet carries, for the start-up script to find it. */
const STYLE_MARK = 'data-pp-first-screen';
/** The attribute pre-start.js puts on <html> when it has run. */
const SCRIPT_MARK = 'data-pp-pre-start';

/** The CSP source that allows exactly `text` as an inline script or style. */
const hashSource = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Inlines `page`'s one stylesheet and its `pre-start.js` and writes the fallback into the page's
 * start-up script. Returns the hashes a policy needs (`{ 'script-src': …, 'style-src': … }`) and
 * the two files, which the page fetches only when its policy refused them (as named now: the
 * stylesheet is named by its final bytes later).
 */
export async function inlineStartUp(page) {
  const dir = dirname(page);
  let html = await readFile(page, 'utf8');
  const link = /<link rel="stylesheet" href="\.\/([^"/]+\.css)"[^>]*>/.exec(html);
  const script = /<script src="(pre-start\.js)"><\/script>/.exec(html);
  const boot = /<script type="module" src="\.\/(boot-[^"/]+\.js)"><\/script>/.exec(html);
  if (!link || !script || !boot) throw new Error(`${page}: expected one stylesheet, pre-start.js and a start-up script`);
  if ((html.match(/<link rel="stylesheet"/g) ?? []).length !== 1) throw new Error(`${page}: more than one stylesheet to inline`);
  const style = (await readFile(join(dir, link[1]), 'utf8')).trim();
  const preStart = (await readFile(join(dir, script[1]), 'utf8')).trim();
  if (/<\/style/i.test(style) || /<\/script|<!--/i.test(preStart)) throw new Error(`${page}: a file that cannot be written inline`);
  // Replaced by function, so a `$` in the files is kept as it is.
  html = html.replace(link[0], () => `<style ${STYLE_MARK}>${style}</style>`).replace(script[0], () => `<script>${preStart}</script>`);
  await writeFile(page, html);

  // Run by the start-up module before the app, after the page is read: a style the browser
  // refused has no sheet, a refused script never marked the page. A block of its own, minified
  // as a classic script, so its names meet none of the module's.
  const fallback = await minifyScript(
    `{ const style = document.querySelector('style[${STYLE_MARK}]');
    if (!style || !style.sheet) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = './${link[1]}';
      document.head.append(link);
    }
    if (!document.documentElement.hasAttribute('${SCRIPT_MARK}')) {
      const script = document.createElement('script');
      script.src = './${script[1]}';
      document.head.append(script);
    } }`,
    false,
  );
  const bootFile = join(dir, boot[1]);
  await writeFile(bootFile, `${fallback}\n${await readFile(bootFile, 'utf8')}`);
  return { hashes: { 'script-src': hashSource(preStart), 'style-src': hashSource(style) }, fallbacks: [link[1], script[1]] };
}
