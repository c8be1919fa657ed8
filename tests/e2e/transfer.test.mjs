// Moving responses from respondents' devices to the facilitator's by file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './support/browser.mjs';
import { useAppAndBrowser } from './support/suite.mjs';
import { showWholeSections, storedResponses } from './support/respondent.mjs';

const suite = useAppAndBrowser();

/** A respondent on their own device answers and downloads their response file. */
async function respondentFile(group) {
  const context = await suite.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(suite.url);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator(`#pp-group-${group}`).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#pp-T1-4').check();
  for (let section = 1; section < 9; section += 1) await page.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
  await page.getByRole('button', { name: 'Submit your response' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download your response' }).click()]);
  const path = await download.path();
  const name = join(await mkdtemp(join(tmpdir(), 'pp-file-')), download.suggestedFilename());
  await writeFile(name, await readFile(path));
  await context.close();
  return name;
}

test('response files from four devices are imported on the facilitator\'s device and counted once', async () => {
  // Three students and one member of staff: 4 together in "Other groups, combined" (k + 1 = 4).
  const files = [await respondentFile('student'), await respondentFile('student'), await respondentFile('student'), await respondentFile('university')];
  const broken = join(await mkdtemp(join(tmpdir(), 'pp-bad-')), 'notes.json');
  await writeFile(broken, 'these are my notes, not a response file');

  const context = await suite.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${suite.url}dashboard.html`);
  const input = page.getByLabel(/Bring in response files/);
  await input.setInputFiles([...files, broken]);
  const report = page.getByRole('status').filter({ hasText: 'added' });
  // The report grows a line per file as each is read: the last file's own line ends it.
  await report.locator('li', { hasText: 'notes.json: not imported' }).waitFor();
  const lines = await report.locator('li').allTextContents();
  assert.equal(lines.length, 5);
  assert.ok(lines.slice(0, 4).every((line) => /: 1 added, 0 already here\.$/.test(line)), JSON.stringify(lines));
  assert.match(lines[4], /^notes\.json: not imported, because it is not a response file \(not JSON: line 1, column \d+\)\.$/);
  await page.locator('h2', { hasText: 'Responses: 4' }).waitFor();

  // The same file again is a duplicate, not a second response.
  await input.setInputFiles(files[0]);
  await page.getByRole('status').filter({ hasText: 'already here' }).filter({ hasText: '0 added, 1 already here' }).waitFor();
  assert.match(await page.locator('h2', { hasText: 'Responses:' }).first().textContent(), /Responses: 4/);

  // Everything goes back out as one bundle and as CSV.
  const [bundle] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all responses (JSON)' }).click()]);
  const exported = JSON.parse(await readFile(await bundle.path(), 'utf8'));
  assert.equal(exported.format, 'partnership-pulse/responses');
  assert.equal(exported.responses.length, 4);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all responses (CSV)' }).click()]);
  const rows = (await readFile(await csv.path(), 'utf8')).trim().split('\r\n');
  assert.equal(rows.length, 5);
  assert.match(rows[0], /^id,submitted,wave,group,partner,T1,/);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('a response code shown on the respondent\'s phone is typed in on the facilitator\'s device', async () => {
  const phone = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const respondent = await phone.newPage();
  await respondent.goto(suite.url);
  await respondent.getByRole('button', { name: 'Start' }).click();
  await showWholeSections(respondent);
  await respondent.locator('#pp-group-service-user-carer').check();
  await respondent.locator('#pp-partner-carers-network').check();
  await respondent.getByRole('button', { name: 'Next' }).click();
  await respondent.locator('#pp-T1-2').check();
  for (let section = 1; section < 9; section += 1) await respondent.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
  await respondent.getByRole('button', { name: 'Submit your response' }).click();
  const code = (await respondent.locator('.pp-code').textContent()).trim();
  assert.match(code, /^PP1-[0-9A-Z]{5}(-[0-9A-Z]{1,5})+$/);
  // "Copy code" beside it puts the code on the clipboard, to paste into a message.
  await respondent.getByRole('button', { name: 'Copy code' }).click();
  await respondent.getByRole('status').filter({ hasText: 'Code copied.' }).waitFor();
  assert.equal(await respondent.evaluate(() => navigator.clipboard.readText()), code);
  await phone.close();

  const laptop = await suite.browser.newContext();
  const page = await laptop.newPage();
  await page.goto(`${suite.url}dashboard.html`);
  const box = page.getByLabel('Or type or paste response codes, one per line');
  // One code as typed (lower case), one mistyped, one cut short.
  const mistyped = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11);
  await box.fill([code.toLowerCase(), mistyped, code.slice(0, 20)].join('\n'));
  await page.getByRole('button', { name: 'Add codes' }).click();
  const report = page.getByRole('status').filter({ hasText: 'Codes:' });
  await report.waitFor();
  const lines = await report.locator('li').allTextContents();
  assert.deepEqual(lines, [
    'Codes: 1 added, 0 already here.',
    'Code 2: not added, because its check digits do not match: a character was mistyped or changed.',
    'Code 3: not added, because it is incomplete: part of the code is missing.',
  ]);
  await page.locator('h2', { hasText: 'Responses: fewer than 4' }).waitFor();
  const stored = await storedResponses(page);
  assert.equal(stored[0].group, 'service-user-carer');
  assert.equal(stored[0].partner, 'carers-network');
  assert.equal(stored[0].answers.T1, 2);
  await laptop.close();
});

test('a file of thousands is read into the store as it goes; both open dashboards then read the store, and a file cut short stores nothing', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pp-many-'));
  const groups = ['employer-strategic', 'university', 'student', 'service-user-carer'];
  const responses = Array.from({ length: 2500 }, (_, n) => ({
    id: n.toString(16).padStart(32, '0'), survey_id: 'partnership-pulse', survey_version: 2, wave: '', group: groups[n % 4],
    partner: 'council', submitted: '2026-11-25', answers: { T1: 1 + (n % 5), I1: 1 + ((n + 2) % 5) },
  }));
  const text = JSON.stringify({ format: 'partnership-pulse/responses', version: 1, responses });
  const many = join(dir, 'many.json');
  await writeFile(many, text);
  // The same file cut off inside its last response, as an interrupted download leaves it.
  const cut = join(dir, 'cut.json');
  await writeFile(cut, text.slice(0, -60));

  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${suite.url}dashboard.html`);
  const other = await context.newPage();
  await other.goto(`${suite.url}dashboard.html`);
  await other.getByRole('heading', { level: 2, name: 'Responses on this device' }).waitFor();
  await page.getByLabel(/Bring in response files/).setInputFiles(cut);
  await page.locator('.pp-import-report li', { hasText: /^cut\.json: not imported, because it is not a response file \(not JSON: line 1, column \d+\)\.$/ }).waitFor();
  assert.equal((await storedResponses(page)).length, 0, 'nothing of the cut file is stored');
  await page.getByLabel(/Bring in response files/).setInputFiles(many);
  await page.locator('.pp-import-report li', { hasText: 'many.json: 2,500 added, 0 already here.' }).waitFor({ timeout: 60000 });
  // More than an import hands over: this dashboard and the one in the other tab read the store.
  await page.locator('#pp-counts-title', { hasText: 'Responses: 2,500' }).waitFor({ timeout: 60000 });
  await other.locator('#pp-counts-title', { hasText: 'Responses: 2,500' }).waitFor({ timeout: 60000 });
  assert.equal((await storedResponses(page)).length, 2500);
  await context.close();
});
