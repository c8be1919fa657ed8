// "What we agreed": a workshop records its actions on the dashboard, by keyboard, and on the
// presentation's last slide; they stay on the device; the next wave's dashboard shows each beside
// its indicator's change; the board report holds them, opened in Chromium and printed on A4.
// axe-core clean, and whole at 320 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './support/browser.mjs';
import { horizontalOverflow, tabTo } from './support/respondent.mjs';
import { dashboardHolding, useAppAndBrowser } from './support/suite.mjs';

const suite = useAppAndBrowser();

/**
 * Five students in `wave`, every trust statement answered `trust` and every inclusion one
 * `inclusion`. Spring (3, 2): trust (3 − 1) / 4 = 50, inclusion (2 − 1) / 4 = 25, in the concern
 * band, so the dashboard prompts on inclusion. Autumn (4, 4): both 75, so trust changed +25
 * points and inclusion +50.
 */
function wave(label, submitted, trust, inclusion) {
  return Array.from({ length: 5 }, (_, n) => ({
    id: `${label.replace(' ', '-')}-${n}`, survey_id: 'partnership-pulse', survey_version: 2, wave: label, group: 'student',
    submitted,
    answers: Object.fromEntries([
      ...['T1', 'T2', 'T3', 'T4', 'T5'].map((item) => [item, trust]),
      ...['I1', 'I2', 'I3', 'I4', 'I5', 'I6'].map((item) => [item, inclusion]),
    ]),
  }));
}

const actionList = (page) => page.locator('.pp-action-list > li');
/** An owner's box in the form (not the partner filter's box of the same name). */
const ownerBox = (page, name) => page.getByRole('group', { name: 'Which partner organisations own it' }).getByRole('checkbox', { name });

/** Types an action's words, picks what it answers and ticks its owners, by keyboard. */
async function fillAction(page, { what, answers, owners }) {
  await page.locator('#pp-action-what').focus();
  await page.keyboard.type(what);
  const select = page.locator('#pp-action-answers');
  const value = await select.evaluate((list, wanted) => [...list.options].find((o) => o.text.startsWith(wanted))?.value, answers);
  assert.ok(value !== undefined, `"${answers}" is offered`);
  await select.selectOption(value);
  for (const owner of owners) {
    await ownerBox(page, owner).focus();
    await page.keyboard.press('Space');
  }
}

