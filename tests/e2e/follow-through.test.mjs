// Two waves of a workshop's outcome, as a facilitator and respondents go through it: wave 1's
// dashboard records three actions (one owned by two partners); the set-up page's next wave asks
// whether each was carried out; a respondent answers those questions on the survey page; wave 2's
// dashboard shows each action beside its indicator's change, with what each group said of it,
// and a prompt where most say it was not done; the board report carries the same. axe-clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './support/browser.mjs';
import { showWholeSections } from './support/respondent.mjs';
import { keptForDashboard } from './support/facilitator.mjs';
import { useAppAndBrowser } from './support/suite.mjs';

const suite = useAppAndBrowser();

/** The built-in instrument as the Northshire partnership's survey, wave 1. */
async function northshireFile(dir) {
  const survey = JSON.parse(await readFile('instruments/partnership-pulse.json', 'utf8'));
  Object.assign(survey, { id: 'northshire', version: 1, wave: '2026 spring' });
  survey.title = { en: 'Northshire practice learning partnership' };
  const file = join(dir, 'northshire.survey.json');
  await writeFile(file, JSON.stringify(survey));
  return file;
}

/**
 * Five students' responses to `wave`: every trust statement `trust` (spring 3: trust 50; autumn
 * 4: trust 75, so +25 points), and `followThrough[n]` answers to F1-F3 (3 yes, 2 partly, 1 no,
 * 0 don't know).
 */
async function studentsFile(dir, wave, submitted, trust, followThrough = []) {
  const responses = Array.from({ length: 5 }, (_, n) => ({
    id: `${wave.replace(' ', '-')}-${n}`, survey_id: 'northshire', survey_version: 1, wave, group: 'student', submitted,
    answers: Object.fromEntries([
      ...['T1', 'T2', 'T3', 'T4', 'T5'].map((item) => [item, trust]),
      ...followThrough.map((answers, action) => [`F${action + 1}`, answers[n]]),
    ]),
  }));
  const file = join(dir, `${wave.replace(' ', '-')}.json`);
  await writeFile(file, JSON.stringify({ format: 'partnership-pulse/responses', version: 1, responses }));
  return file;
}

const ACTIONS = [
  { what: 'Joint induction for new staff', answers: 'Trust', owners: ["City Council adult and children's services", 'The university'] },
  { what: 'Send papers a week before meetings', answers: 'Inclusion', owners: ['Service user and carer network'] },
  { what: 'Shared newsletter', answers: 'Nothing in particular', owners: ['Community health NHS trust'] },
];

