// Shared set-up of an end-to-end test file: the release build served, and one Chromium.
import { before, after } from 'node:test';
import { serveDirectory } from './server.mjs';
import { launchChromium } from './browser.mjs';

/** Serves dist/ and launches Chromium for the tests of this file; read `.url` and `.browser` in tests. */
export function useAppAndBrowser() {
  const suite = { url: '', browser: null };
  let server;
  before(async () => {
    server = await serveDirectory('dist');
    suite.url = server.url;
    suite.browser = await launchChromium();
  });
  after(async () => {
    await suite.browser?.close();
    await server?.close();
  });
  return suite;
}

/** A page whose browser storage holds `key` = `value` before the app first starts. */
export async function pageWithStoredValue(suite, key, value) {
  const context = await suite.browser.newContext();
  await context.addInitScript(
    ([key, value]) => {
      // Only on the first load, so that what the app then does to the value is what a reload sees.
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key, value);
      }
    },
    [key, value],
  );
  const page = await context.newPage();
  await page.goto(suite.url);
  return page;
}

/**
 * Every record the app keeps in the IndexedDB collection `collection` ("responses", "drafts",
 * "surveys", "settings", "kept-aside"), as `{ k, g, v }` (key, group, JSON text: a pack's bytes are
 * given as their text); none when the
 * app has not made its database yet (which this never does in its place).
 */
export async function storedRecords(page, collection) {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('partnership-pulse');
        open.onupgradeneeded = () => open.transaction.abort();
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains(name)) {
            database.close();
            resolve([]);
            return;
          }
          const request = database.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            database.close();
            // A pack's JSON is kept as its UTF-8 bytes.
            const decoder = new TextDecoder();
            resolve(request.result.map((record) => (record.v instanceof Uint8Array ? { ...record, v: decoder.decode(record.v) } : record)));
          };
          request.onerror = () => reject(request.error);
        };
      }),
    collection,
  );
}

/** Where the previous release kept the built-in survey's responses (moved in when the app starts). */
const BUILT_IN_RESPONSES = 'partnership-pulse:v1:responses:partnership-pulse';

/**
 * A new device whose storage holds `responses` to the built-in survey, with its dashboard open
 * (`query` appended to the address; `contextOptions` for the browser context, e.g. a viewport).
 * The responses are put there once, before the app first starts. Returns the page; its context
 * is closed when test `t` ends, when given (else by the caller).
 */
export async function dashboardHolding(suite, responses, { t, query = '', ...contextOptions } = {}) {
  const context = await suite.browser.newContext(contextOptions);
  t?.after(() => context.close());
  await context.addInitScript(
    ([key, value]) => {
      if (value !== '[]' && !sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key, value);
      }
    },
    [BUILT_IN_RESPONSES, JSON.stringify(responses)],
  );
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(error.message));
  await page.goto(`${suite.url}dashboard.html${query}`);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  return page;
}

/** Four students' responses to the built-in survey: enough for figures (k = 3: from k + 1). */
export const FOUR_STUDENTS = ['a', 'b', 'c', 'd'].map((id, n) => ({
  id,
  survey_id: 'partnership-pulse',
  survey_version: 2,
  wave: '',
  group: 'student',
  submitted: '2026-11-01',
  answers: { T1: 2 + (n % 3), T2: 3, I1: 4 },
}));