test('a workshop agrees three actions; they stay on the device; the next wave shows each beside its change', async (t) => {
  const page = await dashboardHolding(suite, wave('2026 spring', '2026-03-10', 3, 2), { t, acceptDownloads: true });
  const panel = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'What we agreed' }) });
  await panel.getByText('No actions recorded yet.').waitFor();

  // Nothing typed: refused, said, and the field marked and focused.
  await tabTo(page, '.pp-action-form button[type=submit]');
  await page.keyboard.press('Enter');
  await panel.getByRole('alert').filter({ hasText: 'Say what will be done.' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'pp-action-what');
  assert.equal(await page.locator('#pp-action-what').getAttribute('aria-invalid'), 'true');

  // 1: answers trust, owned by two partners, before the next wave.
  await fillAction(page, { what: 'Joint induction for new staff', answers: 'Trust', owners: ["City Council adult and children's services", 'The university'] });
  await tabTo(page, '.pp-action-form button[type=submit]');
  await page.keyboard.press('Enter');
  await panel.getByRole('status').filter({ hasText: 'Added: Joint induction for new staff' }).waitFor();
  assert.equal(await page.locator('#pp-action-what').getAttribute('aria-invalid'), null, 'no longer marked');

  // 2: answers the inclusion prompt, by a date. A day that is not one is refused first.
  await fillAction(page, { what: 'Send papers a week before meetings', answers: 'Prompt on Inclusion', owners: ['Service user and carer network'] });
  await page.getByRole('radio', { name: 'By a date' }).check();
  await page.getByLabel('Date', { exact: true }).fill('2027-01-31');
  await page.getByRole('button', { name: 'Add the action' }).click();
  await panel.getByRole('status').filter({ hasText: 'Added: Send papers a week before meetings' }).waitFor();

  // 3: no owner ticked is refused, then added with one.
  await fillAction(page, { what: 'Shared newsletter', answers: 'Nothing in particular', owners: [] });
  await page.getByRole('button', { name: 'Add the action' }).click();
  await panel.getByRole('alert').filter({ hasText: 'Tick at least one partner organisation that owns it.' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'pp-action-owner-council');
  await ownerBox(page, 'Community health NHS trust').check();
  await page.getByRole('button', { name: 'Add the action' }).click();
  await panel.getByRole('status').filter({ hasText: 'Added: Shared newsletter' }).waitFor();

  assert.equal(await actionList(page).count(), 3);
  const first = actionList(page).nth(0);
  assert.match(await first.textContent(), /Answers: Trust/);
  assert.match(await first.textContent(), /Owned by City Council adult and children's services, The university · Before the next wave/);
  assert.match(await first.textContent(), /Agreed on \d{4}-\d\d-\d\d, on the figures of 2026 spring\./);
  assert.match(await first.textContent(), /Trust: its change shows here once the next wave is in\./);
  const second = actionList(page).nth(1);
  assert.match(await second.textContent(), /Answers: Inclusion: Ask the people who feel least included/);
  assert.match(await second.textContent(), /Service user and carer network · By 2027-01-31/);
  assert.doesNotMatch(await actionList(page).nth(2).textContent(), /change/, 'answering nothing in particular, no change to show');

  // Where each stands, set by keyboard.
  await first.getByLabel('Where it stands').selectOption({ label: 'Under way' });
  await panel.getByRole('status').filter({ hasText: '"Joint induction for new staff" is now: Under way.' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the panel with three actions and a message');

  // Kept on the device: a reload finds them, with their status.
  await page.reload();
  await actionList(page).nth(2).waitFor();
  assert.equal(await actionList(page).count(), 3);
  assert.equal(await actionList(page).nth(0).getByLabel('Where it stands').inputValue(), 'under-way');

  // The next wave's responses arrive as a file; opened again, each action shows its change.
  const autumn = JSON.stringify({ format: 'partnership-pulse/responses', version: 1, responses: wave('2026 autumn', '2026-10-12', 4, 4) });
  await page.getByLabel(/Bring in response files/).setInputFiles({ name: 'autumn.json', mimeType: 'application/json', buffer: Buffer.from(autumn) });
  await page.locator('.pp-import-report li', { hasText: 'autumn.json: 5 added' }).waitFor();
  await page.reload();
  await page.locator('#pp-counts-title', { hasText: 'Responses: 10' }).waitFor();
  await actionList(page).nth(2).waitFor();
  assert.match(await actionList(page).nth(0).textContent(), /Trust since: \+25 points from 2026 spring to 2026 autumn\./);
  assert.match(await actionList(page).nth(1).textContent(), /Inclusion since: \+50 points from 2026 spring to 2026 autumn\./);

  // Removing asks first.
  await actionList(page).nth(2).getByRole('button', { name: 'Remove…' }).click();
  await page.getByRole('button', { name: 'Yes, remove it' }).click();
  await panel.getByRole('status').filter({ hasText: 'Removed: Shared newsletter' }).waitFor();
  assert.equal(await actionList(page).count(), 2);

  await page.setViewportSize({ width: 320, height: 800 });
  assert.equal(await horizontalOverflow(page), 0, 'whole at 320 px');
  await page.setViewportSize({ width: 1280, height: 800 });

  // The board report: the statements' chart left out, the rest in.
  const reportPanel = page.locator('section', { has: page.getByRole('heading', { name: 'A report for the partnership board' }) });
  await reportPanel.getByRole('checkbox', { name: 'Answers to each statement' }).uncheck();
  const [download] = await Promise.all([page.waitForEvent('download'), reportPanel.getByRole('button', { name: 'Make the report (HTML)' }).click()]);
  assert.equal(download.suggestedFilename(), 'partnership-pulse-report.html');
  await reportPanel.getByRole('status').filter({ hasText: 'The report was saved as partnership-pulse-report.html.' }).waitFor();
  const file = join(await mkdtemp(join(tmpdir(), 'pp-report-')), 'partnership-pulse-report.html');
  await copyFile(await download.path(), file);
  const html = await readFile(file, 'utf8');
  assert.doesNotMatch(html, /<script/i, 'no scripts');
  assert.doesNotMatch(html, /(src|href)=/, 'nothing fetched or linked');
  assert.equal((html.match(/<svg/g) ?? []).length, 8, 'the nine charts less the one left out, inline');
  await reportAsABoardReadsIt(page.context(), file);
  assert.deepEqual(page.problems, []);
});

/** The report opened from the file: its words, axe-clean, whole on a phone, printed on A4 with no chart cut. */
async function reportAsABoardReadsIt(context, file) {
  const report = await context.newPage();
  const scripts = [];
  report.on('request', (request) => request.url().startsWith('file:') || scripts.push(request.url()));
  await report.goto(`file://${file}`);
  await report.getByRole('heading', { level: 1, name: 'Partnership Pulse: how is our partnership working?' }).waitFor();
  const text = await report.locator('main').textContent();
  assert.match(text, /Report for the partnership board/);
  assert.match(text, /Waves: 2026 spring \(from 2026-03-10\); 2026 autumn \(from 2026-10-12\)\./);
  assert.match(text, /Joint induction for new staffWhere it stands: Under way/);
  assert.match(text, /Trust since: \+25 points from 2026 spring to 2026 autumn\./);
  assert.match(text, /How small numbers were protected/);
  assert.equal(await report.locator('figure').count(), 8);
  assert.deepEqual(scripts, [], 'nothing requested beyond the file');
  assert.deepEqual(await axeViolations(report), [], 'the report');
  await report.setViewportSize({ width: 360, height: 740 });
  assert.equal(await horizontalOverflow(report), 0, 'read on a phone without scrolling sideways');
  // A4 less 15 mm margins is 180 × 267 mm: 680 × 1009 CSS px. Each chart (its title, summary and
  // drawing) fits a page and is kept whole across pages, so printing never cuts one; its table
  // may run on to the next page.
  await report.emulateMedia({ media: 'print' });
  await report.setViewportSize({ width: 680, height: 1009 });
  const figures = await report.locator('figure .drawing').evaluateAll((all) =>
    all.map((drawing) => ({ title: drawing.querySelector('h3').textContent, height: drawing.getBoundingClientRect().height, breakInside: getComputedStyle(drawing).breakInside })),
  );
  assert.equal(figures.length, 8);
  for (const figure of figures) {
    assert.ok(figure.height <= 1009, `${figure.title}: ${figure.height} px fits one A4 page`);
    assert.equal(figure.breakInside, 'avoid', `${figure.title} is never split`);
  }
  const pdf = await report.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 3 && pages <= 16, `printed on ${pages} A4 pages`);
  await report.close();
}

test('the presentation ends on "What we agreed", where the room\'s action is typed without changing slide', async (t) => {
  const page = await dashboardHolding(suite, wave('2026 spring', '2026-03-10', 3, 2), { t, viewport: { width: 1280, height: 720 } });
  await page.getByRole('button', { name: 'Present full screen' }).click();
  await page.getByText('Slide 1 of 10').waitFor();
  for (let slide = 1; slide < 10; slide += 1) await page.keyboard.press('ArrowRight');
  await page.getByText('Slide 10 of 10').waitFor();
  await page.getByRole('heading', { level: 1, name: 'What we agreed' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === 'What we agreed', null, { timeout: 5000 });
  // Spaces and arrows typed into the action stay in it.
  await page.locator('#pp-action-what').focus();
  await page.keyboard.type('Pair each student with a carer mentor');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.locator('#pp-action-what').inputValue(), 'Pair each student with a carer mentor');
  await ownerBox(page, 'Service user and carer network').check();
  await page.getByRole('button', { name: 'Add the action' }).click();
  await page.locator('.pp-action-list > li', { hasText: 'Pair each student with a carer mentor' }).waitFor();
  await page.getByText('Slide 10 of 10').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the slide');
  // Leaving, the dashboard lists it too.
  await page.getByRole('button', { name: /^Leave presentation/ }).click();
  await page.locator('.pp-dashboard .pp-action-list > li', { hasText: 'Pair each student with a carer mentor' }).waitFor();
  assert.deepEqual(page.problems, []);
});
