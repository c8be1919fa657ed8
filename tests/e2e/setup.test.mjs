// The facilitator's set-up screen: configure a survey, share it by link and QR code, answer it on
// other devices, and bring the responses back by file and by code; saved surveys across waves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './support/browser.mjs';
import { horizontalOverflow, showWholeSections, storedResponses } from './support/respondent.mjs';
import { useAppAndBrowser, storedRecords } from './support/suite.mjs';

const suite = useAppAndBrowser();

/** Adds a partner or group by keyboard: type in its "New …" field and press Enter. */
async function addByKeyboard(page, noun, name) {
  await page.getByLabel(`New ${noun}`, { exact: true }).fill(name);
  await page.getByLabel(`New ${noun}`, { exact: true }).press('Enter');
  await page.getByRole('button', { name: `Remove ${name}` }).waitFor();
}

/** Reads the QR code on the page back to text with jsQR, as a phone camera would. */
async function scanQr(page) {
  await page.addScriptTag({ path: 'node_modules/jsqr/dist/jsQR.js' });
  return page.evaluate(async () => {
    const svg = document.querySelector('svg.pp-qr');
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const side = 800;
    const canvas = Object.assign(document.createElement('canvas'), { width: side, height: side });
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0, side, side);
    const pixels = context.getImageData(0, 0, side, side);
    return globalThis.jsQR(pixels.data, side, side)?.data ?? null;
  });
}

