// Writes the built-in survey's welcome screen into the survey page's HTML, so a phone shows
// something to read while the WebAssembly is still on its way: the app's own Welcome component
// rendered natively by Yew (src/bin/render_welcome.rs, `cargo run --features ssr`), which the
// app replaces on start-up. This step only frames it: the "Getting ready…" line and, for a page
// opened for another survey (a share link, ?survey=) or language, "Opening your survey…" instead
// (assets/pre-start.js marks the page before its first paint, and page.css hides what must not show).
import { readdir, readFile, writeFile } from 'node:fs/promises';

const escape = (value) => String(value).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Writes the rendered welcome screen (the file `rendered`) into `page`, framed. */
export async function writeFirstScreen(page, rendered) {
  const welcome = (await readFile(rendered, 'utf8')).trim();
  if (!welcome.startsWith('<section') || !welcome.endsWith('</section>') || !welcome.includes('class="pp-screen pp-welcome"')) {
    throw new Error(`${rendered}: not the welcome screen as render-welcome writes it`);
  }
  const language = /<option lang="[^"]*" value="([^"]*)" selected/.exec(welcome)?.[1] ?? 'en';
  // The opening line is `hidden` until page.css shows it for another survey or language, so the
  // page never has two first-level headings, even before its styles arrive. "Opening your
  // survey…" in each language the app's words are translated into (from locales/*.json), for
  // assets/pre-start.js to show when the address asks for that language.
  const opening = [];
  for (const file of (await readdir('locales')).filter((name) => name.endsWith('.json')).sort()) {
    const { language: tag, messages } = JSON.parse(await readFile(`locales/${file}`, 'utf8'));
    if (messages['opening-survey']) opening.push(` data-lang-${escape(tag)}="${escape(messages['opening-survey'])}"`);
  }
  // Marked as the written-in screen (for pre-start.js and page.css), with the line that says the
  // app is on its way under its buttons.
  const framed = welcome
    .replace('class="pp-screen pp-welcome"', 'class="pp-screen pp-welcome pp-static-welcome"')
    .replace(/<\/section>$/, '<p class="pp-hint" role="status">Getting ready…</p></section>');
  // The device's light or dark setting until the app starts (pre-start.js puts a ?theme= choice here).
  const markup = `<div class="pp-root pp-static" lang="${escape(language)}" data-pp-theme="system">
      <main class="pp-main">
        ${framed}
        <div class="pp-static-opening" role="status" hidden${opening.join('')}><h1 class="pp-title">Opening your survey…</h1></div>
      </main>
    </div>`;
  const html = await readFile(page, 'utf8');
  const root = /(<div id="partnership-pulse">)/;
  if (!root.test(html)) throw new Error(`${page}: no <div id="partnership-pulse"> to write the welcome screen into`);
  await writeFile(page, html.replace(root, `$1\n    ${markup}`));
}
