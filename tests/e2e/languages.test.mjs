// Languages: the survey answered in Welsh by keyboard, Easy Read chosen and kept, the language
// changed mid-survey keeping the answers, a right-to-left survey, and axe-core in each language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDirectory } from './support/server.mjs';
import { launchChromium, openPage, axeViolations } from './support/browser.mjs';
import { tabTo, pressButton, answerLikert, onSection, storedResponses, horizontalOverflow, brokenWords } from './support/respondent.mjs';
import { dashboardHolding } from './support/suite.mjs';
import { response, all, TRUST, INCLUSION } from './support/responses.mjs';

let site;
let server;
let browser;
let url;

before(async () => {
  // The app's dist/ in pp/, and beside it a survey written right to left (Arabic labels).
  site = await mkdtemp(join(tmpdir(), 'pp-languages-'));
  await cp('dist', join(site, 'pp'), { recursive: true });
  const arabic = JSON.parse(await readFile('instruments/partnership-pulse.json', 'utf8'));
  arabic.id = 'rtl-fixture';
  arabic.default_language = 'ar';
  arabic.languages = ['ar'];
  let count = 0;
  // Every text in Arabic only: a few real sentences, the rest numbered ("نص 12": text 12).
  const named = {
    'نبض الشراكة: كيف تعمل شراكتنا؟': (text) => text.en.startsWith('Partnership Pulse'),
    'عنك': (text) => text.en === 'About you',
    'إلى أي مجموعة تنتمي في هذه الشراكة؟': (text) => text.en.startsWith('Which group do you belong'),
  };
  const arabise = (value) => {
    if (Array.isArray(value)) return value.map(arabise);
    if (value && typeof value === 'object') {
      if (typeof value.en === 'string') {
        count += 1;
        const [words] = Object.entries(named).find(([, matches]) => matches(value)) ?? [`نص ${count} من نصوص الاستبيان`];
        return { ar: words };
      }
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, arabise(inner)]));
    }
    return value;
  };
  await mkdir(join(site, 'surveys'));
  await writeFile(join(site, 'surveys', 'arabic.json'), JSON.stringify(arabise(arabic)));
  server = await serveDirectory(site);
  url = `${server.url}pp/`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await rm(site, { recursive: true, force: true });
});

