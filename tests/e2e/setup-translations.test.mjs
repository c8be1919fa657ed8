// The facilitator's own texts in the survey's other languages: typed on the set-up screen, taken
// out and back in as a translation file (a bad one refused with every problem named), and seen
// by a respondent who opens the link in Welsh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './support/browser.mjs';
import { useAppAndBrowser } from './support/suite.mjs';

const suite = useAppAndBrowser();

const STATEMENT = 'Placements are offered in good time.';
const WELSH_STATEMENT = "Mae lleoliadau'n cael eu cynnig mewn pryd.";

test('the facilitator translates their own texts on screen and by file, and respondents read them in Welsh', async () => {
  const context = await suite.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${suite.url}setup.html`);
  await page.getByRole('button', { name: 'New survey' }).click();
  await page.getByLabel('New partner', { exact: true }).fill('Northshire Council');
  await page.getByLabel('New partner', { exact: true }).press('Enter');
  await page.getByLabel('New statement').fill(STATEMENT);
  await page.getByLabel('Asked in section').selectOption({ label: 'Value' });
  await page.getByRole('button', { name: 'Add statement' }).click();

  const welsh = page.getByRole('group', { name: 'Cymraeg (Welsh)' });
  // A group kept from the built-in survey starts with its Welsh name; the statement is to translate.
  assert.equal(await welsh.getByLabel('Group: Student').inputValue(), 'Myfyriwr');
  const statement = welsh.getByLabel(`Statement: ${STATEMENT}`);
  assert.equal(await statement.inputValue(), '');
  await statement.fill(WELSH_STATEMENT);
  await statement.press('Tab');
  assert.deepEqual(await axeViolations(page), [], 'the translations on the set-up screen');

  // The file for a translator: every text, the statement translated, the new partner still empty.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the Cymraeg (Welsh) translation file' }).click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(file.language, 'cy');
  assert.equal(file.source['partner.northshire-council'], 'Northshire Council');
  assert.equal(file.texts['partner.northshire-council'], '');
  assert.equal(file.texts['statement.C1'], WELSH_STATEMENT);
  const folder = await mkdtemp(join(tmpdir(), 'pp-translation-'));

  // A file with a text missing, one left empty and one the survey does not have: refused whole.
  const bad = structuredClone(file);
  delete bad.texts.title;
  bad.texts['group.gone'] = 'Wedi mynd';
  bad.texts['statement.C1'] = 'Testun arall';
  await writeFile(join(folder, 'bad.json'), JSON.stringify(bad));
  await page.getByLabel('Import a translation file (.json)').setInputFiles(join(folder, 'bad.json'));
  const alert = page.getByRole('alert').filter({ hasText: 'bad.json was not imported' });
  await alert.waitFor();
  assert.deepEqual(await alert.locator('li').allTextContents(), [
    '"title" is missing: every text needs its translation.',
    '"partner.northshire-council" is empty.',
    '"group.gone" is not a text of this survey.',
  ]);
  assert.equal(await statement.inputValue(), WELSH_STATEMENT, 'nothing of a refused file is taken');

  // Translated in full: taken.
  file.texts.title ||= 'Arolwg y bartneriaeth';
  file.texts['partner.northshire-council'] = 'Cyngor Northshire';
  await writeFile(join(folder, 'good.json'), JSON.stringify(file));
  await page.getByLabel('Import a translation file (.json)').setInputFiles(join(folder, 'good.json'));
  // The title, the seven groups, the partner and the statement.
  assert.equal(Object.keys(file.texts).length, 10);
  await page.getByText('good.json: 10 texts in Cymraeg (Welsh) taken.').waitFor();
  assert.equal(await welsh.getByLabel('Partner: Northshire Council').inputValue(), 'Cyngor Northshire');

  // A respondent opens the link in Welsh: the facilitator's partner and statement in Welsh.
  const link = await page.getByRole('textbox', { name: 'Survey link' }).inputValue();
  const respondent = await context.newPage();
  await respondent.goto(link.replace('index.html#', 'index.html?lang=cy#'));
  await respondent.getByRole('button', { name: 'Dechrau' }).click();
  await respondent.getByRole('heading', { level: 1, name: 'Amdanoch chi' }).waitFor();
  await respondent.getByRole('radio', { name: 'Cyngor Northshire' }).check();
  await respondent.getByRole('radio', { name: 'Myfyriwr' }).check();
  for (let section = 0; section < 4; section += 1) await respondent.getByRole('button', { name: 'Nesaf' }).click();
  await respondent.getByRole('heading', { level: 1, name: 'Gwerth' }).waitFor();
  await respondent.getByRole('group', { name: WELSH_STATEMENT }).waitFor();
  await context.close();
});
