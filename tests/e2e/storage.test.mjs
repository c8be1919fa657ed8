// The device's storage end to end: what the previous release left in localStorage is moved into
// IndexedDB on first start, a database of an earlier schema is upgraded in place, and one device
// holds 100,000 responses and reads them back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useAppAndBrowser, storedRecords } from './support/suite.mjs';
import { storedResponses } from './support/respondent.mjs';

const suite = useAppAndBrowser();

/** A browser context whose localStorage holds what the previous release wrote (tests/fixtures). */
async function contextWithPreviousRelease(edit = (legacy) => legacy) {
  const legacy = edit(JSON.parse(await readFile('core/tests/fixtures/local-storage-v1.json', 'utf8')));
  const context = await suite.browser.newContext();
  await context.addInitScript((values) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
    }
  }, legacy);
  return context;
}

test('the previous release\'s responses, draft, kiosk setting and surveys are moved in on first start', async () => {
  const context = await contextWithPreviousRelease();
  const page = await context.newPage();
  await page.goto(`${suite.url}dashboard.html`);
  await page.locator('#pp-counts-title').waitFor();
  const stored = await storedResponses(page);
  assert.equal(stored.length, 4, 'every response of every list: 1 + 1 + 2');
  assert.deepEqual(
    await page.evaluate(() => Object.keys(localStorage)),
    ['host-page:theme'],
    'the old values are removed once checked; the host page\'s own value is untouched',
  );
  const kept = await storedRecords(page, 'kept-aside');
  assert.deepEqual(kept.map((record) => record.v), ['[{"id":7}]'], 'the malformed response is still kept aside');
  // The survey page is in kiosk mode, as it was, and the set-up page has its survey.
  const survey = await context.newPage();
  await survey.goto(suite.url);
  await survey.getByRole('button', { name: 'Leave kiosk mode' }).waitFor();
  const setup = await context.newPage();
  await setup.goto(`${suite.url}setup.html`);
  await setup.getByRole('heading', { level: 2, name: /Editing: Our partnership survey/ }).waitFor();
  await context.close();
});

test('a tab\'s unfinished answers from the previous release are found after the move', async () => {
  // The move carries a draft whatever survey version it answers. That release asked version 1 of
  // the built-in instrument, which is at version 2 now; here the draft is made to answer the
  // current version so that it can be continued (a draft of an older version is named and never
  // applied: answering.test.mjs).
  const key = 'partnership-pulse:v1:draft:partnership-pulse@4d187cc6404d';
  const context = await contextWithPreviousRelease((legacy) => {
    const draft = JSON.parse(legacy[key]);
    return { ...legacy, [key]: JSON.stringify({ ...draft, survey_version: 2 }) };
  });
  const page = await context.newPage();
  // The draft was left by a tab that is gone, so a new visit is offered it.
  await page.goto(suite.url);
  await page.getByText(/You have an unfinished response/).waitFor();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Trust' }).waitFor();
  assert.equal(await page.isChecked('#pp-T1-2'), true);
  await context.close();
});

test('a database made by the release before the outbox is upgraded in place, keeping its records, and packed', async () => {
  const context = await suite.browser.newContext();
  // IndexedDB as the previous schema (version 1) left it: five collections, four responses stored
  // (four, so that the dashboard may count them: fewer are never shown).
  const records = ['r-before-1', 'r-before-2', 'r-before-3', 'r-before-4'].map((id) => {
    const response = {
      id, survey_id: 'partnership-pulse', survey_version: 2, wave: '', group: 'student',
      partner: null, submitted: '2026-11-20', answers: { T1: 4 },
    };
    return { k: id, g: response.survey_id, v: JSON.stringify(response) };
  });
  await context.addInitScript((records) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    window.seeded = new Promise((done) => {
      const open = indexedDB.open('partnership-pulse', 1);
      open.onupgradeneeded = () => {
        for (const name of ['responses', 'drafts', 'surveys', 'settings', 'kept-aside']) {
          open.result.createObjectStore(name, { keyPath: 'k' }).createIndex('g', 'g');
        }
        for (const record of records) open.transaction.objectStore('responses').put(record);
      };
      open.onsuccess = () => {
        open.result.close();
        done();
      };
    });
  }, records);
  const page = await context.newPage();
  await page.goto(`${suite.url}dashboard.html`);
  await page.getByRole('heading', { level: 2, name: 'Responses: 4' }).waitFor();
  const schema = await page.evaluate(
    () =>
      new Promise((done) => {
        const open = indexedDB.open('partnership-pulse');
        open.onsuccess = () => {
          const found = { version: open.result.version, collections: [...open.result.objectStoreNames].sort() };
          open.result.close();
          done(found);
        };
      }),
  );
  assert.deepEqual(schema, {
    version: 3,
    collections: ['drafts', 'kept-aside', 'outbox', 'packed', 'packed-ids', 'responses', 'settings', 'surveys'],
  });
  assert.deepEqual((await storedResponses(page)).map((kept) => kept.id), ['r-before-1', 'r-before-2', 'r-before-3', 'r-before-4']);
  // Packed when the dashboard opened: one pack, nothing left one record each.
  assert.equal((await storedRecords(page, 'packed')).length, 1);
  assert.deepEqual(await storedRecords(page, 'responses'), []);
  await context.close();
});

