// The set-up page in Welsh: chosen by keyboard from its language list, its own words, the
// instrument's questions and the problems it reports all in Welsh, axe-clean, kept in the address
// through a reload; and in English with a note when the Welsh words cannot be fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, axeViolations } from './support/browser.mjs';
import { tabTo, pressButton, horizontalOverflow } from './support/respondent.mjs';
import { useAppAndBrowser } from './support/suite.mjs';

const suite = useAppAndBrowser();

test('a facilitator sets a survey up in Welsh by keyboard, and the page keeps the language', async () => {
  const page = await openPage(suite.browser, `${suite.url}setup.html`);
  await page.getByRole('heading', { level: 1, name: 'Set up a survey' }).waitFor();
  await tabTo(page, '#pp-page-language');
  await page.keyboard.press('ArrowDown');
  await page.getByRole('heading', { level: 1, name: 'Sefydlu arolwg' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'cy');
  assert.equal(await page.title(), 'Sefydlu arolwg – Partnership Pulse');
  assert.equal(await page.getByLabel('Iaith y dudalen hon · Language').inputValue(), 'cy');
  assert.match(page.url(), /[?&]lang=cy/, 'the address keeps the choice');

  await pressButton(page, 'Arolwg newydd');
  await page.getByRole('heading', { level: 2, name: /^Golygu: / }).waitFor();
  // The instrument's own sections and questions in Welsh too.
  assert.equal(await page.getByRole('group', { name: 'Ymddiriedaeth', exact: true }).count(), 1);
  assert.match(await page.locator('main').textContent(), /28 cwestiwn yn cael eu gofyn/);
  // A partner added by keyboard, then the same name again: refused in Welsh, what was typed kept.
  await tabTo(page, '#pp-partners-new');
  await page.keyboard.type('Cyngor Gogleddsir');
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'Enw partner 1' }).waitFor();
  await page.keyboard.type('Cyngor Gogleddsir');
  await page.keyboard.press('Enter');
  const refused = page.getByRole('alert').filter({ hasText: '"Cyngor Gogleddsir" yn y rhestr yn barod' });
  await refused.waitFor();
  assert.equal(await page.getByLabel('Partner newydd', { exact: true }).inputValue(), 'Cyngor Gogleddsir');
  await page.getByRole('button', { name: 'Copïo\'r ddolen' }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 2, name: 'Rhannu' }).count(), 1);
  assert.deepEqual(await axeViolations(page), [], 'the set-up page in Welsh');
  // Welsh words are longer: at 320 px nothing scrolls sideways and no button's words wrap
  // inside it ("I fyny", "Dileu" had been squeezed letter by letter).
  await page.setViewportSize({ width: 320, height: 700 });
  assert.equal(await horizontalOverflow(page), 0);
  const wrapped = await page.evaluate(() => [...document.querySelectorAll('main button')].filter((button) => {
    const range = document.createRange();
    range.selectNodeContents(button);
    const lines = new Set([...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.bottom)));
    return button.getClientRects().length > 0 && lines.size > 1;
  }).map((button) => button.textContent));
  assert.deepEqual(wrapped.filter((words) => !words.includes(' ') || words.length < 12), [], 'short buttons keep their words on one line');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Sefydlu arolwg' }).waitFor();
  await page.getByRole('heading', { level: 2, name: /^Golygu: / }).waitFor();
  // Back to English from the list, whose label says "Language" in English too.
  await page.getByLabel('Iaith y dudalen hon · Language').selectOption('en');
  await page.getByRole('heading', { level: 1, name: 'Set up a survey' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.title(), 'Set up a survey – Partnership Pulse');
  assert.equal(await page.getByRole('textbox', { name: 'Name of partner 1' }).inputValue(), 'Cyngor Gogleddsir');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('when the Welsh words cannot be fetched, the set-up page says so and works in English', async () => {
  const context = await suite.browser.newContext();
  await context.route('**/locales/setup/cy.json', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${suite.url}setup.html?lang=cy`);
  await page.getByRole('status').filter({ hasText: "This page's words in Cymraeg (Welsh) could not be loaded" }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Set up a survey');
  assert.equal(await page.getByLabel('Language of this page').inputValue(), 'cy');
  await page.getByRole('button', { name: 'New survey' }).click();
  await page.getByRole('heading', { level: 2, name: /^Editing: / }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the set-up page with its words in English');
  await context.close();
});