test('the whole survey is answered in Welsh by keyboard, and stored as in English', async () => {
  const page = await openPage(browser, url);
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await tabTo(page, '#pp-language');
  await page.keyboard.press('ArrowDown');
  const start = page.getByRole('button', { name: 'Dechrau' });
  await start.waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'cy');
  assert.equal(await page.locator('.pp-root').getAttribute('lang'), 'cy');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Partnership Pulse: sut mae ein partneriaeth yn gweithio?');
  assert.match(await page.locator('.pp-facts').textContent(), /Tua 10 munud/);
  assert.match(await page.locator('.pp-facts').textContent(), /28 cwestiwn mewn 9 adran/);
  assert.equal(await page.getByLabel('Iaith · Language').inputValue(), 'cy');
  assert.match(page.url(), /[?&]lang=cy/, 'the address keeps the choice');
  assert.deepEqual(await axeViolations(page), [], 'welcome screen in Welsh');
  await pressButton(page, 'Dechrau');

  await onSection(page, 'Amdanoch chi');
  assert.match(await page.locator('.pp-progress-text').textContent(), /Adran 1 o 9/);
  await tabTo(page, '#pp-group-employer-strategic');
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByRole('radio', { name: 'Myfyriwr' }).isChecked(), true);
  assert.deepEqual(await axeViolations(page), [], 'a section in Welsh');
  await pressButton(page, 'Nesaf');

  await onSection(page, 'Ymddiriedaeth');
  await answerLikert(page, 'T1', 4);
  assert.equal(await page.getByRole('radio', { name: 'Cytuno', exact: true }).first().isChecked(), true);
  await pressButton(page, 'Nesaf');
  for (const title of ['Ymddiriedaeth rhwng sefydliadau', 'Cael eich cynnwys', 'Gwerth', 'Nodau cyffredin', 'Arweinyddiaeth', 'Adnewyddu']) {
    await onSection(page, title);
    await pressButton(page, 'Nesaf');
  }
  await onSection(page, 'Eich awgrym');
  await pressButton(page, 'Adolygu eich atebion');

  await page.getByRole('heading', { level: 1, name: 'Gwirio eich atebion' }).waitFor();
  assert.match(await page.locator('main').textContent(), /Rydych wedi ateb 2 o 28 cwestiwn\./);
  assert.match(await page.locator('main').textContent(), /Myfyriwr/);
  assert.deepEqual(await axeViolations(page), [], 'the review in Welsh');
  await pressButton(page, 'Cyflwyno eich ymateb');

  await page.getByRole('heading', { level: 1, name: 'Diolch' }).waitFor();
  assert.match(await page.locator('main').textContent(), /Beth sy'n digwydd nesaf/);
  assert.deepEqual(await axeViolations(page), [], 'the thank-you page in Welsh');
  const [response] = await storedResponses(page);
  // The same ids and numbers whatever the language: the figures cannot differ by language.
  assert.equal(response.group, 'student');
  assert.deepEqual(response.answers, { T1: 4 });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('Easy Read is chosen on the welcome screen and kept across a reload, with larger text', async () => {
  // A laptop: the one-question-a-screen layout below is Easy Read's doing, not the narrow screen's.
  const page = await openPage(browser, url, { viewport: { width: 1024, height: 768 } });
  await page.getByRole('button', { name: 'Start' }).waitFor();
  const plainSize = await page.locator('.pp-lead').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  await page.getByLabel('Language').selectOption('en-easy');
  await page.getByRole('heading', { level: 1, name: 'Partnership Pulse: is our partnership working well?' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'We will not know who you are' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'Easy Read is English to a screen reader');
  const easySize = await page.locator('.pp-lead').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  assert.ok(easySize >= plainSize * 1.2, `Easy Read text ${easySize} px against ${plainSize} px`);
  assert.deepEqual(await axeViolations(page), [], 'the Easy Read welcome');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Partnership Pulse: is our partnership working well?' }).waitFor();
  assert.equal(await page.getByLabel('Language').inputValue(), 'en-easy');
  assert.equal(await page.locator('.pp-static-welcome').isVisible(), false, 'the English text written into the page never shows');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
  assert.match(await page.locator('.pp-progress-text').textContent(), /Part 1 of 9 · Question 1 of 2 in this part/);
  assert.equal(await page.getByRole('radio', { name: 'I use services, or I am a carer' }).count(), 1);
  assert.equal(await horizontalOverflow(page), 0);
  assert.deepEqual(await axeViolations(page), [], 'an Easy Read question');
  await page.context().close();
});

test('changing the language in the middle of the survey keeps every answer', async () => {
  const page = await openPage(browser, url);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#pp-group-university').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#pp-T2-5').check();
  await page.getByLabel('Language').selectOption('cy');
  await page.getByRole('heading', { level: 1, name: 'Ymddiriedaeth' }).waitFor();
  assert.equal(await page.isChecked('#pp-T2-5'), true);
  assert.equal(await page.getByRole('radio', { name: "Cytuno'n gryf" }).nth(1).isChecked(), true);
  await page.getByRole('button', { name: 'Yn ôl' }).click();
  await page.getByRole('heading', { level: 1, name: 'Amdanoch chi' }).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Staff prifysgol neu goleg' }).isChecked(), true);
  await page.getByLabel('Iaith · Language').selectOption('en');
  await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.context().close();
});

test('a survey written right to left runs right to left, with nothing sideways at 320 px', async () => {
  const page = await openPage(browser, `${url}index.html?survey=../surveys/arabic.json`, { viewport: { width: 320, height: 640 } });
  await page.getByRole('heading', { level: 1, name: 'نبض الشراكة: كيف تعمل شراكتنا؟' }).waitFor();
  assert.deepEqual(
    await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.querySelector('.pp-root').dir]),
    ['ar', 'rtl', 'rtl'],
  );
  assert.equal(await page.locator('#pp-language').count(), 0, 'one language: no switcher');
  assert.equal(await horizontalOverflow(page), 0);
  assert.deepEqual(await axeViolations(page), [], 'the right-to-left welcome');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { level: 1, name: 'عنك' }).waitFor();
  // The first option's control sits at the right-hand end of its card.
  const [card, control] = await Promise.all([
    page.locator('.pp-option').first().boundingBox(),
    page.locator('.pp-option input').first().boundingBox(),
  ]);
  assert.ok(control.x > card.x + card.width / 2, 'the radio button is on the right');
  // The app's own words, in English here, read left to right inside the right-to-left page: each
  // sentence's full stop after its last word, not before its first.
  const stops = await page.locator('.pp-section-page > .pp-hint').evaluate((hint) => {
    const text = hint.firstChild;
    const at = (index) => {
      const range = document.createRange();
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      return range.getBoundingClientRect();
    };
    const last = text.textContent.length - 1;
    return { text: text.textContent, stop: at(last), lastWord: at(last - 1) };
  });
  assert.match(stops.text, /^Your answers are saved on this device as you go\. You can skip any question\.$/);
  assert.ok(Math.abs(stops.stop.top - stops.lastWord.top) < 2, 'on the line of the last word');
  assert.ok(stops.stop.left > stops.lastWord.left, `the full stop to the right of "question": ${JSON.stringify(stops)}`);
  assert.equal(await horizontalOverflow(page), 0);
  assert.deepEqual(await axeViolations(page), [], 'a right-to-left section');
  await page.context().close();
});

