// A survey set-up carried in a share link's fragment opens exactly that survey on any device.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { useAppAndBrowser } from './support/suite.mjs';
import { storedResponses } from './support/respondent.mjs';

const suite = useAppAndBrowser();

const SETUP = {
  id: 'northshire-2026',
  version: 1,
  title: 'Northshire practice learning partnership',
  wave: '2026 spring',
  language: 'en',
  threshold: 5,
  groups: [['employers', 'Employers'], ['students', 'Students'], ['carers', 'People who use services and carers']],
  partners: [['council', 'Northshire Council'], ['uni', 'University of Northshire']],
  omit: ['L1', 'L2'],
  custom: [{ id: 'C1', label: 'Placements are offered in good time.', section: 'value', indicator: 'value' }],
};

/** The fragment payload as the app writes it: `s1.` + base64url(raw DEFLATE(JSON)). */
function payload(setup) {
  return `s1.${deflateRawSync(Buffer.from(JSON.stringify(setup))).toString('base64url')}`;
}

test('a share link opens exactly its survey, and responses carry its id', async () => {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${suite.url}#${payload(SETUP)}`);
  await page.getByRole('heading', { level: 1, name: SETUP.title }).waitFor();
  assert.match(await page.locator('.pp-wave').textContent(), /2026 spring/);
  await page.getByRole('button', { name: 'Start' }).click();
  const groups = await page.locator('#pp-item-group label').allTextContents();
  assert.deepEqual(groups, ['Employers', 'Students', 'People who use services and carers']);
  await page.locator('#pp-group-carers').check();
  await page.locator('#pp-partner-uni').check();
  for (const title of ['Trust', 'Trust between organisations', 'Being included']) {
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
  }
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { level: 1, name: 'Value' }).waitFor();
  await page.locator('#pp-C1-5').check();
  // Leadership was left out of this set-up.
  const titles = [];
  for (let step = 0; step < 4; step += 1) {
    await page.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
    titles.push(await page.getByRole('heading', { level: 1 }).textContent());
  }
  assert.deepEqual(titles, ['Shared aims', 'Renewal', 'Your suggestion', 'Check your answers']);
  await page.getByRole('button', { name: 'Submit your response' }).click();
  await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
  const [response] = await storedResponses(page, 'northshire-2026');
  assert.equal(response.survey_id, 'northshire-2026');
  assert.equal(response.wave, '2026 spring');
  assert.equal(response.group, 'carers');
  assert.equal(response.partner, 'uni');
  assert.equal(response.answers.C1, 5);
  await context.close();
});

test('a share link cut short says so instead of opening something else', async () => {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  const link = payload(SETUP);
  await page.goto(`${suite.url}#${link.slice(0, Math.floor(link.length / 2))}`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /incomplete or damaged: it may have been cut short/);
  assert.equal(await page.getByRole('button', { name: 'Start' }).count(), 0);
  await context.close();
});

test('a link that inflates to far more than a survey is stopped and called too large', async () => {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  // 200 MB of spaces compress to about 200 KB: a small link that would fill the tab's memory.
  const bomb = `s1.${deflateRawSync(Buffer.alloc(200 * 1024 * 1024, 0x20), { level: 9 }).toString('base64url')}`;
  const started = Date.now();
  await page.goto(`${suite.url}#${bomb}`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /too large for a link/);
  assert.equal(await page.getByRole('button', { name: 'Start' }).count(), 0);
  // Reading stops at the 64 KB cap: the page's heap stays far below the 200 MB a full inflate holds.
  const heap = await page.evaluate(() => performance.memory.usedJSHeapSize);
  assert.ok(heap < 64 * 1024 * 1024, `JS heap ${heap} bytes after the refused link`);
  console.log(`inflate bomb refused after ${Date.now() - started} ms, JS heap ${heap} bytes`);
  await context.close();
});
