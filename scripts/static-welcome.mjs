// Writes the built-in survey's welcome screen into the survey page's HTML, so a phone shows
// something to read while the WebAssembly is still on its way (issue 15): the same markup and
// classes as the app's welcome screen (src/ui/respond/welcome.rs), which replaces it on start-up.
// A page opened for another survey (a share link, ?survey=) shows "Opening your survey…" instead:
// assets/pre-start.js marks the page before its first paint, and page.css hides what must not show.
// Usage: node scripts/static-welcome.mjs dist/index.html instruments/partnership-pulse.json
import { readdir, readFile, writeFile } from 'node:fs/promises';

const [page, instrument] = process.argv.slice(2);
const survey = JSON.parse(await readFile(instrument, 'utf8'));
const language = survey.default_language;
const text = (local) => local[language] ?? '';
const escape = (value) => String(value).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
// As the app counts them (`SurveyDefinition::question_count`): every item once, a matrix included.
const questions = survey.sections.reduce((count, section) => count + section.items.length, 0);
// As the app names them (`i18n::language_name`).
const LANGUAGE_NAMES = { en: 'English', 'en-easy': 'Easy Read English', cy: 'Cymraeg (Welsh)' };
const name = (tag) => LANGUAGE_NAMES[tag] ?? tag;
const lang = (tag) => tag.replace(/-easy$/, '');
// The switcher works before the app does: assets/pre-start.js keeps the choice in the address for the app.
const picker =
  survey.languages.length < 2
    ? ''
    : `<div class="pp-language">
            <label for="pp-static-language">Language</label>
            <select id="pp-static-language" class="pp-input">${survey.languages
              .map((tag) => `<option value="${escape(tag)}" lang="${escape(lang(tag))}"${tag === language ? ' selected' : ''}>${escape(name(tag))}</option>`)
              .join('')}</select>
          </div>`;

// The opening line is `hidden` until page.css shows it for another survey or language, so the
// page never has two first-level headings, even before its styles arrive.
// "Opening your survey…" in each language the app's words are translated into (from
// locales/*.json), for assets/pre-start.js to show when the address asks for that language.
const opening = [];
for (const file of (await readdir('locales')).filter((name) => name.endsWith('.json')).sort()) {
  const { language, messages } = JSON.parse(await readFile(`locales/${file}`, 'utf8'));
  if (messages['opening-survey']) opening.push(` data-lang-${escape(language)}="${escape(messages['opening-survey'])}"`);
}

const markup = `<div class="pp-root pp-static" lang="${escape(language)}">
      <main class="pp-main">
        <section class="pp-screen pp-welcome pp-static-welcome" aria-labelledby="pp-welcome-title">
          <h1 id="pp-welcome-title" class="pp-title" tabindex="-1">${escape(text(survey.title))}</h1>
          ${survey.wave ? `<p class="pp-wave">${escape(survey.wave)}</p>` : ''}
          <p class="pp-lead">${escape(text(survey.purpose))}</p>
          <ul class="pp-facts">
            <li>About ${survey.minutes} minutes</li>
            <li>${questions} questions in ${survey.sections.length} sections</li>
          </ul>
          ${picker}
          <section class="pp-privacy" aria-labelledby="pp-privacy-title">
            <h2 id="pp-privacy-title">Your answers are anonymous</h2>
            <p>${escape(text(survey.anonymity))}</p>
          </section>
          <div class="pp-nav">
            <button type="button" class="pp-button pp-primary" id="pp-static-start">Start</button>
          </div>
          <p class="pp-hint" id="pp-static-status" role="status">Getting ready…</p>
        </section>
        <div class="pp-static-opening" role="status" hidden${opening.join('')}><h1 class="pp-title">Opening your survey…</h1></div>
      </main>
    </div>`;

const html = await readFile(page, 'utf8');
const root = /(<div id="partnership-pulse">)/;
if (!root.test(html)) {
  console.error(`${page}: no <div id="partnership-pulse"> to write the welcome screen into`);
  process.exit(1);
}
await writeFile(page, html.replace(root, `$1\n    ${markup}`));
