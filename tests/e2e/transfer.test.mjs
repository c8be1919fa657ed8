// Moving responses from respondents' devices to the facilitator's by file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './support/browser.mjs';
import { useAppAndBrowser } from './support/suite.mjs';

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
  for (let section = 1; section < 8; section += 1) await page.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
  await page.getByRole('button', { name: 'Submit your response' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download your response' }).click()]);
  const path = await download.path();
  const name = join(await mkdtemp(join(tmpdir(), 'pp-file-')), download.suggestedFilename());
  await writeFile(name, await readFile(path));
  await context.close();
  return name;
}

test('response files from three devices are imported on the facilitator\'s device and counted once', async () => {
  const files = [await respondentFile('student'), await respondentFile('student'), await respondentFile('university')];
  const broken = join(await mkdtemp(join(tmpdir(), 'pp-bad-')), 'notes.json');
  await writeFile(broken, 'these are my notes, not a response file');

  const context = await suite.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${suite.url}dashboard.html`);
  const input = page.getByLabel(/Bring in response files/);
  await input.setInputFiles([...files, broken]);
  const report = page.getByRole('status').filter({ hasText: 'added' });
  await report.waitFor();
  const lines = await report.locator('li').allTextContents();
  assert.equal(lines.length, 4);
  assert.ok(lines.slice(0, 3).every((line) => /: 1 added, 0 already here\.$/.test(line)), JSON.stringify(lines));
  assert.match(lines[3], /^notes\.json: not imported, because it is not a response file \(not JSON: line 1, column \d+\)\.$/);
  await page.locator('h2', { hasText: 'Responses: 3' }).waitFor();

  // The same file again is a duplicate, not a second response.
  await input.setInputFiles(files[0]);
  await page.getByRole('status').filter({ hasText: 'already here' }).filter({ hasText: '0 added, 1 already here' }).waitFor();
  assert.match(await page.locator('h2', { hasText: 'Responses:' }).first().textContent(), /Responses: 3/);

  // Everything goes back out as one bundle and as CSV.
  const [bundle] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all responses (JSON)' }).click()]);
  const exported = JSON.parse(await readFile(await bundle.path(), 'utf8'));
  assert.equal(exported.format, 'partnership-pulse/responses');
  assert.equal(exported.responses.length, 3);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all responses (CSV)' }).click()]);
  const rows = (await readFile(await csv.path(), 'utf8')).trim().split('\r\n');
  assert.equal(rows.length, 4);
  assert.match(rows[0], /^id,submitted,wave,group,partner,T1,/);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});