test('Read aloud speaks a question and its options in the survey\'s language, and stops when the person answers or moves on', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    // The browser's voice list stubbed here (headless Chromium has no voices): one English voice
    // and no Welsh one; what is spoken and each stop are recorded.
    const record = { spoken: [], cancels: 0 };
    let speaking = null;
    const speech = new EventTarget();
    Object.defineProperties(speech, {
      getVoices: { value: () => [{ lang: 'en-GB', name: 'Test English', default: true, localService: true, voiceURI: 'test' }] },
      speak: { value: (utterance) => { record.spoken.push({ text: utterance.text, lang: utterance.lang }); speaking = utterance; } },
      // As a browser does, a cancelled utterance ends.
      cancel: {
        value: () => {
          if (!speaking) return;
          record.cancels += 1;
          const ended = speaking;
          speaking = null;
          ended.dispatchEvent(new Event('end'));
        },
      },
      speaking: { get: () => speaking !== null },
      pending: { get: () => false },
    });
    Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
    window.speechRecord = record;
  });
  const page = await context.newPage();
  const record = () => page.evaluate(() => window.speechRecord);
  await page.goto(url);
  await page.getByRole('button', { name: 'Start' }).click();
  await onSection(page, 'About you');
  assert.equal(await page.getByRole('button', { name: /^Read aloud: / }).count(), 2, 'one for each question on the screen');

  await tabTo(page, '[aria-label="Read aloud: Which group do you belong to in this partnership?"]');
  await page.keyboard.press('Enter');
  const [spoken] = (await record()).spoken;
  assert.equal(spoken.lang, 'en');
  assert.match(spoken.text, /^Which group do you belong to in this partnership\? Employer – strategic or senior manager, .*, Student, .*, Other$/);
  await page.getByRole('button', { name: 'Stop reading' }).waitFor();
  // Answering stops the reading.
  await page.getByRole('radio', { name: 'Student' }).check();
  assert.equal((await record()).cancels, 1);
  await page.getByRole('button', { name: 'Read aloud: Which group do you belong to in this partnership?' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'a screen with Read aloud');

  // Moving on stops it too.
  await page.getByRole('button', { name: 'Read aloud: Which partner organisation do you belong to, if any?' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await onSection(page, 'Trust');
  assert.equal((await record()).cancels, 2);

  // No Welsh voice: no Read aloud in Welsh.
  await page.getByLabel('Language').selectOption('cy');
  await page.getByRole('heading', { level: 1, name: 'Ymddiriedaeth' }).waitFor();
  await page.getByRole('button', { name: 'Nesaf' }).waitFor();
  assert.equal(await page.locator('.pp-read-aloud').count(), 0);
  await context.close();
});

test('the dashboard in Welsh: its own words, the survey\'s labels and the same figures, and it keeps the language', async (t) => {
  // Four students and four university staff (k + 1 each), agreeing (4) with every trust
  // statement and disagreeing (2) with every inclusion one.
  const eight = [1, 2, 3, 4, 5, 6, 7, 8].map((n) =>
    response(`lang${n}`.padEnd(32, '0'), n <= 4 ? 'student' : 'university', 'council', { ...all(TRUST, 4), ...all(INCLUSION, 2) }),
  );
  const page = await dashboardHolding({ url, browser }, eight, { t, acceptDownloads: true });
  const cards = async (heading) => {
    const glance = page.locator('section', { has: page.getByRole('heading', { name: heading }) });
    await glance.locator('.pp-card').first().waitFor();
    return (await glance.locator('.pp-card').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  };
  const english = await cards('How is the partnership doing?');
  assert.match(english[0], /^Trust 75 of 100/);
  await page.getByLabel('Language').selectOption('cy');
  await page.getByRole('checkbox', { name: 'Myfyriwr' }).waitFor();
  // The dashboard's own words follow once their file arrives.
  await page.getByRole('heading', { level: 1, name: 'Dangosfwrdd' }).waitFor();
  assert.equal(await page.title(), 'Dangosfwrdd Partnership Pulse');
  const welsh = await cards("Sut mae'r bartneriaeth yn gwneud?");
  assert.match(welsh[0], /^Ymddiriedaeth 75 o 100: cryfder/);
  const figures = (texts) => texts.map((text) => text.match(/\d+/g));
  assert.deepEqual(figures(welsh), figures(english), 'the same figures whatever the language');
  assert.match(welsh[1], /^Cynhwysiant 25 o 100: pryder/);
  // A chart's title, its summary and its table in Welsh; the drawing's own words too.
  const overview = page.locator('section.pp-figure', { has: page.locator('#pp-chart-indicators') });
  await overview.getByRole('heading', { name: 'Dangosyddion fesul grŵp' }).waitFor();
  assert.match(await overview.textContent(), /Uchaf: Ymddiriedaeth i /);
  assert.match((await overview.locator('svg').first().innerHTML()).replace(/\n/g, ''), />Pryder</);
  await page.getByRole('button', { name: 'Cyflwyno ar sgrin lawn' }).waitFor();
  // Welsh words are longer: on a 320 px phone none is broken across lines, nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 700 });
  assert.deepEqual(await brokenWords(page), [], 'whole words at 320 px');
  assert.equal(await horizontalOverflow(page), 0);
  await page.setViewportSize({ width: 1280, height: 800 });
  // The figures CSV keeps its English headings, with the survey's labels in Welsh.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: "Lawrlwytho'r ffigurau (CSV)" }).click(),
  ]);
  const csv = await readFile(await download.path(), 'utf8');
  assert.match(csv, /\r\nIndicator,All,/);
  assert.doesNotMatch(csv, /Dangosydd,Pawb/);
  assert.match(csv, /Myfyriwr/);
  // A filter rewrites the address; the language stays in it, and a reload keeps it.
  await page.getByRole('checkbox', { name: 'Myfyriwr' }).check();
  await page.waitForURL(/lang=cy.*group=student|group=student.*lang=cy/);
  await page.reload();
  await page.getByRole('checkbox', { name: 'Myfyriwr', checked: true }).waitFor();
  assert.match((await cards("Sut mae'r bartneriaeth yn gwneud?"))[0], /^Ymddiriedaeth/);
  assert.deepEqual(await axeViolations(page), [], 'the dashboard in Welsh');
});

test('a damaged link opened in Welsh says so in Welsh, on an error screen that passes axe-core', async () => {
  const page = await openPage(browser, `${url}index.html?lang=cy#s1.AAAAAAAA`);
  await page.getByRole('heading', { level: 1, name: 'Nid oes modd agor yr arolwg hwn' }).waitFor();
  assert.match(await page.locator('main').textContent(), /ddolen/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'cy');
  assert.deepEqual(await axeViolations(page), [], 'the Welsh error screen');
  await page.context().close();
});