/** A facilitator's new survey for Northshire, configured through the screen. */
async function configure(page) {
  await page.goto(`${suite.url}setup.html`);
  await page.getByRole('button', { name: 'New survey' }).click();
  const title = page.getByLabel('Title respondents see');
  await title.fill('Northshire practice learning partnership');
  await title.press('Tab');
  await page.getByLabel('Wave label').fill('2026 spring');
  await page.getByLabel('Wave label').press('Tab');
  // Before any partner is named, the survey cannot be shared, and says why once, in the page's words.
  const missing = page.getByText(/^Add at least one partner organisation \(under "Partner organisations"\)/);
  await missing.waitFor();
  assert.equal(await missing.count(), 1);
  assert.equal(await page.getByText(/Question "/).count(), 0, 'no internal ids');
  // A threshold of 2 becomes 3, and the field says why.
  const threshold = page.getByLabel('Smallest group shown');
  await threshold.fill('2');
  await threshold.press('Tab');
  await page.getByText(/^2 is too small: in a group of fewer than 3 people/).waitFor();
  assert.equal(await threshold.inputValue(), '3');
  await addByKeyboard(page, 'partner', 'Northshire Council');
  // A refused name is explained, and the explanation goes once the field is emptied.
  const newPartner = page.getByLabel('New partner', { exact: true });
  await newPartner.fill('northshire council');
  await newPartner.press('Enter');
  const refused = page.getByText('"northshire council" is already in the list.');
  await refused.waitFor();
  await newPartner.fill('');
  await refused.waitFor({ state: 'detached' });
  await addByKeyboard(page, 'partner', 'University of Northshire');
  await addByKeyboard(page, 'partner', "Carers' Voice");
  // By keyboard, focus stays on the moved partner's button, and moves to "New group" after a removal.
  await page.getByRole('button', { name: "Move Carers' Voice up" }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('pp-partners-1')?.value === "Carers' Voice");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), "Move Carers' Voice up");
  await page.getByLabel('Name of partner 1').fill('Northshire County Council');
  await page.getByLabel('Name of partner 1').press('Tab');
  await page.getByRole('button', { name: 'Remove Other' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Remove Other' }).waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'pp-groups-new');
  for (const item of ['Senior managers from each partner are visibly committed.', "Enough staff time and money are given to the partnership's work."]) {
    await page.getByLabel(item).uncheck();
  }
  await page.getByLabel('New statement').fill('Placements are offered in good time.');
  await page.getByLabel('Asked in section').selectOption({ label: 'Value' });
  await page.getByLabel('Counts towards').selectOption({ label: 'Value' });
  await page.getByRole('button', { name: 'Add statement' }).click();
  await page.getByText('Placements are offered in good time. (Value, counts towards Value)').waitFor();
  const link = page.getByRole('textbox', { name: 'Survey link' });
  await link.waitFor();
  return link.inputValue();
}

/** A respondent opens the link on their own device, answers, and hands back a file and a code. */
async function respond(link, { group, partner, placements }) {
  const context = await suite.browser.newContext({ acceptDownloads: true, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: 'Northshire practice learning partnership' }).waitFor();
  await page.getByRole('button', { name: 'Start' }).click();
  await showWholeSections(page);
  const partners = await page.locator('#pp-item-partner label').allTextContents();
  assert.deepEqual(partners.slice(0, 3), ['Northshire County Council', "Carers' Voice", 'University of Northshire']);
  await page.locator(`#pp-group-${group}`).check();
  await page.locator(`#pp-partner-${partner}`).check();
  for (const title of ['Trust', 'Trust between organisations', 'Being included', 'Value']) {
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
  }
  await page.locator(`#pp-C1-${placements}`).check();
  const titles = [];
  for (let step = 0; step < 4; step += 1) {
    await page.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
    titles.push(await page.getByRole('heading', { level: 1 }).textContent());
  }
  assert.deepEqual(titles, ['Shared aims', 'Renewal', 'Your suggestion', 'Check your answers'], 'leadership was left out');
  await page.getByRole('button', { name: 'Submit your response' }).click();
  await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
  const code = (await page.locator('.pp-code').textContent()).trim();
  assert.equal(await scanQr(page), code, 'the QR code on the thank-you page holds the response code');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download your response' }).click()]);
  const file = join(await mkdtemp(join(tmpdir(), 'pp-setup-')), download.suggestedFilename());
  await writeFile(file, await readFile(await download.path()));
  await context.close();
  return { file, code };
}

/**
 * A set-up page whose device holds one survey with `statements` custom statements of `length`
 * random letters each (random letters do not compress, so they make the share link long).
 */
async function setupWithLongStatements(statements, length, viewport) {
  const custom = Array.from({ length: statements }, (_, n) => ({
    id: `C${n + 1}`,
    label: Array.from({ length }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(''),
    section: 'trust',
  }));
  const saved = [{
    setup: {
      id: 'long-link', version: 1, title: 'Long link', language: 'en', threshold: 3,
      groups: [['staff', 'Staff']], partners: [['council', 'Council']], custom,
    },
  }];
  const context = await suite.browser.newContext({ viewport });
  await context.addInitScript((value) => localStorage.setItem('partnership-pulse:v1:surveys', value), JSON.stringify(saved));
  const page = await context.newPage();
  await page.goto(`${suite.url}setup.html`);
  return page;
}

test('a survey set up on the screen is answered from its link and its responses come back by file and code', async () => {
  const facilitator = await suite.browser.newContext({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await facilitator.newPage();
  const link = await configure(page);
  assert.match(link, new RegExp(`^${suite.url}index\\.html#s1\\.[A-Za-z0-9_-]+$`));
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.equal(await scanQr(page), link, 'the QR code holds exactly the link');
  const small = (await page.locator('svg.pp-qr').boundingBox()).width;
  const showLarge = page.getByRole('button', { name: 'Show the QR code large, for a projector' });
  await showLarge.click();
  const dialog = page.getByRole('dialog', { name: 'Scan to open the survey' });
  await dialog.waitFor();
  const large = (await dialog.locator('svg.pp-qr').boundingBox()).width;
  assert.ok(large > small && large >= 500, `${small} → ${large}`);
  assert.deepEqual(await axeViolations(page), [], 'the large QR code');
  // Esc dismisses it, and focus is back on the button that opened it.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await showLarge.evaluate((button) => button === document.activeElement), true);
  await showLarge.click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  const kiosk = await page.getByRole('link', { name: /^Open on a shared workshop device/ }).getAttribute('href');
  assert.equal(kiosk, link.replace('#', '?mode=kiosk#'));
  const workshop = await facilitator.newPage();
  await workshop.goto(kiosk);
  await workshop.getByRole('heading', { level: 1, name: 'Northshire practice learning partnership' }).waitFor();
  await workshop.getByRole('complementary', { name: 'Shared device' }).waitFor();
  await workshop.close();
  assert.deepEqual(await axeViolations(page), []);

  const byFile = await respond(link, { group: 'student', partner: 'university-of-northshire', placements: 4 });
  const byCode = await respond(link, { group: 'service-user-carer', partner: 'carers-voice', placements: 2 });

  await page.getByRole('link', { name: "Open this survey's dashboard" }).click();
  await page.waitForURL(/dashboard\.html\?survey=saved:survey-[0-9a-f]{8}$/);
  await page.locator('.pp-lead', { hasText: 'Northshire practice learning partnership' }).waitFor();
  const input = page.getByLabel(/Bring in response files/);
  await input.setInputFiles(byFile.file);
  await page.getByRole('status').filter({ hasText: '1 added, 0 already here.' }).waitFor();
  await page.getByLabel('Or type or paste response codes, one per line').fill(byCode.code);
  await page.getByRole('button', { name: 'Add codes' }).click();
  await page.getByRole('status').filter({ hasText: 'Codes: 1 added, 0 already here.' }).waitFor();
  // Two responses: counted, but fewer than the k + 1 = 4 a figure needs, so no figures.
  await page.locator('h2', { hasText: 'Responses: fewer than 4' }).waitFor();
  await input.setInputFiles(byFile.file);
  await page.getByRole('status').filter({ hasText: '0 added, 1 already here.' }).waitFor();
  const surveyId = (await storedRecords(page, 'packed')).find((record) => record.g.startsWith('survey-')).g;
  const stored = await storedResponses(page, surveyId);
  assert.equal(stored.length, 2, 'the same file twice is counted once');
  // Stored in the order of their (random) ids: compared by group.
  stored.sort((a, b) => b.group.localeCompare(a.group));
  assert.deepEqual(stored.map((r) => [r.group, r.partner, r.wave, r.answers.C1]), [
    ['student', 'university-of-northshire', '2026 spring', 4],
    ['service-user-carer', 'carers-voice', '2026 spring', 2],
  ]);
  // The survey stays on the dashboard's address across a reload.
  await page.reload();
  await page.locator('.pp-lead', { hasText: 'Northshire practice learning partnership' }).waitFor();
  await facilitator.close();
});

test('surveys stay on the device, are duplicated for the next wave, and go out and back in as files', async () => {
  const facilitator = await suite.browser.newContext({ acceptDownloads: true });
  const page = await facilitator.newPage();
  const spring = await configure(page);
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Editing: Northshire practice learning partnership (2026 spring)' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Survey link' }).inputValue(), spring, 'kept across a reload');

  await page.getByRole('button', { name: 'Duplicate for the next wave' }).click();
  await page.getByText(/A copy for the next wave is open/).waitFor();
  assert.equal(await page.getByLabel('Wave label').inputValue(), '');
  await page.getByLabel('Wave label').fill('2026 autumn');
  await page.getByLabel('Wave label').press('Tab');
  await page.getByRole('heading', { level: 2, name: /\(2026 autumn\)$/ }).waitFor();
  await page.getByText(/Survey id survey-[0-9a-f]{8}, version 1\./).waitFor();
  // A new partner changes what responses hold, so the autumn wave becomes version 2.
  await addByKeyboard(page, 'partner', 'Northshire Health Trust');
  await page.getByText(/so this is version 2/).waitFor();
  await page.getByText(/Survey id survey-[0-9a-f]{8}, version 2\./).waitFor();
  const items = await page.locator('.pp-saved-list li').allTextContents();
  assert.deepEqual(items, ['Northshire practice learning partnership (2026 spring)', 'Northshire practice learning partnership (2026 autumn) (open)']);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the survey file' }).click()]);
  assert.match(download.suggestedFilename(), /^survey-[0-9a-f]{8}-v2\.survey\.json$/);
  const file = join(await mkdtemp(join(tmpdir(), 'pp-survey-')), download.suggestedFilename());
  await writeFile(file, await readFile(await download.path()));
  const broken = join(await mkdtemp(join(tmpdir(), 'pp-survey-')), 'broken.json');
  const definition = JSON.parse(await readFile(file, 'utf8'));
  definition.partners = [];
  await writeFile(broken, JSON.stringify(definition));

  // Deleting asks first.
  await page.getByRole('button', { name: 'Delete this survey' }).click();
  await page.getByRole('button', { name: 'No, keep it' }).click();
  assert.equal(await page.locator('.pp-saved-list li').count(), 2);
  await page.getByRole('button', { name: 'Delete this survey' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await page.getByText(/was deleted from this device/).waitFor();
  assert.equal(await page.locator('.pp-saved-list li').count(), 1);
  await facilitator.close();

  // On another facilitator's device the file brings the same survey, checked by the validator.
  const other = await suite.browser.newContext();
  const second = await other.newPage();
  // ?mode=setup on the survey's own address opens the set-up page.
  await second.goto(`${suite.url}?mode=setup`);
  await second.waitForURL(/setup\.html\?mode=setup$/);
  await second.getByText(/None yet/).waitFor();
  const input = second.getByLabel('Import a survey file (.json)');
  await input.setInputFiles(broken);
  const problem = second.getByRole('alert').filter({ hasText: 'broken.json was not imported' });
  await problem.waitFor();
  assert.match(await problem.textContent(), /asks about the partner organisations, but the survey names none/);
  await input.setInputFiles(file);
  await second.getByText(/was imported and is open/).waitFor();
  await second.getByText(/version 2\./).waitFor();
  const link = await second.getByRole('textbox', { name: 'Survey link' }).inputValue();
  // A file this app wrote comes back as the set-up it was: the short link, with its QR code
  // (before: the whole definition, about 7,000 characters, and no QR code at all).
  assert.match(link, /index\.html#s1\./, 'the set-up link');
  assert.ok(link.length < 1500, `${link.length} characters`);
  await second.locator('svg.pp-qr').waitFor();
  // A file reworded by hand is no set-up of the built-in instrument: it travels whole.
  const reworded = join(await mkdtemp(join(tmpdir(), 'pp-survey-')), 'reworded.survey.json');
  const rewording = { ...JSON.parse(await readFile(file, 'utf8')), id: 'reworded', title: { en: 'Reworded' } };
  rewording.sections[1].items[0].label.en = 'I trust the people in this partnership.';
  await writeFile(reworded, JSON.stringify(rewording));
  await input.setInputFiles(reworded);
  await second.getByText(/was imported and is open/).waitFor();
  assert.match(await second.getByRole('textbox', { name: 'Survey link' }).inputValue(), /index\.html#d1\./, 'an imported definition travels whole');
  await second.locator('.pp-saved-list button', { hasText: 'Northshire' }).click();
  await second.getByRole('heading', { level: 2, name: /Northshire/ }).waitFor();
  await input.setInputFiles(file);
  await second.getByText(/is already on this device, so it was not added again/).waitFor();
  assert.equal(await second.locator('.pp-saved-list li').count(), 2, 'Northshire once, and the reworded survey');

  const respondent = await other.newPage();
  await respondent.goto(link);
  await respondent.getByRole('heading', { level: 1, name: 'Northshire practice learning partnership' }).waitFor();
  assert.match(await respondent.locator('.pp-wave').textContent(), /2026 autumn/);
  await other.close();
});

test("a long link's QR code is read off the screen as drawn, not only when redrawn large", async () => {
  // Six statements make a link of about 800 characters, a code of 97 modules a side (jsQR, the
  // reader here, reads none over 105 at any size; phones' readers do).
  const page = await setupWithLongStatements(6, 110, { width: 1280, height: 800 });
  const context = page.context();
  const field = page.getByRole('textbox', { name: 'Survey link' });
  await field.waitFor();
  const link = await field.inputValue();
  assert.ok(link.length > 700, `${link.length} characters`);
  const qr = page.locator('svg.pp-qr');
  await qr.waitFor();
  const modules = Number(await qr.getAttribute('data-modules')) + 8;
  const { width } = await qr.boundingBox();
  assert.ok(width / modules >= 4, `${(width / modules).toFixed(1)} px a module (${modules} modules in ${width} px)`);
  // The code as the screen shows it (a screenshot at its size), read back as a phone would.
  const shot = (await qr.screenshot()).toString('base64');
  await page.addScriptTag({ path: 'node_modules/jsqr/dist/jsQR.js' });
  const read = await page.evaluate(async (png) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    return globalThis.jsQR(context.getImageData(0, 0, image.width, image.height).data, image.width, image.height)?.data ?? null;
  }, shot);
  assert.equal(read, link);
  await context.close();
});

test('a link too long for a QR code is reported, and the screen works at 320 px', async () => {
  // Forty statements: the link outgrows every QR code.
  const page = await setupWithLongStatements(40, 120, { width: 320, height: 640 });
  const context = page.context();
  const field = page.getByRole('textbox', { name: 'Survey link' });
  await field.waitFor();
  const link = await field.inputValue();
  assert.ok(link.length > 2953, `${link.length} characters`);
  const status = page.getByText(/^No QR code: this link is [\d,]+ characters long, more than a QR code can hold/);
  await status.waitFor();
  assert.equal(await page.locator('svg.pp-qr').count(), 0);
  assert.equal(await horizontalOverflow(page), 0);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('a dashboard address naming a survey not set up in this browser says so', async () => {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${suite.url}dashboard.html?survey=saved:survey-elsewhere`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /The survey "survey-elsewhere" was not set up in this browser\. Open the set-up page where it was made, or import its survey file there\./);
  await context.close();
});