test('the previous release\'s database, a response a record, is packed in place when the dashboard opens', async () => {
  // IndexedDB as the previous release (schema 2) leaves a facilitator's device: 2,400 responses
  // one record each, written as that release writes them (serde's field order), one response
  // waiting in the outbox, a draft, and a record it had kept aside.
  const context = await suite.browser.newContext();
  await context.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    window.seeded = new Promise((done) => {
      const open = indexedDB.open('partnership-pulse', 2);
      open.onupgradeneeded = () => {
        for (const name of ['responses', 'drafts', 'surveys', 'settings', 'kept-aside', 'outbox']) {
          open.result.createObjectStore(name, { keyPath: 'k' }).createIndex('g', 'g');
        }
        const store = (name) => open.transaction.objectStore(name);
        const groups = ['student', 'university', 'voluntary'];
        for (let n = 0; n < 2400; n += 1) {
          const id = n.toString(16).padStart(32, '0');
          const response = { id, survey_id: 'partnership-pulse', survey_version: 2, wave: '', group: groups[n % 3], partner: null, submitted: '2026-11-20', answers: { T1: 1 + (n % 5), O1: 'More notice, please.' } };
          store('responses').put({ k: id, g: 'partnership-pulse', v: JSON.stringify(response) });
        }
        store('outbox').put({ k: '0'.repeat(32), g: '', v: JSON.stringify({ to: 'https://example.org/submit', document: '{}' }) });
        store('kept-aside').put({ k: 'responses:old', g: 'responses', v: '{"id":7}' });
      };
      open.onsuccess = () => {
        open.result.close();
        done();
      };
    });
  });
  const page = await context.newPage();
  await page.goto(`${suite.url}dashboard.html`);
  await page.getByRole('heading', { level: 2, name: 'Responses: 2,400' }).waitFor();
  const stored = await storedResponses(page);
  assert.equal(stored.length, 2400);
  assert.deepEqual(stored.find((kept) => kept.id === (2399).toString(16).padStart(32, '0')).answers, { T1: 5, O1: 'More notice, please.' });
  // Two packs (2,000 and 400), nothing left one record each; the rest as it was.
  assert.deepEqual((await storedRecords(page, 'packed')).map((pack) => JSON.parse(pack.v).length), [2000, 400]);
  assert.deepEqual(await storedRecords(page, 'responses'), []);
  assert.equal((await storedRecords(page, 'outbox')).length, 1);
  assert.deepEqual((await storedRecords(page, 'kept-aside')).map((record) => record.k), ['responses:old']);
  // Opened again: the same, read from the packs.
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Responses: 2,400' }).waitFor();
  assert.equal((await storedRecords(page, 'packed')).length, 2);
  await context.close();
});

test('one device stores 100,000 responses and the dashboard reads them back', async () => {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${suite.url}dashboard.html`);
  await page.getByRole('heading', { level: 2, name: 'Responses on this device' }).waitFor();
  // The facilitator's pages ask the browser to keep their data, and say what it answered.
  assert.match(await page.locator('.pp-persistence').textContent(), /This browser (keeps|may clear|does not say)/);
  // Four files of 25,000 built-in responses (about 14 MB each), dropped one after another.
  const groups = ['employer-strategic', 'employer-practice', 'university', 'student', 'service-user-carer', 'voluntary'];
  for (let file = 0; file < 4; file += 1) {
    await page.evaluate(
      ([file, groups]) => {
        const answers = (n) => {
          const a = {};
          for (const item of ['T1', 'T2', 'T3', 'T4', 'T5', 'I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'V1', 'V2', 'V3', 'A1', 'A2', 'A3', 'L1', 'L2', 'R1', 'R2', 'R3']) a[item] = 1 + ((n + item.length) % 5);
          a.PV = { council: { gain: 1 + (n % 5), contribution: 1 + ((n + 1) % 5) } };
          a.O1 = 'More notice of meetings, please.';
          return a;
        };
        const responses = [];
        for (let n = 0; n < 25000; n += 1) {
          const number = file * 25000 + n;
          responses.push({ id: number.toString(16).padStart(32, '0'), survey_id: 'partnership-pulse', survey_version: 2, wave: '2026', group: groups[number % groups.length], partner: 'council', submitted: '2026-11-24', answers: answers(number) });
        }
        const text = JSON.stringify({ format: 'partnership-pulse/responses', version: 1, responses });
        const input = document.querySelector('input[type=file]');
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], `part-${file}.json`, { type: 'application/json' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      [file, groups],
    );
    // Chromium's in-memory profiles (these contexts) store more slowly as the store fills: the
    // last file takes about 50 s here, and CI's machine is slower.
    await page.locator('.pp-import-report li', { hasText: `part-${file}.json: 25,000 added, 0 already here.` }).waitFor({ timeout: 300000 });
  }
  await page.getByRole('heading', { level: 2, name: 'Responses: 100,000' }).waitFor();
  // Read back from the device by a fresh start of the page.
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Responses: 100,000' }).waitFor({ timeout: 60000 });
  assert.equal((await storedResponses(page)).length, 100000);
  // Kept as packs (and their ids), not as 100,000 records: each file of 25,000 made twelve of
  // 2,000 and one of 1,000.
  assert.equal((await storedRecords(page, 'packed')).length, 52);
  await context.close();
});