test('wave 2 asks whether wave 1\'s actions were carried out, and its dashboard shows what each group said', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pp-follow-'));
  const context = await suite.browser.newContext({ acceptDownloads: true });
  const setup = await context.newPage();
  await setup.goto(`${suite.url}setup.html`);
  await setup.getByLabel('Import a survey file (.json)').setInputFiles(await northshireFile(dir));
  await setup.getByText(/was imported and is open/).waitFor();
  await keptForDashboard(setup, 'northshire');

  // Wave 1: responses arrive by file; the workshop agrees three actions.
  const dashboard = await context.newPage();
  await dashboard.goto(await setup.getByRole('link', { name: "Open this survey's dashboard" }).getAttribute('href').then((href) => new URL(href, setup.url()).href));
  await dashboard.getByLabel(/Bring in response files/).setInputFiles(await studentsFile(dir, '2026 spring', '2026-03-10', 3));
  await dashboard.locator('#pp-counts-title', { hasText: 'Responses: 5' }).waitFor();
  const owners = dashboard.getByRole('group', { name: 'Which partner organisations own it' });
  for (const action of ACTIONS) {
    await dashboard.locator('#pp-action-what').fill(action.what);
    const value = await dashboard.locator('#pp-action-answers').evaluate((list, wanted) => [...list.options].find((o) => o.text.startsWith(wanted)).value, action.answers);
    await dashboard.locator('#pp-action-answers').selectOption(value);
    for (const owner of action.owners) await owners.getByRole('checkbox', { name: owner }).check();
    await dashboard.getByRole('button', { name: 'Add the action' }).click();
    await dashboard.locator('.pp-action-list > li', { hasText: action.what }).waitFor();
  }

  // The next wave, on the set-up page: the same survey, asking about each action.
  await setup.reload();
  await setup.getByRole('button', { name: 'Duplicate for the next wave' }).click();
  await setup.getByText(/A copy for the next wave is open/).waitFor();
  await setup.getByLabel('Wave label').fill('2026 autumn');
  await setup.getByLabel('Wave label').press('Tab');
  await setup.getByRole('heading', { level: 2, name: /\(2026 autumn\)$/ }).waitFor();
  const asked = setup.getByRole('group', { name: 'What we agreed last time' });
  for (const action of ACTIONS) await asked.getByRole('checkbox', { name: action.what }).check();
  await setup.getByText(/Survey id northshire, version 1\./).waitFor();
  assert.deepEqual(await axeViolations(setup), [], 'the set-up page with the actions to ask about');
  const link = await setup.getByRole('textbox', { name: 'Survey link' }).inputValue();

  // A respondent answers the questions about the actions (and nothing else), on this device.
  const respondent = await context.newPage();
  await respondent.goto(link);
  await respondent.getByRole('button', { name: 'Start' }).click();
  await showWholeSections(respondent);
  await respondent.locator('#pp-group-student').check();
  for (let section = 1; (await respondent.getByRole('heading', { name: 'What we agreed last time' }).count()) === 0; section += 1) {
    assert.ok(section <= 10, 'the section about the actions is reached');
    await respondent.getByRole('button', { name: 'Next' }).click();
  }
  const question = (what) => respondent.getByRole('group', { name: what });
  await question(ACTIONS[0].what).getByRole('radio', { name: 'Yes, it was done' }).check();
  await question(ACTIONS[1].what).getByRole('radio', { name: 'No, it was not done' }).check();
  await question(ACTIONS[2].what).getByRole('radio', { name: 'Partly' }).check();
  assert.deepEqual(await axeViolations(respondent), [], 'the questions about the actions');
  await respondent.getByRole('button', { name: 'Review your answers' }).click();
  await respondent.getByText('Yes, it was done').waitFor();
  await respondent.getByRole('button', { name: 'Submit your response' }).click();
  await respondent.getByRole('heading', { name: /Thank you/ }).waitFor();

  // Wave 2's other responses by file. F1: yes ×4, partly; F2: no ×3, yes, don't know; F3: partly
  // ×2, yes, no, don't know. With the respondent's: F1 yes 5, partly 1; F2 yes 1, no 4, don't know
  // 1 (most say no); F3 yes 1, partly 3, no 1, don't know 1.
  const autumn = await studentsFile(dir, '2026 autumn', '2026-10-12', 4, [[3, 3, 3, 2, 3], [1, 1, 1, 3, 0], [2, 2, 3, 1, 0]]);
  await dashboard.reload();
  await dashboard.getByLabel(/Bring in response files/).setInputFiles(autumn);
  await dashboard.locator('.pp-import-report li', { hasText: '5 added' }).waitFor();
  await dashboard.reload();
  await dashboard.locator('#pp-counts-title', { hasText: 'Responses: 11' }).waitFor();
  const item = (n) => dashboard.locator('.pp-action-list > li').nth(n);
  await item(2).waitFor();
  assert.match(await item(0).textContent(), /Trust since: \+25 points from 2026 spring to 2026 autumn\./);
  assert.match(await item(0).textContent(), /Asked whether it was carried out, 6 answered: yes 5, partly 1, no 0, don't know 0\./);
  assert.match(await item(1).textContent(), /6 answered: yes 1, partly 0, no 4, don't know 1\./);
  assert.match(await item(1).textContent(), /Most say this was not carried out\./);
  assert.doesNotMatch(await item(0).textContent(), /Most say/);
  assert.match(await item(2).textContent(), /6 answered: yes 1, partly 3, no 1, don't know 1\./);
  // By group: the students' row of each action's table.
  const rows = await item(1).locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
  assert.deepEqual(rows, [['Student', '1', '0', '4', '1']]);
  assert.deepEqual(await axeViolations(dashboard), [], 'the dashboard of wave 2');

  // The board report carries what people said of each action.
  const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Make the report (HTML)' }).click()]);
  const file = join(dir, 'report.html');
  await copyFile(await download.path(), file);
  const html = await readFile(file, 'utf8');
  assert.match(html, /6 answered: yes 1, partly 0, no 4, don(&apos;|')t know 1\./);
  const report = await context.newPage();
  await report.goto(`file://${file}`);
  assert.deepEqual(await axeViolations(report), [], 'the report of wave 2');

  // The figures file holds each action's answers: everyone's, then each group's.
  const [figures] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Download figures (CSV)' }).click()]);
  const csv = await readFile(await figures.path(), 'utf8');
  assert.match(csv, /"Was ""Send papers a week before meetings"" carried out\? [^\r]*\r\nGroup,Yes,Partly,No,Don't know\r\nAll,1,0,4,1\r\nStudent,1,0,4,1\r\n/);

  // Spring's copy opened again on the set-up page: the dashboard still reads autumn's answers
  // about the actions (before, it opened spring's questions and refused them).
  await setup.locator('.pp-saved-list button', { hasText: '(2026 spring)' }).click();
  await setup.getByRole('heading', { level: 2, name: /\(2026 spring\)$/ }).waitFor();
  await dashboard.reload();
  await dashboard.locator('#pp-counts-title', { hasText: 'Responses: 11' }).waitFor();
  await item(1).waitFor();
  assert.match(await item(1).textContent(), /6 answered: yes 1, partly 0, no 4, don't know 1\./);
  await context.close();
});
